#!/usr/bin/env bash
# Times a new report plugin from the one-command generator to its first PDF on the running demo server
# (./mvnw -Prun -DskipTests install): generate, build (jar only, with its test-kit test), copy into the
# plugins directory, then ask for the PDF until the watcher has installed it.
#   bench/plugin-to-pdf.sh template <report-id>
#   bench/plugin-to-pdf.sh jar <report-id>
set -euo pipefail
cd "$(dirname "$0")/.."
kind=$1; id=$2
plugins=app-ear/target/liberty/wlp/usr/servers/suaka/report-plugins
work=$(mktemp -d)
start=$(date +%s.%N)
examples/new-report-plugin "$kind" "$id" "$work/$id" > /dev/null
if [[ $kind == template ]]; then
  cp "$work/$id"/* "$plugins"/
else
  (cd "$work/$id" && mvn -o -q package)
  cp "$work/$id"/target/"$id"-*.jar "$plugins"/
fi
until [[ $(curl -s -o "$work/$id.pdf" -w '%{http_code}' -u officer:officer-demo \
    "http://localhost:9080/api/v1/reports/$id?date=2024-09-30") == 200 ]]; do
  sleep 0.2
done
end=$(date +%s.%N)
echo "$kind $id: $(echo "$end - $start" | bc) s from the generator to the first PDF ($(stat -c %s "$work/$id.pdf") bytes)"

#!/usr/bin/env bash
# bench/national-scale.sh: the figures of bench/README.md's national-scale table on the README's server and
# database as they are (bring them to N persons first with bench/generate.sh N). Starts the server, waits
# for the application, times the pages and the API (bench/NationalScale.java http: warm-up discarded,
# sequential, then registrations at 8 and 32 connections), prints the server's heap after a full
# collection, stops the server, and times the raw SQL of the same figures on the database (NationalScale sql).
# With SUAKA_DB_KIND=postgresql the server and the raw SQL use the PostgreSQL database of the SUAKA_DB_* settings.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wlp="$root/app-ear/target/liberty/wlp"
server="$wlp/usr/servers/suaka"
jdbc="$(ls -d "$server"/lib/jdbc 2>/dev/null || ls -d "$wlp"/usr/servers/*/lib/jdbc | head -1)"
started=$(date +%s%N)
rm -f "$server/logs/messages.log"
"$wlp/bin/server" start suaka >/dev/null
until grep -q "CWWKZ0001I" "$server/logs/messages.log" 2>/dev/null; do sleep 1; done
echo "application started in $(( ($(date +%s%N) - started) / 1000000 )) ms (server start included)"
grep -h "CWWKZ0001I\|CWWKF0011I" "$server/logs/messages.log" | sed 's/.*: //'
sleep "${SETTLE:-20}"   # the first compactions after start
java -Drounds="${ROUNDS:-20}" -Dregistrations="${REGISTRATIONS:-6000}" "$root/bench/NationalScale.java" http "${SUAKA_URL:-http://localhost:9080}"
pid="$(cat "$wlp/usr/servers/.pid/suaka.pid")"
jcmd "$pid" GC.run >/dev/null && jstat -gc "$pid" | awk 'NR==2 { printf "heap in use after a full collection: %.0f MB\n", ($3 + $4 + $6 + $8) / 1024 }'
"$wlp/bin/server" stop suaka >/dev/null
if [ "${SUAKA_DB_KIND:-derby}" = postgresql ]; then
  url="jdbc:postgresql://${SUAKA_DB_HOST:-localhost}:${SUAKA_DB_PORT:-5432}/${SUAKA_DB_NAME:-suaka}"
  user="${SUAKA_DB_USER:-suaka}" password="${SUAKA_DB_PASSWORD:-}"
else
  url="jdbc:derby:$server/database/suaka" user="" password=""
fi
java -Xmx4g -Dderby.storage.pageCacheSize=40000 -Drounds="${ROUNDS:-10}" -cp "$(ls "$jdbc"/*.jar | tr '\n' ':')" \
  "$root/bench/NationalScale.java" sql "$url" "$user" "$password"

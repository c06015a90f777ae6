#!/usr/bin/env bash
# bench/generate.sh N: brings a Suaka database to N persons with their whole history (bench/Generate.java).
# By default the README's embedded Derby database (run the README's run command once, then stop the server);
# with SUAKA_DB_KIND=postgresql, the PostgreSQL database of SUAKA_DB_HOST, SUAKA_DB_PORT, SUAKA_DB_NAME,
# SUAKA_DB_USER and SUAKA_DB_PASSWORD (the server's own settings), whose schema the server has made.
# Only records are written: the next start of the server makes their name keys and kept figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:?usage: bench/generate.sh N}"
server="$root/app-ear/target/liberty/wlp/usr/servers/suaka"
jdbc="$root/app-ear/target/liberty/wlp/usr/shared/resources/jdbc"
[ -d "$jdbc" ] || jdbc="$(ls -d "$root"/app-ear/target/liberty/wlp/usr/servers/*/lib/jdbc | head -1)"
cp="$(ls "$jdbc"/*.jar | tr '\n' ':')"
if [ "${SUAKA_DB_KIND:-derby}" = postgresql ]; then
  url="jdbc:postgresql://${SUAKA_DB_HOST:-localhost}:${SUAKA_DB_PORT:-5432}/${SUAKA_DB_NAME:-suaka}"
  user="${SUAKA_DB_USER:-suaka}" password="${SUAKA_DB_PASSWORD:-}"
else
  [ -d "$server/database/suaka" ] || { echo "No database at $server/database/suaka: run the README's run command once" >&2; exit 1; }
  if "$root/app-ear/target/liberty/wlp/bin/server" status suaka >/dev/null 2>&1; then
    echo "Stop the server first (embedded Derby has one owner)" >&2; exit 1
  fi
  url="jdbc:derby:$server/database/suaka;create=false"
  user="" password=""
fi
# Derby writes without forcing its log to disk while generating (durability=test): a crash part-way leaves
# a database to throw away, as a bulk load may.
exec java -Xmx${GENERATOR_HEAP:-6g} -Dderby.storage.pageCacheSize=40000 -Dderby.system.durability=test -cp "$cp" "$root/bench/Generate.java" "$url" "$user" "$password" "$n"

#!/usr/bin/env bash
# kill -9 of the server during concurrent registrations, then a restart and a check: every registration
# that was acknowledged (201) is there with exactly what was sent, and the audit chain still verifies.
# Runs on embedded Derby and on PostgreSQL (a real server from the tests' Maven artifact).
#
#   bench/kill9-durability.sh                                   # both databases, 1,000 registrations, kill after 400
#   DATABASES=postgresql TOTAL=1000 KILL_AFTER=400 bench/kill9-durability.sh
#
# Needs a build first (README's test or run command), so that app-ear/target/liberty holds the Liberty
# runtime and the modules are in the local Maven repository. MVN_FLAGS=-o to stay offline.
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
wlp="$root/app-ear/target/liberty/wlp"
work="$(mktemp -d)"
server=durability
port=9480
pg_port=55480
total="${TOTAL:-1000}"
kill_after="${KILL_AFTER:-400}"
. "$root/bench/lib/servers.sh"
trap 'stop_all "$server"' EXIT

echo "== building the demo EAR"
build_demo_ear
for database in ${DATABASES:-derby postgresql}; do
  echo "== $database: $total registrations from 16 clients, kill -9 after $kill_after acknowledged"
  if [ "$database" = postgresql ]; then
    start_postgresql "$pg_port"
    make_server "$server" "$port" suaka.db.kind=postgresql "suaka.db.port=$pg_port" suaka.db.password=suaka-bench
  else
    make_server "$server" "$port"
  fi
  start_server "$server" "$port"
  pid=$(server_pid "$server")
  java "$root/bench/Kill9Durability.java" load "http://localhost:$port" "$pid" "$total" "$kill_after" "$work/acks"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$wlp/usr/servers/.pid/$server.pid"
  echo "restarting after kill -9"
  start_server "$server" "$port"
  java "$root/bench/Kill9Durability.java" check "http://localhost:$port" "$work/acks" || status=1
  "$wlp/bin/server" stop "$server" >/dev/null
  stop_postgresql
done
exit "${status:-0}"

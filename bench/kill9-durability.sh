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
server=durability
dir="$wlp/usr/servers/$server"
port=9480
pg_port=55480
total="${TOTAL:-1000}"
kill_after="${KILL_AFTER:-400}"
work="$(mktemp -d)"
pg_pid=""
cleanup() {
  "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
  [ -n "$pg_pid" ] && kill "$pg_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building the demo EAR"
(cd "$root" && mvn -B -q ${MVN_FLAGS:-} -Prun -DskipTests package -pl app-ear)

prepare_server() {
  rm -rf "$dir"
  "$wlp/bin/server" create "$server" >/dev/null
  cp "$root"/app-ear/src/main/liberty/config/*.xml "$dir/"
  mkdir -p "$dir/apps" "$dir/lib"
  cp "$root/app-ear/target/suaka.ear" "$dir/apps/"
  cp -r "$(ls -d "$wlp"/usr/servers/*/lib/jdbc | grep -v "/$server/" | head -1)" "$dir/lib/"
  printf 'suaka.http.port=%s\nsuaka.https.port=%s\n' "$port" "$((port + 1))" > "$dir/bootstrap.properties"
  if [ "$1" = postgresql ]; then
    printf 'suaka.db.kind=postgresql\nsuaka.db.port=%s\nsuaka.db.password=suaka-bench\n' "$pg_port" >> "$dir/bootstrap.properties"
  fi
}

start_server() {
  local started
  started=$(date +%s%N)
  "$wlp/bin/server" start "$server" >/dev/null
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u officer:officer-demo "http://localhost:$port/api/v1/persons?size=1")" = 200 ] && break
    sleep 1
  done
  echo "server up in $(( ($(date +%s%N) - started) / 1000000 )) ms"
}

start_postgresql() {
  local classpath="$work/classpath"
  (cd "$root" && mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -pl app-ear -Dmdep.includeScope=test \
      -Dmdep.outputFile="$classpath")
  java -cp "$(cat "$classpath")" "$root/bench/PostgresServer.java" "$pg_port" "$work/pgdata" > "$work/pg.log" 2>&1 &
  pg_pid=$!
  for _ in $(seq 1 60); do grep -q ready "$work/pg.log" && return; sleep 1; done
  echo "PostgreSQL did not start:"; cat "$work/pg.log"; exit 1
}

for database in ${DATABASES:-derby postgresql}; do
  echo "== $database: $total registrations from 16 clients, kill -9 after $kill_after acknowledged"
  [ "$database" = postgresql ] && start_postgresql
  prepare_server "$database"
  start_server
  pid=$(cat "$wlp/usr/servers/.pid/$server.pid")
  java "$root/bench/Kill9Durability.java" load "http://localhost:$port" "$pid" "$total" "$kill_after" "$work/acks"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$wlp/usr/servers/.pid/$server.pid"
  echo "restarting after kill -9"
  start_server
  java "$root/bench/Kill9Durability.java" check "http://localhost:$port" "$work/acks" || status=1
  "$wlp/bin/server" stop "$server" >/dev/null
  if [ -n "$pg_pid" ]; then kill "$pg_pid"; wait "$pg_pid" 2>/dev/null || true; pg_pid=""; rm -rf "$work/pgdata"; fi
done
exit "${status:-0}"

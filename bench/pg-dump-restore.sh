#!/usr/bin/env bash
# The PostgreSQL backup procedure of docs/deploy.md, end to end: Suaka on PostgreSQL issues a document;
# pg_dump takes the database while the server runs; the database is dropped, created empty and restored
# with pg_restore; Suaka starts again on it and must find the same persons, and the PDF it issued must
# still verify as unchanged. Exit status 1 otherwise.
#
#   bench/pg-dump-restore.sh            # needs pg_dump/pg_restore (apt-get install postgresql-client)
#
# The server's major version must not be newer than pg_dump's: PG_BINARIES picks the server's version
# (default: the major version of the installed pg_dump, e.g. 15.14.0 for Debian 12's client 15).
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
wlp="$root/app-ear/target/liberty/wlp"
work="$(mktemp -d)"
server=pg-restore
port=9780
pg_port=55780
. "$root/bench/lib/servers.sh"
trap 'stop_all "$server"' EXIT
case "$(pg_dump --version | grep -oE '[0-9]+' | head -1)" in
  15) export PG_BINARIES="${PG_BINARIES:-15.14.0}" ;;
  *) export PG_BINARIES="${PG_BINARIES:-17.6.0}" ;;
esac
api() { curl -s -u officer:officer-demo "http://localhost:$port$1"; }
pg() { PGPASSWORD=suaka-bench "$@" --host=localhost --port="$pg_port"; }

echo "== building the demo EAR; PostgreSQL $PG_BINARIES, $(pg_dump --version)"
build_demo_ear
start_postgresql "$pg_port"
make_server "$server" "$port" suaka.db.kind=postgresql "suaka.db.port=$pg_port" suaka.db.password=suaka-bench
start_server "$server" "$port"
curl -s -D "$work/headers" -o "$work/issued.pdf" -u officer:officer-demo \
    "http://localhost:$port/api/v1/reports/monthly-statistics?month=2024-09"
code=$(grep -i '^X-Verification-Code:' "$work/headers" | tr -d '\r' | awk '{print $2}')
persons=$(api "/api/v1/persons?size=1" | grep -oE '"total":[0-9]+')
echo "before: $persons, issued $code"

pg pg_dump --username=suaka --format=custom --file="$work/suaka.dump" suaka
echo "pg_dump while serving: $(stat -c %s "$work/suaka.dump") bytes"
"$wlp/bin/server" stop "$server" >/dev/null
pg dropdb --username=postgres suaka
pg createdb --username=postgres --owner=suaka suaka
pg pg_restore --username=suaka --dbname=suaka --no-owner "$work/suaka.dump"
echo "restored into an empty database"
start_server "$server" "$port"

restored=$(api "/api/v1/persons?size=1" | grep -oE '"total":[0-9]+')
verdict=$(curl -s -u officer:officer-demo --data-binary @"$work/issued.pdf" -H 'Content-Type: application/pdf' \
    "http://localhost:$port/api/v1/reports/verify/$code")
echo "after: $restored; the issued PDF: $verdict"
[ "$persons" = "$restored" ] && echo "$verdict" | grep -q '"unchanged":true' && echo OK || { echo FAILED; exit 1; }

#!/usr/bin/env bash
# Two Liberty nodes on one PostgreSQL database, sessions in the database (suaka.sessions=database): a
# staff member signs in on node A; 200 official PDFs are issued concurrently across both nodes; node A
# is killed (-9) halfway. Checks that every document number is unique, every document verifies on node
# B, and the session signed in on node A is still signed in on node B (TwoNodes.java).
#
#   bench/two-nodes.sh                  # DOCUMENTS=200
#
# Needs a build first (README's test or run command). MVN_FLAGS=-o to stay offline.
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
wlp="$root/app-ear/target/liberty/wlp"
work="$(mktemp -d)"
pg_port=55580
. "$root/bench/lib/servers.sh"
trap 'stop_all node-a node-b' EXIT

echo "== building the demo EAR"
build_demo_ear
start_postgresql "$pg_port"
for node in node-a:9580 node-b:9680; do
  make_server "${node%%:*}" "${node##*:}" suaka.db.kind=postgresql "suaka.db.port=$pg_port" \
      suaka.db.password=suaka-bench suaka.sessions=database
done
# one after the other: the first creates the schema and loads the demo data, the second finds them
start_server node-a 9580
start_server node-b 9680
java "$root/bench/TwoNodes.java" http://localhost:9580 http://localhost:9680 "$(server_pid node-a)" "${DOCUMENTS:-200}"

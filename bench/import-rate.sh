#!/usr/bin/env bash
# Times the import of a large spreadsheet (default 100,000 rows) as a job against a running Suaka (see
# README, "Run Suaka"): the upload, the background preview (every row checked and matched against the
# registry), the background apply (each new row registered), and the server's heap in use meanwhile.
#
#   bench/import-rate.sh                  # 100,000 rows to http://localhost:9080
#   N=10000 SUAKA_URL=http://localhost:9080 bench/import-rate.sh
#
# It registers the rows in the server's database: afterwards delete the demo database
# (app-ear/target/liberty/wlp/usr/servers/suaka/database) to start again from the demo data.
set -euo pipefail
cd "$(dirname "$0")"
pid="$(pgrep -f ws-server.jar | head -1 || true)"
exec java ImportRate.java "${N:-100000}" "${SUAKA_URL:-http://localhost:9080}" ${pid:+"$pid"}

#!/usr/bin/env bash
# Times the issue of the official monthly statistics PDF against a running Suaka (see README, "Run
# Suaka"). Each request is a full issue: SQL aggregates through three modules, Jasper fill, PDF
# export with embedded fonts, SHA-256, document number and archive insert.
#
#   bench/monthly-statistics.sh              # 50 sequential requests to http://localhost:9080
#   N=200 SUAKA_URL=http://localhost:9080 bench/monthly-statistics.sh
#
# It only sends to the address given (loopback by default), a bounded number of requests.
set -euo pipefail
url="${SUAKA_URL:-http://localhost:9080}"
n="${N:-50}"
user="${SUAKA_USER:-viewer:viewer-demo}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

for _ in $(seq "$n"); do
  curl -s -o /dev/null -u "$user" -w '%{http_code} %{time_total}\n' \
    "$url/api/v1/reports/monthly-statistics?month=2024-09" >> "$out"
done

failed=$(awk '$1 != 200' "$out" | wc -l)
sort -k2 -n "$out" | awk -v n="$n" -v failed="$failed" '
  { t[NR] = $2 * 1000 }
  END {
    printf "requests %d, non-200 %d\n", n, failed
    printf "min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms\n",
      t[1], t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR]
  }'

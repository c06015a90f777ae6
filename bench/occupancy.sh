#!/usr/bin/env bash
# Occupancy on a date over 1,000,000 placement rows (250 shelters of ten rooms, 2016-2024), the module's
# queries beside the raw SQL of the same query in the same run (EclipseLink on in-memory Derby with the
# shelter module's real changelog and indexes). Prints load time, median and p95 of each.
# Another size: bench/occupancy.sh 200000
set -euo pipefail
cd "$(dirname "$0")/.."
placements="${1:-1000000}"
./mvnw -q -B install -DskipTests -pl shelter-module -am
./mvnw -B -q test -pl shelter-module -Dsuaka.excludedGroups= -Dgroups=benchmark -Dtest=OccupancyBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx6g -Dsuaka.bench.placements=$placements"

#!/usr/bin/env bash
# Duplicate-candidate latency at 100,000 and 1,000,000 persons, against a plain indexed lookup by UNHCR
# number in the same run (EclipseLink on in-memory Derby with the registry's real changelog and indexes).
# Prints load time and p50/p95 of each. Needs about 6 GB of heap for the million.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl registry-module -am
for persons in 100000 1000000; do
  ./mvnw -B -q test -pl registry-module -Dsuaka.excludedGroups= -Dgroups=benchmark -Dtest=DuplicateCandidatesBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsuaka.bench.persons="$persons" -DargLine="-Xmx8g -Dsuaka.bench.persons=$persons"
done

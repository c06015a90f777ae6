#!/usr/bin/env bash
# The queries behind the staff person list at 100,000 persons (EclipseLink on in-memory Derby with the
# registry's real changelog and indexes). Prints load time and per-query median and max.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl registry-module -am
./mvnw -B -q test -pl registry-module -Dsuaka.excludedGroups= -Dgroups=benchmark -Dtest=PersonListBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false

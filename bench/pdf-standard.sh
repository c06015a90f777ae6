#!/usr/bin/env bash
# What the official PDF standard costs: the monthly statistics template rendered alternately as a plain
# PDF and as PDF/A-2b with a QR code on every page, same rows, same JVM. Prints medians and sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl reporting-module -am
./mvnw -B -q test -pl reporting-module -Dsuaka.excludedGroups= -Dgroups=benchmark -Dtest=PdfStandardBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false

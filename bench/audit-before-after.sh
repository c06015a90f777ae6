#!/usr/bin/env bash
# Audited request throughput before and after the audit trail moved to the service boundary, in one run:
# builds Suaka at two revisions in temporary git worktrees, starts each in turn on a fresh embedded
# database (port 9380), and runs bench/AuditedThroughput.java against it with the same load.
#
#   bench/audit-before-after.sh                        # BEFORE=9dda2d7 (JAX-RS filter, one locked chain head), AFTER=HEAD
#   BEFORE=<rev> AFTER=<rev> THREADS=8 REQUESTS=250 bench/audit-before-after.sh
#
# Nothing is installed into the local Maven repository (maven.install.skip); the worktrees are removed
# at the end. Needs Java 17 and Maven with the project's dependencies available (add -o via MVN_FLAGS).
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
before="${BEFORE:-9dda2d7}"
after="${AFTER:-HEAD}"
port=9380
work="$(mktemp -d)"
cleanup() {
  pkill -f "$work" 2>/dev/null || true
  for dir in "$work"/*/; do git -C "$root" worktree remove --force "$dir" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

run_at() {
  local rev="$1" dir="$work/$1"
  git -C "$root" worktree add -q --detach "$dir" "$rev"
  (cd "$dir" && SUAKA_HTTP_PORT=$port "$root/mvnw" -B -q ${MVN_FLAGS:-} -Prun -DskipTests -Dmaven.install.skip=true install \
      > "$work/$rev.log" 2>&1 &)
  local status=000
  for _ in $(seq 1 300); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -u officer:officer-demo "http://localhost:$port/api/v1/persons?limit=1" || true)
    [ "$status" = 200 ] && break
    sleep 2
  done
  [ "$status" = 200 ] || { echo "$rev did not start; see its log:"; tail -20 "$work/$rev.log"; exit 1; }
  sleep 10
  echo "== $rev ($(git -C "$root" log -1 --format=%s "$rev" | cut -c1-70))"
  java "$root/bench/AuditedThroughput.java" "http://localhost:$port"
  pkill -f "$dir" || true
  for _ in $(seq 1 30); do curl -s -o /dev/null "http://localhost:$port/" || break; sleep 1; done
}

run_at "$before"
run_at "$(git -C "$root" rev-parse --short "$after")"

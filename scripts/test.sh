#!/usr/bin/env bash
# The test command: installs what it needs, then lint, type-check, the dist/ freshness check and
# every test (unit, harness self-tests, end-to-end through the bundles). Arguments, if any, are test
# files to run instead of the whole suite.
set -euo pipefail
source "$(dirname "$0")/setup.sh"

started=$SECONDS
# Lint, type-check and the dist/ freshness check run beside the tests, not before them: the tests
# spend much of their time waiting on registries and child processes, and the checks fill that time.
# Their output is printed after the tests; any failure still fails the command.
checks_log="$(mktemp)"
trap 'rm -f "$checks_log"' EXIT
(
  set -e
  echo "== lint (biome) and type-check (tsc)"
  npx --no-install biome check .
  npx --no-install tsc --noEmit -p tsconfig.json
  echo "== dist/ is a fresh build of the sources"
  node scripts/check-dist.ts
) >"$checks_log" 2>&1 &
checks=$!
echo "== tests (Node $(node --version))"
# Longest files first, then the spec reporter and the slowest files and tests (scripts/run-tests.ts).
# Three at once on two cores: the files wait on I/O and child processes more than they compute
# (bench/README.md, "The test command", has the measurements).
tests_status=0
node scripts/run-tests.ts --concurrency "${IA_TEST_CONCURRENCY:-3}" "$@" || tests_status=$?
checks_status=0
wait "$checks" || checks_status=$?
cat "$checks_log"
if [ "$checks_status" -ne 0 ]; then echo "== lint, type-check or the dist/ check FAILED (above)"; fi
if [ "$tests_status" -ne 0 ]; then echo "== tests FAILED"; fi
echo "== test command finished in $((SECONDS - started))s"
[ "$checks_status" -eq 0 ] && [ "$tests_status" -eq 0 ]

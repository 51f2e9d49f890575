#!/usr/bin/env bash
# The test command: installs what it needs, then lint, type-check, the dist/ freshness check and
# every test (unit, harness self-tests, end-to-end through the bundles). Arguments, if any, are test
# files to run instead of the whole suite.
set -euo pipefail
source "$(dirname "$0")/setup.sh"

started=$SECONDS
echo "== lint (biome) and type-check (tsc)"
npx --no-install biome check .
npx --no-install tsc --noEmit -p tsconfig.json
echo "== dist/ is a fresh build of the sources"
node scripts/check-dist.ts
echo "== tests (Node $(node --version))"
if [ "$#" -gt 0 ]; then files=("$@"); else files=('test/**/*.test.ts'); fi
# The spec reporter, then the slowest files and tests (scripts/slowest-tests.ts) so regressions show.
node --test --test-concurrency=2 --test-timeout=900000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./scripts/slowest-tests.ts --test-reporter-destination=stdout \
  "${files[@]}"
echo "== test command finished in $((SECONDS - started))s"

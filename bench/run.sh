#!/usr/bin/env bash
# `npm run bench`: installs what it needs (like the test command), then runs the copy benchmark.
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh"
node bench/copy-bench.ts "$@"

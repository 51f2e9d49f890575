#!/usr/bin/env bash
# `npm run bench`: installs what it needs (like the test command), then runs the copy, signing and Debian packages benchmarks.
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh"
node bench/copy-bench.ts "$@"
node bench/sign-bench.ts
node bench/debian-bench.ts

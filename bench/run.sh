#!/usr/bin/env bash
# `npm run bench`: installs what it needs (like the test command), then runs the copy, signing,
# Debian packages, build-distroless, trivy-scan and network benchmarks. `npm run bench -- build [--runs N]`
# (or copy, sign, debian, scan, net) runs that one alone, with the options that follow.
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh"
case "${1:-}" in
  copy | sign | debian | build | scan | net)
    bench="$1"
    shift
    exec node "bench/$bench-bench.ts" "$@"
    ;;
esac
node bench/copy-bench.ts "$@"
node bench/sign-bench.ts
node bench/debian-bench.ts
node bench/build-bench.ts
node bench/scan-bench.ts
node bench/net-bench.ts

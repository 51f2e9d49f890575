#!/usr/bin/env bash
# The main job: a local end-to-end demo of the pipeline on registries started on loopback.
# Installs what it needs on first use (see scripts/setup.sh).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
node scripts/demo.ts

# Sourced by test.sh and demo.sh: installs the pinned tools and the npm dependencies, and puts
# Node 24 and the tools on PATH. Idempotent; a warm run takes a second or two.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

env_file="$(bash test/support/tools.sh)"
# shellcheck source=/dev/null
source "$env_file"

# Install only when package.json or the lock file changed since the last install: warm runs skip it.
# `npm install`, not `npm ci`: the lock cannot list Biome's optional binaries for platforms the
# package registry we reach does not serve (android, musl, win32), and `npm ci` refuses such a lock.
# Every dependency is pinned to an exact version, so the lock's versions are what gets installed.
lock_hash="$(cat package.json packages/*/package.json package-lock.json | sha256sum | cut -c1-32)"
if [ "$(cat node_modules/.ia-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "[setup] npm install (Node $(node --version))" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > node_modules/.ia-lock-hash
fi

# Sourced by test.sh and demo.sh: installs the pinned tools and the npm dependencies, and puts
# Node 24 and the tools on PATH. Idempotent; a warm run takes a second or two.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

env_file="$(bash test/support/tools.sh)"
# shellcheck source=/dev/null
source "$env_file"

# npm ci only when package-lock.json changed since the last install: warm runs skip it.
lock_hash="$(sha256sum package-lock.json | cut -c1-32)"
if [ "$(cat node_modules/.ia-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "[setup] npm ci (Node $(node --version))" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > node_modules/.ia-lock-hash
fi

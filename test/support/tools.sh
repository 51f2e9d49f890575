#!/usr/bin/env bash
# Installs the real components the tests meet (registries, cosign, crane, regctl, skopeo, umoci,
# moto, actionlint, Node 24) at pinned versions into a cache outside the repository.
# Idempotent: a tool whose stamp file exists is skipped, so a warm run costs nothing.
# A lock serialises concurrent callers (parallel test workers, a second terminal).
#
# Usage: test/support/tools.sh            install everything, print the env file path
#        test/support/tools.sh --print-env print `export` lines for the installed tools
set -euo pipefail

CACHE_ROOT="${IMAGE_ACTIONS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/image-actions}"
TOOLS="$CACHE_ROOT/tools"
mkdir -p "$TOOLS"

# Pinned versions. Go modules are verified by the Go checksum database (go.sum / sum.golang.org
# semantics through GOPROXY); Debian packages by apt's signed repository metadata; the Node and moto
# packages by the registries' integrity hashes.
DISTRIBUTION_VERSION=v3.0.0
CRANE_VERSION=v0.22.1
REGCTL_VERSION=v0.11.7
COSIGN2_VERSION=v2.6.5
COSIGN3_VERSION=v3.1.3
ACTIONLINT_VERSION=v1.7.12
MOTO_VERSION=5.2.5
NODE_VERSION=24.21.0

log() { printf '[tools] %s\n' "$*" >&2; }

# go_tool NAME VERSION MODULE_PATH [ENV...] — `go install` into its own versioned directory.
go_tool() {
  local name=$1 version=$2 module=$3; shift 3
  local dir="$TOOLS/$name-$version"
  [ -f "$dir/.installed" ] && return 0
  log "building $name $version (go install $module@$version) — minutes on a cold machine"
  rm -rf "$dir"; mkdir -p "$dir/bin"
  env GOBIN="$dir/bin" GOFLAGS=-buildvcs=false "$@" go install "$module@$version"
  touch "$dir/.installed"
}

apt_tools() {
  local dir="$TOOLS/debian"
  if [ -f "$dir/.installed" ] && command -v skopeo >/dev/null && command -v umoci >/dev/null; then
    return 0
  fi
  log "installing skopeo and umoci from Debian packages"
  if [ "$(id -u)" -ne 0 ]; then
    log "skopeo/umoci need apt-get as root; run: sudo apt-get install -y skopeo umoci"; exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends skopeo umoci >/dev/null
  mkdir -p "$dir"; touch "$dir/.installed"
}

moto_tool() {
  local dir="$TOOLS/moto-$MOTO_VERSION"
  [ -f "$dir/.installed" ] && return 0
  log "installing moto[server] $MOTO_VERSION into a virtualenv"
  rm -rf "$dir"
  python3 -m venv "$dir"
  "$dir/bin/pip" install -q --disable-pip-version-check "moto[server]==$MOTO_VERSION"
  touch "$dir/.installed"
}

node_tool() {
  local dir="$TOOLS/node-$NODE_VERSION"
  [ -f "$dir/.installed" ] && return 0
  log "installing Node $NODE_VERSION from the npm registry (node@$NODE_VERSION)"
  rm -rf "$dir"; mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" >/dev/null
  "$dir/node_modules/.bin/node" --version >/dev/null
  touch "$dir/.installed"
}

# The referrers-API registry is our own small Go program (see referrers-registry/main.go); its
# dependencies are pinned by its go.sum. Rebuilt whenever its sources change.
referrers_registry() {
  local src; src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/referrers-registry"
  local hash; hash=$(cat "$src/main.go" "$src/go.mod" "$src/go.sum" | sha256sum | cut -c1-16)
  local dir="$TOOLS/referrers-registry-$hash"
  [ -f "$dir/.installed" ] && { ln -sfn "$dir" "$TOOLS/referrers-registry-current"; return 0; }
  log "building referrers-registry (go-containerregistry's registry with the referrers API)"
  rm -rf "$dir"; mkdir -p "$dir/bin"
  (cd "$src" && GOFLAGS=-buildvcs=false go build -o "$dir/bin/referrers-registry" .)
  touch "$dir/.installed"
  ln -sfn "$dir" "$TOOLS/referrers-registry-current"
}

print_env() {
  local path="$TOOLS/node-$NODE_VERSION/node_modules/.bin"
  local t
  for t in "registry-$DISTRIBUTION_VERSION" "crane-$CRANE_VERSION" "regctl-$REGCTL_VERSION" \
           "actionlint-$ACTIONLINT_VERSION"; do path="$path:$TOOLS/$t/bin"; done
  path="$path:$TOOLS/moto-$MOTO_VERSION/bin:$TOOLS/referrers-registry-current/bin"
  echo "export PATH=\"$path:\$PATH\""
  echo "export IA_TOOLS_DIR=\"$TOOLS\""
  echo "export IA_COSIGN2=\"$TOOLS/cosign-$COSIGN2_VERSION/bin/cosign\""
  echo "export IA_COSIGN3=\"$TOOLS/cosign-$COSIGN3_VERSION/bin/cosign\""
  echo "export IA_MOTO_SERVER=\"$TOOLS/moto-$MOTO_VERSION/bin/moto_server\""
}

if [ "${1:-}" = "--print-env" ]; then print_env; exit 0; fi

exec 9>"$TOOLS/.lock"
flock 9

node_tool
apt_tools
moto_tool
go_tool registry "$DISTRIBUTION_VERSION" github.com/distribution/distribution/v3/cmd/registry
go_tool crane "$CRANE_VERSION" github.com/google/go-containerregistry/cmd/crane
go_tool regctl "$REGCTL_VERSION" github.com/regclient/regclient/cmd/regctl
go_tool actionlint "$ACTIONLINT_VERSION" github.com/rhysd/actionlint/cmd/actionlint
go_tool cosign "$COSIGN2_VERSION" github.com/sigstore/cosign/v2/cmd/cosign
go_tool cosign "$COSIGN3_VERSION" github.com/sigstore/cosign/v3/cmd/cosign
referrers_registry

print_env > "$TOOLS/env.sh"
echo "$TOOLS/env.sh"

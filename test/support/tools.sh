#!/usr/bin/env bash
# Installs the real components the tests meet (registries, cosign, crane, regctl, skopeo, umoci,
# buildah, trivy, syft, moto, actionlint, zizmor, Node 24) at pinned versions into a cache outside the repository.
# Idempotent: a tool whose stamp file exists is skipped, so a warm run costs nothing.
# A lock serialises concurrent callers (parallel test workers, a second terminal).
#
# Usage: test/support/tools.sh            install everything, print the env file path
#        test/support/tools.sh --print-env print `export` lines for the installed tools
set -euo pipefail

CACHE_ROOT="${IMAGE_ACTIONS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/image-actions}"
TOOLS="$CACHE_ROOT/tools"
mkdir -p "$TOOLS"

# Pinned versions. Go modules are verified by the Go checksum database (go.sum and the sum DB's
# semantics through GOPROXY); Debian packages by apt's signed repository metadata; the Node and moto
# packages by the registries' integrity hashes.
DISTRIBUTION_VERSION=v3.0.0
CRANE_VERSION=v0.22.1
REGCTL_VERSION=v0.11.7
COSIGN2_VERSION=v2.6.5
COSIGN3_VERSION=v3.1.3
ACTIONLINT_VERSION=v1.7.12
TRIVY_VERSION=v0.74.0
SYFT_VERSION=v1.57.1
MOTO_VERSION=5.2.5
ZIZMOR_VERSION=1.33.1
SPDX_TOOLS_VERSION=0.8.3
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
  # bubblewrap: the smoke test's sandbox (packages/build/src/sandbox.ts).
  local packages=(skopeo umoci buildah time bubblewrap) missing=() p
  for p in skopeo umoci buildah /usr/bin/time bwrap; do command -v "$p" >/dev/null || missing+=("$p"); done
  if [ -f "$dir/.installed" ] && [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  log "installing ${packages[*]} from Debian packages"
  if [ "$(id -u)" -ne 0 ]; then
    log "these need apt-get as root; run: sudo apt-get install -y ${packages[*]}"; exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  mkdir -p "$dir"; touch "$dir/.installed"
}

# pip_tool NAME VERSION PIP_SPEC — a PyPI package in a virtualenv of its own, pinned.
# moto[server]: the ECR and KMS APIs. zizmor: the GitHub Actions security linter
# (test/lint/zizmor.test.ts), a prebuilt binary in its wheel, run --offline so it needs no network.
# spdx-tools: the SPDX project's own validator (`pyspdxtools`), the last word on our SPDX SBOMs.
pip_tool() {
  local name=$1 version=$2 spec=$3
  local dir="$TOOLS/$name-$version"
  [ -f "$dir/.installed" ] && return 0
  log "installing $spec into a virtualenv"
  rm -rf "$dir"
  python3 -m venv "$dir"
  "$dir/bin/pip" install -q --disable-pip-version-check "$spec"
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

# Our own small Go programs under test/support/ (their dependencies pinned by their go.sum), each
# rebuilt whenever its sources change, with a `<name>-current` link to the build in use:
# referrers-registry (go-containerregistry's registry with the referrers API) and trivy-db (the
# fixture vulnerability DB builder: bolt-fixtures YAML → trivy.db + metadata.json).
source_tool() {
  local name=$1 what=$2
  local src; src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$name"
  local hash; hash=$(cat "$src/main.go" "$src/go.mod" "$src/go.sum" | sha256sum | cut -c1-16)
  local dir="$TOOLS/$name-$hash"
  [ -f "$dir/.installed" ] && { ln -sfn "$dir" "$TOOLS/$name-current"; return 0; }
  log "building $name ($what)"
  rm -rf "$dir"; mkdir -p "$dir/bin"
  (cd "$src" && GOFLAGS=-buildvcs=false go build -o "$dir/bin/$name" .)
  touch "$dir/.installed"
  ln -sfn "$dir" "$TOOLS/$name-current"
}

print_env() {
  local path="$TOOLS/node-$NODE_VERSION/node_modules/.bin"
  local t
  for t in "registry-$DISTRIBUTION_VERSION" "crane-$CRANE_VERSION" "regctl-$REGCTL_VERSION" \
           "actionlint-$ACTIONLINT_VERSION" "trivy-$TRIVY_VERSION" "syft-$SYFT_VERSION"; do path="$path:$TOOLS/$t/bin"; done
  path="$path:$TOOLS/moto-$MOTO_VERSION/bin:$TOOLS/zizmor-$ZIZMOR_VERSION/bin:$TOOLS/referrers-registry-current/bin:$TOOLS/trivy-db-current/bin:$TOOLS/sandbox-probe-current/bin"
  echo "export PATH=\"$path:\$PATH\""
  echo "export IA_TOOLS_DIR=\"$TOOLS\""
  echo "export IA_COSIGN2=\"$TOOLS/cosign-$COSIGN2_VERSION/bin/cosign\""
  echo "export IA_COSIGN3=\"$TOOLS/cosign-$COSIGN3_VERSION/bin/cosign\""
  echo "export IA_MOTO_SERVER=\"$TOOLS/moto-$MOTO_VERSION/bin/moto_server\""
  echo "export IA_PYSPDXTOOLS=\"$TOOLS/spdx-tools-$SPDX_TOOLS_VERSION/bin/pyspdxtools\""
}

if [ "${1:-}" = "--print-env" ]; then print_env; exit 0; fi

exec 9>"$TOOLS/.lock"
flock 9

node_tool
apt_tools
pip_tool moto "$MOTO_VERSION" "moto[server]==$MOTO_VERSION"
pip_tool zizmor "$ZIZMOR_VERSION" "zizmor==$ZIZMOR_VERSION"
pip_tool spdx-tools "$SPDX_TOOLS_VERSION" "spdx-tools==$SPDX_TOOLS_VERSION"
go_tool registry "$DISTRIBUTION_VERSION" github.com/distribution/distribution/v3/cmd/registry
go_tool crane "$CRANE_VERSION" github.com/google/go-containerregistry/cmd/crane
go_tool regctl "$REGCTL_VERSION" github.com/regclient/regclient/cmd/regctl
go_tool actionlint "$ACTIONLINT_VERSION" github.com/rhysd/actionlint/cmd/actionlint
# trivy and syft cross-check what build-distroless's SBOMs and status.d say (and trivy is the
# scanner trivy-scan drives); built from source because release downloads are not reachable here.
go_tool trivy "$TRIVY_VERSION" github.com/aquasecurity/trivy/cmd/trivy GOEXPERIMENT=jsonv2 CGO_ENABLED=0
go_tool syft "$SYFT_VERSION" github.com/anchore/syft/cmd/syft
go_tool cosign "$COSIGN2_VERSION" github.com/sigstore/cosign/v2/cmd/cosign
go_tool cosign "$COSIGN3_VERSION" github.com/sigstore/cosign/v3/cmd/cosign
source_tool referrers-registry "go-containerregistry's registry with the referrers API"
source_tool trivy-db "the fixture vulnerability DB builder"
source_tool sandbox-probe "the hostile binary of the smoke-test sandbox tests"

print_env > "$TOOLS/env.sh"
echo "$TOOLS/env.sh"

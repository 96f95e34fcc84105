#!/usr/bin/env bash
# The project's Node.js, on any machine: runs a command with the version .nvmrc names (Node 24 LTS)
# first on PATH. When this machine's `node` is already that major, it is used as it is; otherwise
# Node's official binary is fetched once from the npm registry (the package node-<os>-<arch>, which
# npm verifies against the registry's checksum) and kept in a cache shared by every clone.
#
#   bash scripts/node.sh npm ci            # any command, e.g. npm run dev, npm test
#   bash scripts/node.sh --bin             # prints the bin directory to put on PATH yourself
#   NODE_VERSION=26.12.1 bash scripts/node.sh npx vitest run   # another version
#
# Cache: $ALMAJET_NODE_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/almajet-node/<version>.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version="${NODE_VERSION:-$(tr -d 'v \r\n' < "$here/.nvmrc")}"
major="${version%%.*}"
say() { echo "[node.sh] $*" >&2; }

bin_dir() {
  if command -v node > /dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ] && [ -z "${NODE_VERSION:-}" ]; then
    dirname "$(command -v node)"
    return
  fi
  local cache="${ALMAJET_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/almajet-node}/$version"
  if [ ! -x "$cache/bin/node" ]; then
    local os arch
    os="$(uname -s | tr '[:upper:]' '[:lower:]')"
    case "$(uname -m)" in
      x86_64 | amd64) arch=x64 ;;
      aarch64 | arm64) arch=arm64 ;;
      *) say "no Node.js package for $(uname -m) on the npm registry: install Node $major yourself"; exit 1 ;;
    esac
    command -v npm > /dev/null || { say "npm is needed to fetch Node $version (any npm works): install npm, or Node $major itself"; exit 1; }
    say "fetching Node $version (node-$os-$arch) from the npm registry into $cache"
    local scratch
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' RETURN
    (cd "$scratch" && npm pack --silent "node-$os-$arch@$version" > /dev/null)
    mkdir -p "$scratch/node" "$(dirname "$cache")"
    tar -xzf "$scratch"/node-*.tgz -C "$scratch/node" --strip-components=1
    [ -x "$scratch/node/bin/node" ] || { say "node-$os-$arch@$version holds no bin/node"; exit 1; }
    # Moved in whole, so that an interrupted fetch never leaves a half-written runtime behind.
    rm -rf "$cache"
    mv "$scratch/node" "$cache"
  fi
  echo "$cache/bin"
}

bin="$(bin_dir)"
if [ "${1:-}" = "--bin" ]; then
  echo "$bin"
  exit 0
fi
[ $# -gt 0 ] || { say "usage: bash scripts/node.sh <command> [arguments…] | --bin"; exit 2; }
export PATH="$bin:$PATH"
exec "$@"

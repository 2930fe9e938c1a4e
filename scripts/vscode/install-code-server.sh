#!/usr/bin/env bash
# Installs what test/vscode/runInCodeServer.js needs on a machine that reaches only the npm
# registry and Debian's archive: Debian chromium/ripgrep/libkrb5-dev and code-server from npm.
# Idempotent; safe for CI (CI=true, no stdin, root). See /work/shared/notes/real-vscode-offline.md.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3       # newest code-server whose engines allow Node 20
RIPGREP_PKG_VERSION=1.15.11       # @vscode/ripgrep pinned by that code-server
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE="${POSTMORTEM_CACHE:-${HOME:-/root}/.cache/postmortem-vscode}"
PREFIX="$CACHE/code-server"
STAMP="$PREFIX/.installed-$CODE_SERVER_VERSION"

log() { printf '[install-code-server] %s\n' "$*"; }
t0=$SECONDS

# --- Debian packages -------------------------------------------------------------------------
need=()
for p in libkrb5-dev ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
# kerberos/node-pty/argon2 build from source; these are on the image already, but not on a bare one.
command -v make >/dev/null || need+=(make)
command -v g++ >/dev/null || need+=(g++)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  # Only refresh the package lists when they don't know one of the packages (slow, and racy in CI).
  for p in "${need[@]}"; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then
      log "apt-get update (lists do not know $p)"
      $SUDO apt-get update -qq
      break
    fi
  done
  log "apt-get install ${need[*]}"
  # Stale lists can name versions the mirror no longer has: refresh once and retry.
  $SUDO apt-get install -y -qq "${need[@]}" </dev/null >/dev/null || {
    log "apt-get install failed; apt-get update and retry"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${need[@]}" </dev/null >/dev/null
  }
else
  log "apt packages already installed"
fi

# --- code-server -----------------------------------------------------------------------------
if [ -f "$STAMP" ] && [ -x "$PREFIX/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
else
  mkdir -p "$PREFIX" "$CACHE/tmp"
  # @vscode/ripgrep's postinstall downloads from GitHub (unreachable) unless its cache holds the
  # tarball; Debian's rg is the same upstream 13.0.0, so pack it under the expected name.
  export TMPDIR="$CACHE/tmp"
  rgcache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  if [ ! -s "$rgcache/$RIPGREP_ASSET" ]; then
    log "seeding ripgrep cache from /usr/bin/rg"
    mkdir -p "$rgcache"
    tar -czf "$rgcache/$RIPGREP_ASSET" -C /usr/bin rg
  fi
  log "npm install code-server@$CODE_SERVER_VERSION into $PREFIX (about 1 min, ~100 MB download)"
  # unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty's `npx node-gyp`
  # is cancelled by the global yes=false.
  [ -f "$PREFIX/package.json" ] || echo '{"private":true}' >"$PREFIX/package.json"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" </dev/null >"$CACHE/install.log" 2>&1 || {
    log "npm install failed; last lines of $CACHE/install.log:"; tail -40 "$CACHE/install.log"; exit 1; }
  "$PREFIX/node_modules/.bin/code-server" --version >/dev/null
  touch "$STAMP"
fi

log "ok: $("$PREFIX/node_modules/.bin/code-server" --version | head -1) ($((SECONDS - t0)) s)"

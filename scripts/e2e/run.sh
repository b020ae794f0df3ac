#!/usr/bin/env bash
# Runs the end-to-end tests against a fresh code-server with the packaged .vsix installed:
#   suite  the extension-host mocha suite (test/e2e/suite) through the smoke-test driver
#   ui     the Playwright UI tests (test/e2e/ui), screenshots in test-results/ui/
#   all    both, against one server
# Installs the tools if needed (scripts/e2e/setup-tools.sh) and packages the extension first unless
# E2E_NO_PACKAGE=1. Stops code-server's whole process group on exit, also when a test fails.
# Env: E2E_PORT (default 0 = any free port), E2E_KEEP_RUN=1 keeps the temporary run folder.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
MODE=${1:-all}
case $MODE in suite|ui|all) ;; *) echo "usage: $0 [suite|ui|all]" >&2; exit 2 ;; esac
cd "$E2E_ROOT"

"$E2E_ROOT/scripts/e2e/setup-tools.sh"
if [ "${E2E_NO_PACKAGE:-}" != 1 ]; then npm run --silent package; fi
[ -f "$E2E_VSIX" ] || { echo "no $E2E_VSIX: run npm run package" >&2; exit 1; }

RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-e2e.XXXXXX")
cleanup() {
  "$E2E_ROOT/scripts/e2e/stop-code-server.sh" "$RUN_DIR"
  mkdir -p "$E2E_RESULTS_DIR"
  cp "$RUN_DIR/cs.log" "$E2E_RESULTS_DIR/code-server-$MODE.log" 2>/dev/null || true
  if [ "${E2E_KEEP_RUN:-}" = 1 ]; then echo "run folder kept: $RUN_DIR"; else rm -rf "$RUN_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# .ci/run passes a registry file so it can stop this server even if this script's trap cannot run.
[ -z "${E2E_RUN_REGISTRY:-}" ] || echo "$RUN_DIR" >> "$E2E_RUN_REGISTRY"
node test/e2e/prepare.js "$RUN_DIR"
e2e_code_server_cli --user-data-dir "$RUN_DIR/ud" --extensions-dir "$RUN_DIR/exts" --install-extension "$E2E_VSIX"

mkdir -p "$E2E_RESULTS_DIR"
export NIANBAO_E2E_SUITE_RESULTS=$E2E_RESULTS_DIR/suite-results.json
export NIANBAO_E2E_UI_RESULTS=$E2E_RESULTS_DIR/ui-results.json
[ "$MODE" = ui ] || rm -f "$NIANBAO_E2E_SUITE_RESULTS"
[ "$MODE" = suite ] || { rm -f "$NIANBAO_E2E_UI_RESULTS"; rm -rf "$E2E_RESULTS_DIR/ui"; }

# The extension host inherits code-server's environment, which is how the suite learns where to
# write its results. enable-smoke-test-driver lets the workbench honour the URL's test payload.
"$E2E_ROOT/scripts/e2e/start-code-server.sh" "$RUN_DIR" "${E2E_PORT:-0}" --vscode-option enable-smoke-test-driver
export E2E_CS_URL; E2E_CS_URL=$(cat "$RUN_DIR/cs.url")
export E2E_RUN_DIR=$RUN_DIR E2E_SHOTS_DIR=$E2E_RESULTS_DIR/ui

rc=0
if [ "$MODE" != ui ]; then
  echo "== extension-host suite"
  node test/e2e/run-code-server.js || rc=1
fi
if [ "$MODE" != suite ]; then
  echo "== UI tests (screenshots in ${E2E_RESULTS_DIR#"$E2E_ROOT"/}/ui)"
  node test/e2e/ui/run.js || rc=1
fi
exit $rc

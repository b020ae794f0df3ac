#!/usr/bin/env bash
# Proves that the end-to-end tests notice a broken extension: for each break in scripts/e2e/breaks.js
# (or those named), copies the project into a temporary folder, breaks that one feature there, packages
# the copy and runs all e2e tests against it. Every break must make the e2e fail; the real tree is
# never modified. Prints the failing tests per break; exits non-zero if some break went unnoticed.
#
# Usage: scripts/e2e/break-check.sh [BREAK...]     (about a minute per break)
# Env:   E2E_CACHE as for run.sh (the copies reuse this project's tool cache).
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$E2E_ROOT"
export E2E_CACHE   # env.sh resolved it against this tree; the copies must not install their own tools
# The seeds live next to the project (../shared/seeds), which a copy in a temporary folder has not.
export NIANBAO_SEEDS=${NIANBAO_SEEDS:-$E2E_ROOT/../shared/seeds}

if [ $# -gt 0 ]; then BREAKS=("$@"); else mapfile -t BREAKS < <(node scripts/e2e/breaks.js list | cut -f1); fi
"$E2E_ROOT/scripts/e2e/setup-tools.sh" || exit 1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-break.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unnoticed=()
for name in "${BREAKS[@]}"; do
  copy=$WORK/$name
  mkdir -p "$copy"
  # The working tree as it is (also uncommitted work), without the heavy or generated folders;
  # node_modules is shared through a link, since breaking the extension never touches dependencies.
  tar -C "$E2E_ROOT" --exclude=./node_modules --exclude=./.git --exclude=./.e2e-cache --exclude=./test-results \
    --exclude=./nianbao.vsix -cf - . | tar -C "$copy" -xf -
  ln -s "$E2E_ROOT/node_modules" "$copy/node_modules"
  echo
  if ! applied=$(node scripts/e2e/breaks.js apply "$name" "$copy"); then
    unnoticed+=("$name (could not apply)"); rm -rf "$copy"; continue
  fi
  echo "=== $applied"
  (cd "$copy" && E2E_RESULTS_DIR="$copy/test-results" E2E_VSIX="$copy/nianbao.vsix" bash scripts/e2e/run.sh all >"$copy/e2e.log" 2>&1)
  rc=$?
  node -e '
    const fs = require("fs");
    for (const stage of ["suite", "ui"]) {
      let r = null;
      try { r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${stage}-results.json`, "utf8")); } catch {}
      if (!r) { console.log(`  ${stage}: no results recorded`); continue; }
      console.log(`  ${stage}: ${r.passed} passed, ${r.failed} failed`);
      for (const f of r.failures) console.log(`    ✗ ${f.title}\n        ${f.error.split("\n")[0].slice(0, 160)}`);
    }' "$copy/test-results"
  if [ $rc = 0 ]; then
    echo "  !! the e2e tests PASSED with this break: they do not notice it"
    unnoticed+=("$name")
  else
    echo "  -> e2e failed (exit $rc), as it must"
  fi
  rm -rf "$copy"
done
echo
if [ ${#unnoticed[@]} = 0 ]; then echo "break-check: all ${#BREAKS[@]} breaks were noticed"; exit 0; fi
echo "break-check: not noticed: ${unnoticed[*]}"; exit 1

// Adds up the e2e results written by the mocha runs (suite-results.json, ui-results.json) and prints
// the closing line "e2e: N passed, M failed". A stage given as NAME=EXITCODE that failed without a
// results file, or exited non-zero with no failed test recorded, counts as one failure, so a crash
// before the first test can never read as a pass.
// Usage: node scripts/e2e/summary.js RESULTS_DIR suite=RC ui=RC
'use strict';
const fs = require('fs');
const path = require('path');

const [dir, ...stages] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const s of stages) {
  const [name, rc] = s.split('=');
  const file = path.join(dir, `${name}-results.json`);
  let r = null;
  try {
    r = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    r = null;
  }
  const stagePassed = r ? r.passed : 0;
  let stageFailed = r ? r.failed : 0;
  if (Number(rc) !== 0 && stageFailed === 0) stageFailed = 1;
  passed += stagePassed;
  failed += stageFailed;
  if (r && r.failures) for (const f of r.failures) console.log(`  failed (${name}): ${f.title}`);
  console.log(`  ${name}: ${stagePassed} passed, ${stageFailed} failed${r ? '' : ' (no results recorded)'}`);
}
console.log(`e2e: ${passed} passed, ${failed} failed`);

// Runs the Playwright UI tests (every *.ui.test.js in this folder, in name order, sharing one
// workbench page) against a running code-server and writes test-results/ui-results.json.
// Env: E2E_CS_URL, E2E_RUN_DIR (see ../prepare.js), E2E_SHOTS_DIR, CHROMIUM.
'use strict';
const path = require('path');
const { runMochaFolder } = require('../mocha-run');
const { rootHooks } = require('./session');
const { ROOT } = require('../prepare');

runMochaFolder({
  dir: __dirname,
  suffix: '.ui.test.js',
  timeout: 120000,
  rootHooks,
  resultsFile: process.env.NIANBAO_E2E_UI_RESULTS || path.join(ROOT, 'test-results', 'ui-results.json'),
}).then(
  (r) => process.exit(r.failed > 0 || r.passed === 0 ? 1 : 0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

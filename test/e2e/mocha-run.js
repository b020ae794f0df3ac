// Runs every test file of one folder with mocha and records the outcome as JSON, so that the
// extension-host suite and the UI tests report the same way and .ci/run can add up their counts.
// Used from inside the VS Code extension host (suite/index.js) and from plain node (ui/run.js).
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

/**
 * @param {object} o
 * @param {string} o.dir folder whose files ending in o.suffix are the tests (sorted by name)
 * @param {string} o.suffix e.g. '.test.js'
 * @param {string} [o.resultsFile] where to write {passed, failed, pending, failures:[{title, error}]}
 * @param {number} [o.timeout] per-test timeout in ms
 * @param {object} [o.rootHooks] mocha root hooks (beforeAll/afterAll/afterEach...)
 * @returns {Promise<{passed:number, failed:number}>}
 */
function runMochaFolder(o) {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: o.timeout || 60000, rootHooks: o.rootHooks });
  const files = fs
    .readdirSync(o.dir)
    .filter((f) => f.endsWith(o.suffix))
    .sort();
  for (const f of files) mocha.addFile(path.join(o.dir, f));
  const result = { passed: 0, failed: 0, pending: 0, files, failures: [] };
  const write = () => {
    if (!o.resultsFile) return;
    fs.mkdirSync(path.dirname(o.resultsFile), { recursive: true });
    fs.writeFileSync(o.resultsFile, JSON.stringify(result, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        write();
        resolve(result);
      });
      runner.on('pass', () => result.passed++);
      runner.on('pending', () => result.pending++);
      // 'fail' also fires for failing hooks, which then count as one failure each: a broken
      // before-all hook must not look like "0 failed".
      runner.on('fail', (t, err) => {
        result.failed++;
        result.failures.push({ title: t.fullTitle(), error: String((err && err.stack) || err) });
      });
    } catch (e) {
      // A test file that throws while loading never reaches the runner; record it as a failure.
      result.failed++;
      result.failures.push({ title: 'loading the test files', error: String((e && e.stack) || e) });
      write();
      reject(e);
    }
  });
}

module.exports = { runMochaFolder };

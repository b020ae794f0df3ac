// Entry point of the extension-host suite (the file extensionTestsPath points to): VS Code loads it
// inside the extension host, calls run() and treats a rejected promise as a failed run. Every file in
// this folder ending in .test.js is part of the suite, so a new feature's tests are one new file.
'use strict';
const { runMochaFolder } = require('../mocha-run');

exports.run = async function run() {
  const result = await runMochaFolder({
    dir: __dirname,
    suffix: '.test.js',
    timeout: 60000,
    // The runners set this; the path is absolute because the extension host's cwd is not the project.
    resultsFile: process.env.NIANBAO_E2E_SUITE_RESULTS || undefined,
  });
  if (result.failed > 0) throw new Error(`${result.failed} extension-host test(s) failed`);
  if (result.passed === 0) throw new Error('the extension-host suite ran no test');
};

// Runs the extension-host suite (suite/index.js) in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (on Linux without a display, run it under xvfb-run).
// Like the code-server runner, it installs the packaged .vsix into a fresh profile and points
// extensionDevelopmentPath at the installed folder, so the suite tests what ships.
//
// Env: VSCODE_VERSION (default "stable"), E2E_CACHE (download cache, default .e2e-cache), E2E_VSIX.
// Run through `npm run test:electron`, which packages first.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { downloadAndUnzipVSCode, runVSCodeCommand, runTests } = require('@vscode/test-electron');
const { ROOT, prepareRun, installedExtensionDir } = require('./prepare');

async function main() {
  const cachePath = path.join(path.resolve(process.env.E2E_CACHE || path.join(ROOT, '.e2e-cache')), 'vscode-test');
  fs.mkdirSync(cachePath, { recursive: true });
  const version = process.env.VSCODE_VERSION || 'stable';
  const vsix = path.resolve(process.env.E2E_VSIX || path.join(ROOT, 'nianbao.vsix'));
  if (!fs.existsSync(vsix)) throw new Error(`no ${vsix}: run npm run package`);

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-electron-'));
  try {
    prepareRun(runDir);
    const profile = ['--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'exts')];
    const vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath });
    await runVSCodeCommand(['--install-extension', vsix, ...profile], { version, cachePath });
    const resultsFile = path.join(ROOT, 'test-results', 'electron-results.json');
    fs.rmSync(resultsFile, { force: true });
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: installedExtensionDir(path.join(runDir, 'exts')),
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: { NIANBAO_E2E_SUITE_RESULTS: resultsFile },
      launchArgs: [path.join(runDir, 'ws-suite'), ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return code;
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`test:electron failed: ${(e && e.message) || e}`);
    process.exit(1);
  },
);

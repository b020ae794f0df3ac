// Runs the extension-host suite (suite/index.js) inside code-server's Node extension host through
// VS Code's smoke-test driver: the workbench URL carries a `payload` naming the extension and the
// tests; the workbench reports log lines through window.codeAutomationLog and the end through
// window.codeAutomationExit(code). code-server must run with --vscode-option enable-smoke-test-driver.
//
// Env: E2E_CS_URL (code-server base URL), E2E_RUN_DIR (made by prepare.js, .vsix installed in exts/),
//      E2E_SUITE_TIMEOUT_MS (default 600000). Exit status is the suite's.
'use strict';
const path = require('path');
const util = require('util');
const { launchBrowser, workbenchUrl, remoteUri } = require('./browser');
const { installedExtensionDir } = require('./prepare');

const BASE = process.env.E2E_CS_URL;
const RUN_DIR = process.env.E2E_RUN_DIR;
const TIMEOUT = Number(process.env.E2E_SUITE_TIMEOUT_MS || 600000);

async function main() {
  if (!BASE || !RUN_DIR) throw new Error('E2E_CS_URL and E2E_RUN_DIR must be set');
  // The development path is the folder the .vsix was installed into, so the suite runs the package.
  const extDir = installedExtensionDir(path.join(RUN_DIR, 'exts'));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(BASE, extDir)],
    ['extensionTestsPath', remoteUri(BASE, path.join(__dirname, 'suite', 'index.js'))],
  ];
  const { context, close } = await launchBrowser();
  let timer;
  try {
    const page = context.pages()[0] || (await context.newPage());
    let exited;
    const exit = new Promise((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      // Offline, the workbench's extension-gallery lookups fail; that noise says nothing about the tests.
      if (/open-vsx\.org|ENOTFOUND/.test(line)) return;
      console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exited(code));
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));
    await page.goto(workbenchUrl(BASE, path.join(RUN_DIR, 'ws-suite'), payload));
    const code = await Promise.race([
      exit,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the suite did not finish within ${TIMEOUT} ms`)), TIMEOUT);
      }),
    ]);
    console.log(`extension-host suite finished with exit code ${code}`);
    return code;
  } finally {
    clearTimeout(timer);
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

// Starts headless Chromium (Debian's, not a Playwright download) with a throw-away profile, for the
// suite runner and the UI tests. Chromium's own XDG dirs go into that profile too, because it writes
// crash reports and caches under $HOME even when given --user-data-dir.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    locale: 'en-US',
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** The workbench URL for a folder on the code-server host, with an optional smoke-test payload. */
function workbenchUrl(base, folder, payload) {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A path on the code-server host as the workbench's remote file system addresses it. */
function remoteUri(base, p) {
  // The authority must be exactly the host:port the browser uses, or the workbench cannot resolve it.
  return `vscode-remote://${new URL(base).host}${p}`;
}

module.exports = { launchBrowser, workbenchUrl, remoteUri };

// One headless Chromium page on the code-server workbench, shared by all UI test files (loading the
// workbench takes seconds), plus the helpers those files use: screenshots, Quick Open, reading the
// Problems panel, and the CLI's findings for a file as the reference.
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { launchBrowser, workbenchUrl } = require('../browser');
const { ROOT, installedExtensionDir } = require('../prepare');

const BASE = process.env.E2E_CS_URL;
const RUN_DIR = process.env.E2E_RUN_DIR;
const SHOTS = path.resolve(process.env.E2E_SHOTS_DIR || path.join(ROOT, 'test-results', 'ui'));
const WS = RUN_DIR && path.join(RUN_DIR, 'ws-ui');

const session = { page: null, close: null, ws: WS, shots: SHOTS, shotCount: 0 };

/** Saves a numbered screenshot; animations are fast-forwarded so fades show their final state. */
async function shot(name) {
  session.shotCount++;
  const file = path.join(SHOTS, `${String(session.shotCount).padStart(2, '0')}-${name}.png`);
  await session.page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** Opens a workspace file by name with Quick Open and waits for its editor tab to be active. */
async function quickOpen(fileName) {
  const page = session.page;
  await page.locator('.monaco-workbench .part.editor').click();
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
  await page.locator('.monaco-editor .view-lines .view-line').first().waitFor();
}

/**
 * The language name VS Code shows for nianbao documents: its first alias in package.json, resolved
 * through package.nls.json when it is a %placeholder% (the workbench runs in English).
 */
function languageLabel() {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));
  const manifest = read('package.json');
  const lang = ((manifest.contributes && manifest.contributes.languages) || []).find((l) => l.id === 'nianbao');
  const alias = (lang && lang.aliases && lang.aliases[0]) || 'nianbao';
  const key = /^%(.+)%$/.exec(alias);
  if (!key) return alias;
  const nls = read('package.nls.json')[key[1]];
  return typeof nls === 'string' ? nls : nls.message;
}

/** `nianbao check --format json` on a workspace file, with the CLI inside the installed package. */
function cliFindings(file) {
  const cli = path.join(installedExtensionDir(path.join(RUN_DIR, 'exts')), 'server', 'out', 'cli.js');
  const res = cp.spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(res.status === 0 || res.status === 1, `CLI exited with ${res.status}: ${res.stderr}`);
  return JSON.parse(res.stdout).files[0].findings;
}

const normalise = (s) => s.replace(/\s+/g, ' ').trim();

const rootHooks = {
  async beforeAll() {
    assert.ok(BASE && RUN_DIR, 'E2E_CS_URL and E2E_RUN_DIR must be set');
    fs.mkdirSync(SHOTS, { recursive: true });
    const { context, close } = await launchBrowser();
    context.setDefaultTimeout(30000);
    session.close = close;
    session.page = context.pages()[0] || (await context.newPage());
    await session.page.goto(workbenchUrl(BASE, WS));
    await session.page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
    await session.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90000 });
  },
  async afterEach() {
    // A failing step leaves a picture of what the workbench looked like at that moment.
    if (this.currentTest && this.currentTest.state === 'failed' && session.page) {
      await shot(`failed-${this.currentTest.title.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 60)}`).catch(() => {});
    }
  },
  async afterAll() {
    if (session.close) await session.close();
  },
};

module.exports = { session, rootHooks, shot, quickOpen, languageLabel, cliFindings, normalise };

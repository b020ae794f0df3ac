// One headless Chromium page on the code-server workbench, shared by all UI test files (loading the
// workbench takes seconds), plus the helpers those files use: screenshots, Quick Open, the Command
// Palette, Go to Line, hovering and reading editor lines, the status bar item, the preview's frame, and
// the CLI's findings for a file as the reference.
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

/** Runs a command from the Command Palette (F1) by its label as the palette shows it. */
async function runCommand(label) {
  const page = session.page;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  // F1 starts the input with '>'; the label follows it.
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * The column VS Code's status bar shows for a character offset in a line: tabs run to the next tab stop
 * (the editor's tab size is 4, the default), every other UTF-16 unit counts one.
 */
function visualColumn(lineString, character, tabSize = 4) {
  let col = 0;
  for (let i = 0; i < character; i++) col = lineString[i] === '\t' ? (Math.floor(col / tabSize) + 1) * tabSize : col + 1;
  return col + 1;
}

/**
 * Puts the active editor's cursor at a 0-based line and character offset: Go to Line (Ctrl+G) for the
 * line, then the arrow key, since Go to Line reads its column part in screen columns. `lineString` is
 * the line's text, to know which column the status bar must then show.
 */
async function goTo(line, character, lineString) {
  const page = session.page;
  const status = page.locator('[id="status.editor.selection"]');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line + 1}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await status.filter({ hasText: `Ln ${line + 1}, Col 1` }).waitFor();
  for (let i = 0; i < character; i++) await page.keyboard.press('ArrowRight');
  await status.filter({ hasText: `Ln ${line + 1}, Col ${visualColumn(lineString, character)}` }).waitFor();
}

/** The active editor group's editor, where Go to Line put the cursor. */
const activeEditor = () => session.page.locator('.editor-group-container.active .monaco-editor').first();

/**
 * Moves the mouse onto the character right of the cursor (coming from below, in steps, as a hand
 * would) and waits for a hover part whose text matches `hasText`. The hover lists the problems at the
 * cell first, so the matching part is scrolled into view for the screenshot. Returns that part's text,
 * whitespace normalised.
 */
async function hoverAtCursor(hasText) {
  const page = session.page;
  const part = page.locator('.monaco-hover:visible .hover-row', { hasText }).last();
  // A CodeLens or inlay hint that arrives while the mouse travels moves the text under it, so the cursor is
  // measured again and the mouse brought back for each try.
  for (let attempt = 1; ; attempt++) {
    const box = await activeEditor().locator('.cursors-layer .cursor').first().boundingBox();
    assert.ok(box, 'the editor shows no cursor');
    const x = box.x + 4;
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 20, y + 60);
    await page.mouse.move(x, y, { steps: 6 });
    try {
      await part.waitFor({ timeout: attempt < 3 ? 7000 : 20000 });
      break;
    } catch {
      if (attempt < 3) continue;
      const shown = await page.locator('.monaco-hover:visible').allInnerTexts();
      throw new Error(`no hover matching ${hasText}; visible hovers: ${JSON.stringify(shown.map(normalise))}`);
    }
  }
  await part.scrollIntoViewIfNeeded();
  return normalise(await part.innerText());
}

/**
 * The text of a 1-based line as the active editor renders it (the line must be on screen), whitespace
 * normalised. Monaco renders lines out of order; a line's number sits at the same height in the margin.
 */
async function lineText(line) {
  return normalise(
    await activeEditor().evaluate((editor, n) => {
      const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
      if (!number) return '';
      const top = number.closest('[style*="top"]').style.top;
      const view = [...editor.querySelectorAll('.view-lines .view-line')].find((e) => e.style.top === top);
      return view ? view.textContent : '';
    }, line),
  );
}

/** The extension's status bar item (its id is the extension's id and the item's own id). */
const statusItem = () => session.page.locator('[id="nianbao.nianbao.nianbao.report"]');

/** The tables preview's page: the webview's outer frame holds the extension's page in #active-frame. */
const previewFrame = () => session.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

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

module.exports = {
  session,
  rootHooks,
  shot,
  quickOpen,
  runCommand,
  goTo,
  hoverAtCursor,
  lineText,
  statusItem,
  previewFrame,
  languageLabel,
  cliFindings,
  normalise,
};

// Ctrl+. on the wrong （七）总计 offers `改为 5` (`Change to 5` in English); choosing it rewrites the line,
// the status bar says every 勾稽关系 holds, the problems are gone and the preview no longer marks the cell.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { UI_DRAFT } = require('../prepare');
const { t3Cell } = require('../drafts');
const { session, shot, goTo, lineText, statusItem, previewFrame, normalise } = require('./session');

describe('quick fix', () => {
  it('Ctrl+. on the wrong total and 改为 5 fixes the line', async () => {
    const page = session.page;
    const text = fs.readFileSync(path.join(session.ws, UI_DRAFT), 'utf8');
    const c = t3Cell(text, '（七）总计', 6);
    await page.locator('.editor-group-container .monaco-editor').first().click();
    await goTo(c.line, c.character, text.split('\n')[c.line]);
    // The inlay hint `= 5` after the wrong 6 is part of the rendered line once it arrived (its gap is a margin).
    assert.match(await lineText(c.line + 1), /^（七）总计 3 0 0 0 2 0 6( ?= 5)?$/);

    await page.keyboard.press('Control+Period');
    const rows = page.locator('.action-widget .monaco-list-row');
    const fix = rows.filter({ hasText: /^\s*(改为 5|Change to 5)\s*$/ }).first();
    await fix.waitFor().catch(async () => {
      throw new Error(`quick fix menu: ${JSON.stringify((await rows.allInnerTexts()).map(normalise))}`);
    });
    await shot('quick-fix-menu');
    await fix.click();

    await rows.first().waitFor({ state: 'hidden' });
    await page.waitForFunction(
      ([n, expected]) => {
        // Re-read the line the same way lineText does, inside the page, until it changed.
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        const number =
          editor && [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
        if (!number) return false;
        const top = number.closest('[style*="top"]').style.top;
        const view = [...editor.querySelectorAll('.view-lines .view-line')].find((e) => e.style.top === top);
        return view && view.textContent.replace(/\s+/g, ' ').trim() === expected;
      },
      [c.line + 1, '（七）总计 3 0 0 0 2 0 5'],
    );
    // Every relation holds now: the item says so, and the Problems panel has nothing for the file.
    await statusItem()
      .filter({ hasText: /^\s*2023 · 2021 版 · 表格 3\/3 · 勾稽 ✓\s*$/ })
      .waitFor({ timeout: 30000 });
    // (The file's rows include the related-information rows that name it, so wait for all to go.)
    await page.waitForFunction(
      (name) => ![...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent.includes(name)),
      UI_DRAFT,
      { timeout: 30000 },
    );
    // The preview follows the edit: the cell is no longer marked.
    const cell = previewFrame().locator('td[data-cell="t3.r7.tot"]:not(.finding)');
    await cell.waitFor({ timeout: 30000 });
    await cell.scrollIntoViewIfNeeded();
    await shot('quick-fix-applied');
  });
});

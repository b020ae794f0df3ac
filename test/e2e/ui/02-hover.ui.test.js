// The invented draft with one wrong total (（七）总计 says 6, its parts add up to 5), hovered with the
// mouse: a correct total shows its sum with ✓, the wrong one shows ✗ and the value it should have.
// The workbench runs in English, so the words around the formula may be English; the formula is not.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { UI_DRAFT } = require('../prepare');
const { t3Cell } = require('../drafts');
const { session, shot, quickOpen, goTo, hoverAtCursor, statusItem, languageLabel } = require('./session');

describe('hover on totals in the editor', () => {
  let text;
  before(() => {
    text = fs.readFileSync(path.join(session.ws, UI_DRAFT), 'utf8');
  });

  it('opens the draft as a report and waits for its findings', async () => {
    await quickOpen(UI_DRAFT);
    await session.page.locator('[id="status.editor.mode"]', { hasText: languageLabel() }).waitFor();
    // The wrong cell breaks three relations; the status bar item says so once the analysis arrived.
    await statusItem().filter({ hasText: '勾稽 ✗ 3' }).waitFor({ timeout: 60000 });
    await shot('draft-opened');
  });

  it('a correct total: the results added up, with ✓', async () => {
    const c = t3Cell(text, '（七）总计', 0);
    await goTo(c.line, c.character, text.split('\n')[c.line]);
    const shown = await hoverAtCursor(/（七）总计 = 2 \+ 1 = 3 ✓/);
    assert.ok(!shown.includes('✗'), `nothing is wrong in the 自然人 column: ${shown}`);
    await shot('hover-correct-total');
  });

  it('the wrong total: ✗ and the value it should have', async () => {
    const c = t3Cell(text, '（七）总计', 6);
    await goTo(c.line, c.character, text.split('\n')[c.line]);
    const shown = await hoverAtCursor(/（七）总计 = 3 \+ 2 = 5 ✗/);
    assert.match(shown, /（七）总计 = 3 \+ 2 = 5 ✗ (应为 5（现为 6）|should be 5 \(is 6\))/);
    assert.match(shown, /= 3 \+ 0 \+ 0 \+ 0 \+ 2 \+ 0 = 5 ✗/);
    assert.match(shown, /sum\/results-total/);
    await shot('hover-wrong-total');
    await session.page.mouse.move(5, 5);
    await session.page.keyboard.press('Escape');
  });
});

// The extension's status bar item on the draft with the wrong total: it counts 3 errors and 0 warnings,
// and a click on it opens the Problems panel listing them.
'use strict';
const assert = require('assert');
const { UI_DRAFT } = require('../prepare');
const { session, shot, statusItem, normalise } = require('./session');

describe('status bar item', () => {
  it('shows the error and warning counts of the active report', async () => {
    const item = statusItem();
    await item.waitFor();
    // The text is `Report $(error) 3 $(warning) 0`; the icons are not text, the counts are.
    assert.strictEqual(normalise(await item.innerText()), 'Report 3 0');
    assert.strictEqual(await item.locator('.codicon-error + .codicon-warning, .codicon-error ~ .codicon-warning').count(), 1, 'error and warning icons');
    assert.strictEqual(await item.getAttribute('aria-label'), 'Annual report: 3 errors, 0 warnings');
    await shot('status-bar');
  });

  it('a click opens the Problems panel', async () => {
    const page = session.page;
    const markers = page.locator('.markers-panel');
    // Hide the panel first (the first test left Problems open), so that the click has something to do.
    if (await markers.isVisible()) {
      await page.keyboard.press('Control+J');
      await markers.waitFor({ state: 'hidden' });
    }
    await statusItem().click();
    await markers.waitFor({ state: 'visible' });
    const fileRow = page.locator('.markers-panel .monaco-list-row', { hasText: UI_DRAFT });
    await fileRow.locator('.monaco-count-badge', { hasText: /^3$/ }).waitFor();
    await shot('status-bar-opens-problems');
  });
});

// The extension's status bar item on the draft with the wrong total: it says what VS Code's own counts
// do not (report year, table format, tables read, whether every 勾稽关系 holds), its tooltip lists each
// table and the findings by severity, and (see 04) a click opens the tables preview.
'use strict';
const assert = require('assert');
const { session, shot, statusItem, normalise } = require('./session');

describe('status bar item', () => {
  it('shows year, format, tables read and the broken relations of the active report', async () => {
    const item = statusItem();
    await item.waitFor();
    // The text is `$(table) 2023 · 2021 版 · 表格 3/3 · 勾稽 ✗ 3`; the icon is not text.
    assert.strictEqual(normalise(await item.innerText()), '2023 · 2021 版 · 表格 3/3 · 勾稽 ✗ 3');
    assert.strictEqual(await item.locator('.codicon-table').count(), 1, 'the table icon');
    assert.strictEqual(await item.getAttribute('aria-label'), '2023 · 2021 版 · 表格 3/3 · 勾稽 ✗ 3');
    await shot('status-bar');
  });

  it('its tooltip lists the three tables and the findings by severity', async () => {
    const page = session.page;
    await statusItem().hover();
    const tooltip = page.locator('.monaco-hover:visible, .workbench-hover:visible', { hasText: '表三：已读取' }).first();
    await tooltip.waitFor({ timeout: 20000 });
    const text = normalise(await tooltip.innerText());
    assert.match(text, /表二：已读取，勾稽关系 \d+\/\d+ ✓/);
    assert.match(text, /表三：已读取，勾稽关系 \d+\/\d+，3 处不符/);
    assert.match(text, /表四：已读取，勾稽关系 3\/3 ✓/);
    assert.match(text, /错误 3，警告 0，提示 0/);
    assert.match(text, /单击预览表格/);
    await shot('status-bar-tooltip');
    await page.mouse.move(700, 300);
    await page.keyboard.press('Escape');
  });
});

// 预览表格 from the Command Palette: a panel titled `表格预览：<file>` shows tables 二/三/四 in the official
// layout (table 三's 三、本年度办理结果 spans its 22 rows) and marks the wrong （七）总计 cell red. Closed
// again, a click on the status bar item opens it once more (and leaves it open for the quick-fix test).
'use strict';
const { UI_DRAFT } = require('../prepare');
const { session, shot, runCommand, previewFrame, statusItem } = require('./session');

describe('tables preview', () => {
  it('opens from the Command Palette with the wrong cell marked', async () => {
    const page = session.page;
    await page.locator('.editor-group-container.active .monaco-editor').first().click();
    // The palette shows the English title in an English workbench, the Chinese one in a Chinese one.
    await runCommand('Preview Tables');
    // The panel's title is the extension's (Chinese in this workspace).
    await page.locator('.tab', { hasText: `表格预览：${UI_DRAFT}` }).waitFor();
    const frame = previewFrame();
    await frame.locator('th.group[rowspan="22"]').first().waitFor();
    const wrong = frame.locator('td[data-cell="t3.r7.tot"].finding.sev-error');
    await wrong.waitFor();
    await wrong.scrollIntoViewIfNeeded();
    // Only the wrong cell is red: the 自然人 column adds up.
    await frame.locator('td[data-cell="t3.r7.np"]:not(.finding)').waitFor();
    await shot('preview-tables');
  });

  it('opens again from a click on the status bar item', async () => {
    const page = session.page;
    const tab = page.locator('.tab', { hasText: `表格预览：${UI_DRAFT}` });
    // A middle click closes a tab, as in every editor with tabs.
    await tab.click({ button: 'middle' });
    await tab.waitFor({ state: 'detached' });
    await statusItem().click();
    await tab.waitFor();
    await previewFrame().locator('td[data-cell="t3.r7.tot"].finding.sev-error').waitFor();
    await shot('preview-from-status-bar');
  });
});

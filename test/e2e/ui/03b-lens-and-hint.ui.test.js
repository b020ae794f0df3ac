// On the draft with the wrong total: the CodeLens above table 三 counts its relations (3 broken) next to
// 预览, and the inlay hint `= 5` stands after the wrong 6. The screenshot of this view (status bar, lens
// and hint on one screen) is the README's picture: E2E_UPDATE_DOCS=1 copies it to docs/images/editor.png.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { ROOT, UI_DRAFT } = require('../prepare');
const { t3Cell, lineStartingWith } = require('../drafts');
const { session, shot, goTo, lineText, statusItem, normalise } = require('./session');

describe('CodeLens and inlay hint', () => {
  let text;
  before(() => {
    text = fs.readFileSync(path.join(session.ws, UI_DRAFT), 'utf8');
  });

  it('a lens above table 三 counts its relations, and `= 5` follows the wrong total', async () => {
    const page = session.page;
    // The bottom panel (Problems, from the first test) would hide half of the table.
    if (await page.locator('.part.panel:visible').count()) await page.keyboard.press('Control+J');
    await page.locator('.part.panel').waitFor({ state: 'hidden' });
    await page.locator('.editor-group-container .monaco-editor').first().click();

    // Put the heading of part 三 near the top, so the lens and the （七）总计 row are both on screen.
    const heading = lineStartingWith(text, '三、收到和处理');
    await goTo(heading, 0, text.split('\n')[heading]);
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    const cursor = await editor.locator('.cursors-layer .cursor').first().boundingBox();
    // Ctrl+Down scrolls one line without moving the cursor; stop with the heading two lines from the top.
    const lineHeight = cursor.height;
    const editorTop = (await editor.boundingBox()).y;
    const presses = Math.max(0, Math.round((cursor.y - editorTop) / lineHeight) - 2);
    for (let i = 0; i < presses; i++) await page.keyboard.press('Control+ArrowDown');

    const lens = editor.locator('.codelens-decoration', { hasText: '处不符' });
    await lens.waitFor({ timeout: 30000 });
    const lensText = normalise(await lens.innerText());
    assert.match(lensText, /^勾稽关系 (\d+)\/(\d+)，3 处不符 \| 预览$/);
    const [, holds, total] = /(\d+)\/(\d+)/.exec(lensText).map(Number);
    assert.strictEqual(total - holds, 3, lensText);
    // Only 预览 is a link; the count is plain text.
    assert.strictEqual(await lens.locator('a').count(), 1);
    assert.strictEqual(normalise(await lens.locator('a').innerText()), '预览');

    const c = t3Cell(text, '（七）总计', 6);
    await page.waitForFunction(
      ([n]) => {
        const ed = document.querySelector('.editor-group-container.active .monaco-editor');
        const number =
          ed && [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
        if (!number) return false;
        const lineTop = number.closest('[style*="top"]').style.top;
        const view = [...ed.querySelectorAll('.view-lines .view-line')].find((e) => e.style.top === lineTop);
        // Monaco renders spaces as no-break spaces, which \s matches.
        return view && /=\s5\s*$/.test(view.textContent);
      },
      [c.line + 1],
      { timeout: 30000 },
    );
    // The hint's gap is a margin, not a space.
    assert.match(await lineText(c.line + 1), /^（七）总计 3 0 0 0 2 0 6 ?= 5$/);
    await statusItem().filter({ hasText: '勾稽 ✗ 3' }).waitFor();
    await page.mouse.move(5, 5);
    const file = await shot('lens-hint-status');
    if (process.env.E2E_UPDATE_DOCS === '1') {
      fs.mkdirSync(path.join(ROOT, 'docs', 'images'), { recursive: true });
      fs.copyFileSync(file, path.join(ROOT, 'docs', 'images', 'editor.png'));
    }
  });
});

// The Get Started walkthrough, opened with its command: its title and the five steps (open or create a
// report, see problems, hover a total, fix, preview) in the workbench's language (English here).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { ROOT } = require('../prepare');
const { session, shot, runCommand, normalise } = require('./session');

const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));

describe('walkthrough', () => {
  it('opens from “Nianbao: Get Started” with its five steps', async () => {
    const page = session.page;
    // The tables preview (left open by the quick-fix test) would squeeze the walkthrough into half the width.
    const preview = page.locator('.tab', { hasText: '表格预览：' });
    if (await preview.count()) {
      await preview.first().click({ button: 'middle' });
      await preview.first().waitFor({ state: 'detached' });
    }
    await page.locator('.editor-group-container .monaco-editor').first().click();
    await runCommand(`${nls['nianbao.command.category']}: ${nls['nianbao.command.gettingStarted']}`);
    const container = page.locator('.gettingStartedContainer');
    await container.locator(':visible', { hasText: nls['nianbao.walkthrough.title'] }).first().waitFor({ timeout: 30000 });
    for (const step of ['open', 'problems', 'hover', 'fix', 'preview']) {
      await container
        .locator('.getting-started-step', { hasText: nls[`nianbao.walkthrough.${step}.title`] })
        .first()
        .waitFor();
    }
    assert.strictEqual(await container.locator('.getting-started-step').count(), 5, normalise(await container.innerText()));
    // The first step is expanded, with its markdown page on the right.
    await shot('walkthrough');
  });
});

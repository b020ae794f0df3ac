// A seed report opened in the workbench: VS Code shows it as a nianbao report, the Problems panel
// lists exactly the CLI's findings (count, ids and positions) and the editor draws squiggles.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { session, shot, quickOpen, languageLabel, cliFindings, normalise } = require('./session');

describe('diagnostics in the workbench', () => {
  let fileName;
  let findings;

  before(() => {
    // The first seed the CLI has something to say about; a seed without findings shows nothing.
    const names = fs
      .readdirSync(session.ws)
      .filter((f) => f.endsWith('.nianbao.txt'))
      .sort();
    assert.ok(names.length > 0, `no seeds in ${session.ws}`);
    for (const n of names) {
      findings = cliFindings(path.join(session.ws, n));
      if (findings.length > 0) {
        fileName = n;
        break;
      }
    }
    assert.ok(fileName, 'the CLI reports nothing for any seed, so there is nothing to see');
  });

  it('opens a seed as a nianbao report', async () => {
    await quickOpen(fileName);
    const mode = session.page.locator('[id="status.editor.mode"]');
    const label = languageLabel();
    await mode
      .filter({ hasText: label })
      .waitFor({ timeout: 30000 })
      .catch(async () => {
        throw new Error(`language status shows "${normalise(await mode.innerText())}", not "${label}": extension not active`);
      });
    await shot('seed-opened');
  });

  it('lists the CLI findings in the Problems panel', async () => {
    const page = session.page;
    await page.keyboard.press('Control+Shift+M');
    const fileRow = page.locator('.markers-panel .monaco-list-row', { hasText: fileName });
    // The file row's badge counts this file's problems; wait until it reaches the CLI's number.
    await fileRow
      .locator('.monaco-count-badge', { hasText: new RegExp(`^${findings.length}$`) })
      .waitFor({ timeout: 60000 })
      .catch(async () => {
        throw new Error(
          `Problems panel: ${JSON.stringify(await page.locator('.markers-panel .monaco-list-row').allInnerTexts())}, ` +
            `expected ${findings.length} problems`,
        );
      });
    // The list is virtualised, so check every marker row that is rendered against the CLI's findings.
    // Markers are the tree's second level (files first, a finding's related places third).
    const rows = (await page.locator('.markers-panel .monaco-list-row[aria-level="2"]').allInnerTexts()).map(normalise);
    assert.ok(rows.length > 0, 'no problem rows rendered');
    const expectedRows = findings.map((f) => ({ id: f.id, pos: `[Ln ${f.range.start.line + 1}, Col ${f.range.start.character + 1}]` }));
    for (const row of rows) {
      assert.ok(
        expectedRows.some((e) => row.includes(e.id) && row.includes(e.pos)),
        `Problems row "${row}" matches no CLI finding: ${JSON.stringify(expectedRows)}`,
      );
    }
    await shot('problems-panel');
  });

  it('draws squiggles where the first problem is', async () => {
    const page = session.page;
    // Clicking a problem reveals its line in the editor; only visible lines carry squiggles.
    await page
      .locator('.markers-panel .monaco-list-row')
      .filter({ hasText: /\[Ln \d+, Col \d+\]/ })
      .first()
      .click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, ' +
            '.monaco-editor .squiggly-info, .monaco-editor .squiggly-hint',
        ).length > 0,
      null,
      { timeout: 30000 },
    );
    await shot('squiggles');
  });
});

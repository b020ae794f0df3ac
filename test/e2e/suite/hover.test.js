// Hovers on table 三's totals through VS Code's hover API: a correct total shows its sum written out
// with ✓, a deliberately wrong （七）总计 shows the sum with ✗ and what it should be.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { reportText, t3Cell, R7_TOTAL } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics, hoverText } = require('./helpers');

describe('hover on totals', () => {
  // （七）总计 of the 总计 column says 6; the results (3 + 2) and the applicant columns (3 + 2) give 5.
  const text = reportText({ r7Total: R7_TOTAL + 1 });
  let uri;

  before(async () => {
    await activeExtension();
    const file = writeDraft('hover-wrong-total.nianbao.txt', text);
    uri = vscode.Uri.file(file);
    // The three sum checks fire on the wrong cell; once they are shown, the server has analysed the text.
    const published = nextDiagnostics(uri, (ids) => ids.includes('sum/results-total'));
    await openAsReport(file);
    await published;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const at = (label, col) => {
    const c = t3Cell(text, label, col);
    return new vscode.Position(c.line, c.character);
  };

  it('a correct （七）总计 shows the results added up, with ✓', async () => {
    const shown = await hoverText(uri, at('（七）总计', 0));
    assert.ok(shown.includes('行：（七）总计；列：自然人；值：3'), shown);
    assert.ok(shown.includes('办理结果合计：（七）总计 = 2 + 1 = 3 ✓（其余 19 项为 0）'), shown);
    assert.ok(!shown.includes('✗'), `nothing is wrong in the 自然人 column:\n${shown}`);
  });

  it('a correct row total shows the applicant columns added up, with ✓', async () => {
    const shown = await hoverText(uri, at('一、本年新收', 6));
    assert.ok(shown.includes('行合计：总计 = 3 + 0 + 0 + 0 + 2 + 0 = 5 ✓'), shown);
  });

  it('the wrong （七）总计 shows ✗ and the value it should have', async () => {
    const shown = await hoverText(uri, at('（七）总计', 6));
    assert.ok(shown.includes('行：（七）总计；列：总计；值：6'), shown);
    assert.ok(shown.includes('办理结果合计：（七）总计 = 3 + 2 = 5 ✗ 应为 5（现为 6）'), shown);
    assert.ok(shown.includes('行合计：总计 = 3 + 0 + 0 + 0 + 2 + 0 = 5 ✗ 应为 5（现为 6）'), shown);
    // The findings on the cell follow, each with a link to its documentation page.
    assert.ok(/\[sum\/results-total\]\([^)]*sum\/results-total\.md\)/.test(shown), shown);
  });
});

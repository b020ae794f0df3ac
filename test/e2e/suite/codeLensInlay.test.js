// CodeLenses and inlay hints through VS Code's own provider commands, on the invented draft whose
// （七）总计 in the 总计 column says 6 where the rows add up to 5: a lens above each table counts its
// 勾稽关系 (table 三: 3 broken) next to 预览, and a hint `= 5` stands right after the wrong 6.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { reportText, t3Cell, lineStartingWith, R7_TOTAL } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics, waitForEvent } = require('./helpers');

describe('CodeLenses and inlay hints', () => {
  const text = reportText({ r7Total: R7_TOTAL + 1 });
  const lines = text.split('\n');
  let uri;

  before(async () => {
    await activeExtension();
    const file = writeDraft('lens-wrong-total.nianbao.txt', text);
    uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri, (ids) => ids.includes('sum/results-total'));
    await openAsReport(file);
    await published;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a lens above each table counts its relations, and 预览 opens the preview of this document', async () => {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
    const shown = lenses.map((l) => `${l.range.start.line}: ${l.command.title}`);
    assert.strictEqual(lenses.length, 6, JSON.stringify(shown));
    // Table 三 starts at its column header line.
    const t3Line = lineStartingWith(text, '\t自然人');
    const onT3 = lenses.filter((l) => l.range.start.line === t3Line);
    assert.deepStrictEqual(
      onT3.map((l) => l.command.title.replace(/\d+\/\d+/, 'N/M')),
      ['勾稽关系 N/M，3 处不符', '预览'],
      JSON.stringify(shown),
    );
    const [holds, total] = /(\d+)\/(\d+)/.exec(onT3[0].command.title).slice(1).map(Number);
    assert.strictEqual(total - holds, 3, onT3[0].command.title);
    assert.strictEqual(onT3[1].command.command, 'nianbao.previewTables');
    // Table 四's one review relation and its two lawsuit relations all hold.
    const t4Line = lineStartingWith(text, '行政复议');
    assert.deepStrictEqual(
      lenses.filter((l) => l.range.start.line === t4Line).map((l) => l.command.title),
      ['勾稽关系 3/3 ✓', '预览'],
    );
  });

  it('the lens 预览 opens the tables preview for the draft', async () => {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
    const preview = lenses.find((l) => l.command.command === 'nianbao.previewTables');
    await vscode.commands.executeCommand(preview.command.command, ...(preview.command.arguments || []));
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview);
    const tab = await waitForEvent([vscode.window.tabGroups.onDidChangeTabs], previewTab, {
      describe: () => `tabs: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label))}`,
    });
    assert.ok(tab.label.includes('lens-wrong-total.nianbao.txt'), tab.label);
  });

  it('an inlay hint “= 5” stands right after the wrong total, and nowhere else', async () => {
    const range = new vscode.Range(0, 0, lines.length, 0);
    const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', uri, range);
    const c = t3Cell(text, '（七）总计', 6);
    const label = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    assert.deepStrictEqual(
      hints.map((h) => [h.position.line, h.position.character, label(h)]),
      [[c.line, c.character + c.length, '= 5']],
    );
  });
});

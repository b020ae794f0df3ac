// `source.fixAll.nianbao` through VS Code's code-action API with a kind filter: one action that applies
// every safe fix (a heading's number) and none of the others (a total's `改为 N` is a guess; renaming a
// variant title is the drafter's choice). The result is the same text `nianbao check --fix` writes.
'use strict';
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { reportText, R7_TOTAL, STANDARD_SECTION6 } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics, diagnosticIds, discardActiveEditor, cliJson } = require('./helpers');

const FIX_ALL = 'source.fixAll.nianbao';

describe('source.fixAll.nianbao', () => {
  // An unnumbered 六 (a safe fix), a variant title for 五 (its renaming is offered, not safe) and a wrong
  // total (its fix is a guess).
  const broken = { r7Total: R7_TOTAL + 1, section5: '五、存在的主要问题和改进措施', section6: '其他需要报告的事项' };
  const text = reportText(broken);
  const expected = reportText({ ...broken, section6: STANDARD_SECTION6 });
  let extensionPath;
  let uri;
  let doc;

  before(async () => {
    extensionPath = (await activeExtension()).extensionPath;
    const file = writeDraft('fix-all.nianbao.txt', text);
    uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri, (ids) => ids.includes('section/unnumbered'));
    doc = await openAsReport(file);
    await published;
  });

  after(async () => {
    if (vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the draft has safe and unsafe findings', () => {
    assert.deepStrictEqual(diagnosticIds(uri), [
      'section/title-variant',
      'section/unnumbered',
      'sum/balance',
      'sum/results-total',
      'sum/row-total',
    ]);
  });

  it('returns one fix-all action that applies only the safe fixes', async () => {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, whole, FIX_ALL)) || [];
    assert.deepStrictEqual(
      actions.map((a) => a.kind && a.kind.value),
      [FIX_ALL],
      `actions: ${JSON.stringify(actions.map((a) => a.title))}`,
    );
    const [fixAll] = actions;
    assert.ok(fixAll.edit, 'the fix-all action carries no edit');

    // The guesses and the variant title stay: after the edit only those findings are left.
    const settled = nextDiagnostics(uri, (ids) => !ids.includes('section/unnumbered'));
    assert.strictEqual(await vscode.workspace.applyEdit(fixAll.edit), true, 'VS Code refused the edit');
    assert.strictEqual(doc.getText(), expected);
    await settled;
    assert.deepStrictEqual(diagnosticIds(uri), ['section/title-variant', 'sum/balance', 'sum/results-total', 'sum/row-total']);
  });

  it('writes the same text as nianbao check --fix', () => {
    const copy = writeDraft('fix-all-cli.nianbao.txt', text);
    cliJson(extensionPath, ['check', '--fix', '--format', 'json', copy]);
    assert.strictEqual(fs.readFileSync(copy, 'utf8'), expected);
  });
});

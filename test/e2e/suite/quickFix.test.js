// Quick fixes through VS Code's code-action API: on a wrong （七）总计 the server offers `改为 N`, applying
// its edit turns the document into exactly the correct draft, and the diagnostics then go away.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { reportText, t3Cell, R7_TOTAL } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics, diagnosticIds, discardActiveEditor } = require('./helpers');

describe('quick fix for a wrong total', () => {
  const wrong = reportText({ r7Total: R7_TOTAL + 1 });
  const fixed = reportText();
  let uri;
  let doc;

  before(async () => {
    await activeExtension();
    const file = writeDraft('quick-fix-total.nianbao.txt', wrong);
    uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri, (ids) => ids.length > 0);
    doc = await openAsReport(file);
    await published;
  });

  after(async () => {
    if (vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the wrong total is reported by the three sum checks', () => {
    assert.deepStrictEqual(diagnosticIds(uri), ['sum/balance', 'sum/results-total', 'sum/row-total']);
  });

  it(`offers 改为 ${R7_TOTAL}; applying it gives the correct draft and the diagnostics go away`, async () => {
    const c = t3Cell(wrong, '（七）总计', 6);
    const range = new vscode.Range(c.line, c.character, c.line, c.character + c.length);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range)) || [];
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === `改为 ${R7_TOTAL}`);
    assert.ok(fix, `no “改为 ${R7_TOTAL}” among ${JSON.stringify(titles)}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind && fix.kind.value}`);
    assert.ok(fix.edit, 'the quick fix carries no edit');

    // Listen first: the publication for the fixed text may come quickly.
    const cleared = nextDiagnostics(uri, (ids) => ids.length === 0);
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true, 'VS Code refused the edit');
    assert.strictEqual(doc.getText(), fixed);
    await cleared;
    assert.deepStrictEqual(diagnosticIds(uri), []);
  });
});

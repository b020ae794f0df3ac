// 「忽略此问题」 in VS Code: the quick fix on a nianbao diagnostic runs the server's command, which records
// the finding's fingerprint in .nianbao.json beside the report through a workspace edit; the finding then
// disappears and stays away after an edit elsewhere in the report.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { reportText, R7_TOTAL } = require('../drafts');
const { activeExtension, workspaceRoot, openAsReport, nextDiagnostics, diagnosticIds, discardActiveEditor } = require('./helpers');

describe('忽略此问题 (dismiss a finding)', () => {
  const wrong = reportText({ r7Total: R7_TOTAL + 1 });
  // A folder of its own: the dismissal must not reach the other tests' drafts (same agency, same cells).
  const dir = path.join(workspaceRoot(), 'e2e-drafts', 'dismiss');
  const file = path.join(dir, 'dismiss-total.nianbao.txt');
  const config = path.join(dir, '.nianbao.json');
  let uri;
  let doc;

  before(async () => {
    await activeExtension();
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(config, { force: true });
    fs.writeFileSync(file, wrong);
    uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri, (ids) => ids.length > 0);
    doc = await openAsReport(file);
    await published;
  });

  after(async () => {
    if (vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers 忽略此问题 on a finding; running it records the fingerprint and the finding goes away, also after an edit', async () => {
    assert.deepStrictEqual(diagnosticIds(uri), ['sum/balance', 'sum/results-total', 'sum/row-total']);
    const target = vscode.languages
      .getDiagnostics(uri)
      .find((d) => String(d.code && typeof d.code === 'object' ? d.code.value : d.code) === 'sum/row-total');
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, target.range)) || [];
    // The cell has three findings, so each dismissal names its check.
    const dismiss = actions.find((a) => a.title === '忽略此问题（sum/row-total）');
    assert.ok(dismiss, `no 忽略此问题 among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(dismiss.command && dismiss.command.command === 'nianbao.dismissFinding', `command is ${JSON.stringify(dismiss.command)}`);

    const gone = nextDiagnostics(uri, (ids) => !ids.includes('sum/row-total'));
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments || []));
    await gone;
    assert.deepStrictEqual(diagnosticIds(uri), ['sum/balance', 'sum/results-total']);
    // The file as VS Code holds it (saved or not): a JSON object whose "dismissed" names one fingerprint.
    const recorded = JSON.parse((await vscode.workspace.openTextDocument(vscode.Uri.file(config))).getText());
    assert.strictEqual(recorded.dismissed.length, 1);
    assert.match(recorded.dismissed[0], /^[0-9a-f]{16}$/);

    // Two lines inserted above the tables: every line moves, the dismissal holds.
    const edited = nextDiagnostics(uri, (ids) => ids.length === 2);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(1, 0), '（草稿）\n\n');
    assert.strictEqual(await vscode.workspace.applyEdit(edit), true);
    await edited;
    assert.deepStrictEqual(diagnosticIds(uri), ['sum/balance', 'sum/results-total']);
  });
});

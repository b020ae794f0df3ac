// Document formatting through VS Code's formatting API: a table 三 pasted with runs of spaces becomes
// one tab-separated row per line (exactly the canonical draft), the numbers the CLI exports are the same
// before and after, and formatting the result again changes nothing.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { reportText, lineStartingWith } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics, cliExport } = require('./helpers');

const OPTIONS = { tabSize: 4, insertSpaces: false };

describe('document formatting', () => {
  const messy = reportText({ t3Layout: 'spaces' });
  const canonical = reportText();
  let extensionPath;
  let file;
  let uri;
  let doc;

  before(async () => {
    extensionPath = (await activeExtension()).extensionPath;
    file = writeDraft('formatting.nianbao.txt', messy);
    uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri, () => true);
    doc = await openAsReport(file);
    await published;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the messy draft reads the same numbers as the canonical one', () => {
    // Otherwise "identical before and after" below would prove nothing about the messy table.
    assert.notStrictEqual(messy, canonical);
    assert.deepStrictEqual(
      cliExport(extensionPath, file),
      cliExport(extensionPath, writeDraft('formatting-canonical.nianbao.txt', canonical)),
    );
  });

  it('turns the space-separated table into tab rows and changes no number', async () => {
    const before = cliExport(extensionPath, file);
    const edits = (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', uri, OPTIONS)) || [];
    assert.ok(edits.length > 0, 'no formatting edits for a table written with spaces');
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, edits);
    assert.strictEqual(await vscode.workspace.applyEdit(edit), true, 'VS Code refused the edit');

    const text = doc.getText();
    assert.strictEqual(text, canonical);
    const lines = text.split('\n');
    const first = lineStartingWith(text, '一、本年新收');
    const last = lineStartingWith(text, '四、结转下年度继续办理');
    for (let i = first; i <= last; i++) {
      // Group headings (三、本年度办理结果, （三）不予公开 …) have no cells; every other row has 8.
      if (/\d/.test(lines[i].replace(/^\d\./, ''))) assert.strictEqual(lines[i].split('\t').length, 8, `line ${i + 1}: ${lines[i]}`);
      assert.ok(!/ {2}/.test(lines[i]), `line ${i + 1} still has a run of spaces: ${lines[i]}`);
    }

    assert.strictEqual(await doc.save(), true, 'the formatted draft could not be saved');
    assert.deepStrictEqual(cliExport(extensionPath, file), before);
  });

  it('formatting twice changes nothing', async () => {
    const edits = (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', uri, OPTIONS)) || [];
    assert.deepStrictEqual(
      edits.map((e) => e.newText),
      [],
    );
  });
});

// The section/missing fix as a snippet: on a draft without part 五, `插入“五、存在的主要问题及改进情况”` inserts
// the heading and its two sub-headings exactly as the server wrote them, and (applied in the active
// editor) leaves the cursor on the empty line under the heading, where the section's text goes.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { reportText, lineStartingWith, STANDARD_SECTION5 } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics, discardActiveEditor } = require('./helpers');

describe('inserting a missing section', () => {
  const full = reportText();
  // The draft without part 五: its heading, the blank line after it, its paragraph and the next blank line.
  const lines = full.split('\n');
  const at = lineStartingWith(full, STANDARD_SECTION5);
  const text = [...lines.slice(0, at), ...lines.slice(at + 4)].join('\n');
  let uri;
  let doc;

  before(async () => {
    await activeExtension();
    const file = writeDraft('missing-section-5.nianbao.txt', text);
    uri = vscode.Uri.file(file);
    const published = nextDiagnostics(uri, (ids) => ids.includes('section/missing'));
    doc = await openAsReport(file);
    await published;
  });

  after(async () => {
    if (vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('puts the cursor on the empty line under the inserted heading', async () => {
    const missing = vscode.languages
      .getDiagnostics(uri)
      .find((d) => String(d.code && d.code.value !== undefined ? d.code.value : d.code) === 'section/missing');
    assert.ok(missing, 'no section/missing diagnostic');
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, missing.range)) || [];
    const insert = actions.find((a) => a.title === `插入“${STANDARD_SECTION5}”`);
    assert.ok(insert && insert.edit, `no insertion among ${JSON.stringify(actions.map((a) => a.title))}`);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor.document, doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    assert.strictEqual(await vscode.workspace.applyEdit(insert.edit), true, 'VS Code refused the edit');
    // The text is the server's plain insertion: heading, blank line, the two sub-headings each followed by a blank line.
    const expected = [
      ...lines.slice(0, at),
      STANDARD_SECTION5,
      '',
      '（一）存在的主要问题',
      '',
      '（二）改进情况',
      '',
      ...lines.slice(at + 4),
    ].join('\n');
    assert.strictEqual(doc.getText(), expected);
    // The snippet's first tab stop: the empty line under the heading.
    assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [at + 1, 0]);
  });
});

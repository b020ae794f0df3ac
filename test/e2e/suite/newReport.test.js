// The 新建年度报告 command (nianbao.newReport): with its two input boxes answered (agency, then year) it
// opens a new nianbao document holding the complete report, on which no sum/* or table/* check fires.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const {
  LANGUAGE_ID,
  activeExtension,
  extensionApi,
  nextDiagnostics,
  diagnosticIds,
  writeDraft,
  cliFindings,
  discardActiveEditor,
} = require('./helpers');

describe('new report command', () => {
  const agency = '北屿县示例局';
  const year = 2024;
  let extensionPath;

  before(async () => {
    extensionPath = (await activeExtension()).extensionPath;
  });

  it('asks for the agency and the year and opens a report without sum or table findings', async () => {
    // The extension's own API object: replacing showInputBox on the suite's object would not reach it.
    const api = extensionApi(extensionPath);
    const original = api.window.showInputBox;
    const asked = [];
    const answers = [agency, String(year)];
    api.window.showInputBox = async (options) => {
      asked.push(options || {});
      const answer = answers.shift();
      // The command validates what it gets; an answer it would refuse is a test error.
      const problem = options && options.validateInput ? await options.validateInput(answer) : undefined;
      assert.ok(!problem, `the input box refused “${answer}”: ${problem}`);
      return answer;
    };
    // Any publication for the new (untitled) document counts; its URI is known only afterwards.
    const publishedUris = new Set();
    const listener = vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => publishedUris.add(u.toString())));
    let doc;
    try {
      await vscode.commands.executeCommand('nianbao.newReport');
      assert.strictEqual(asked.length, 2, `expected two input boxes, got ${asked.length}`);
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no editor opened');
      doc = editor.document;
      assert.strictEqual(doc.isUntitled, true);
      assert.strictEqual(doc.languageId, LANGUAGE_ID);
      assert.strictEqual(doc.lineAt(0).text, `${agency}${year}年政府信息公开工作年度报告`);

      if (!publishedUris.has(doc.uri.toString())) await nextDiagnostics(doc.uri, () => true);
      const ids = diagnosticIds(doc.uri);
      assert.deepStrictEqual(
        ids.filter((id) => /^(sum|table)\//.test(id)),
        [],
        `findings: ${JSON.stringify(ids)}`,
      );
      // The CLI, on the same text, agrees.
      const copy = writeDraft('new-report.nianbao.txt', doc.getText());
      assert.deepStrictEqual(
        cliFindings(extensionPath, copy).filter((f) => /^(sum|table)\//.test(f.id)),
        [],
      );
    } finally {
      api.window.showInputBox = original;
      listener.dispose();
      if (doc && vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    }
    // The stub is gone again.
    assert.strictEqual(api.window.showInputBox, original);
  });
});

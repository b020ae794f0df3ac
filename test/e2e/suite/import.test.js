// The command 年报：从 PDF/网页/Word 导入 (nianbao.importFile) on a web page: it opens the report as a new
// untitled nianbao document whose findings are those the CLI reports on the same page.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { TITLE, reportText } = require('../drafts');
const { LANGUAGE_ID, activeExtension, nextDiagnostics, diagnosticIds, writeDraft, cliJson, discardActiveEditor } = require('./helpers');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The draft as a saved web page: paragraphs, and tables from the runs of tab-separated lines. */
function asWebPage(draft) {
  const body = [];
  let rows = [];
  const flush = () => {
    if (rows.length) body.push(`<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`);
    rows = [];
  };
  for (const line of draft.split('\n')) {
    if (line.includes('\t')) rows.push(line.split('\t'));
    else {
      flush();
      if (line.trim()) body.push(`<p>${escape(line)}</p>`);
    }
  }
  flush();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body><div class="nav"><a href="/">首页</a></div><div class="content">${body.join('\n')}</div></body></html>`;
}

describe('import command', () => {
  let extensionPath;

  before(async () => {
    extensionPath = (await activeExtension()).extensionPath;
  });

  it('opens a web page as a new report with the findings the CLI gives on it', async () => {
    const file = writeDraft('imported-report.html', asWebPage(reportText({ r7Total: 6 })));
    const publishedUris = new Set();
    const listener = vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => publishedUris.add(u.toString())));
    let doc;
    try {
      await vscode.commands.executeCommand('nianbao.importFile', vscode.Uri.file(file));
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no editor opened');
      doc = editor.document;
      assert.strictEqual(doc.isUntitled, true);
      assert.strictEqual(doc.languageId, LANGUAGE_ID);
      assert.strictEqual(doc.lineAt(0).text, TITLE);

      if (!publishedUris.has(doc.uri.toString())) await nextDiagnostics(doc.uri, () => true);
      const tableIds = (ids) => ids.filter((id) => /^(sum|table)\//.test(id)).sort();
      const inEditor = tableIds(diagnosticIds(doc.uri));
      assert.ok(inEditor.length > 0, 'the wrong （七）总计 is not reported');
      const fromCli = tableIds(cliJson(extensionPath, ['check', '--format', 'json', file]).files[0].findings.map((f) => f.id));
      assert.deepStrictEqual(inEditor, fromCli);
    } finally {
      listener.dispose();
      if (doc && vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    }
  });
});

// Content detection: a plain-text file that is really an annual report (its first 4 KB mention
// 政府信息公开 and 年度报告) is switched to the nianbao language, whatever its name.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LANGUAGE_ID, activeExtension, workspaceRoot, waitForEvent } = require('./helpers');

describe('language detection', () => {
  before(async () => {
    await activeExtension();
  });

  it('a *.txt report without a report file name becomes nianbao', async () => {
    // An invented draft; its name matches none of the extension's file patterns.
    const dir = path.join(workspaceRoot(), 'detect');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'draft-notes.txt');
    fs.writeFileSync(file, '示例市测试局\n2099年政府信息公开工作年度报告\n\n一、总体情况\n本年度，我局认真贯彻落实政务公开要求。\n');
    const uri = vscode.Uri.file(file);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // Changing a document's language closes and reopens it, so watch the open events.
    await waitForEvent([vscode.workspace.onDidOpenTextDocument], () => current() && current().languageId === LANGUAGE_ID, {
      timeoutMs: 15000,
      describe: () => `language is still "${current() && current().languageId}"`,
    });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

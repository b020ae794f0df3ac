// The editor defaults the extension contributes for the report language (package.json
// configurationDefaults["[nianbao]"]) are in force in VS Code: a setting VS Code refused to take as a
// language default would read as its global default here.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const manifest = require('../../../package.json');
const { activeExtension, LANGUAGE_ID } = require('./helpers');

describe('editor defaults for reports', () => {
  before(async () => {
    await activeExtension();
  });

  it('every contributed default reads back for the nianbao language', () => {
    const defaults = manifest.contributes.configurationDefaults[`[${LANGUAGE_ID}]`];
    assert.ok(Object.keys(defaults).length >= 6, JSON.stringify(defaults));
    for (const [key, value] of Object.entries(defaults)) {
      const dot = key.indexOf('.');
      const section = vscode.workspace.getConfiguration(key.slice(0, dot), { languageId: LANGUAGE_ID });
      assert.deepStrictEqual(section.get(key.slice(dot + 1)), value, key);
    }
  });

  it('the ones the issue is about differ from what plain text gets', () => {
    const report = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.strictEqual(report.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(report.get('wordWrap'), 'on');
    assert.strictEqual(report.get('stickyScroll.enabled'), false);
    assert.notDeepStrictEqual(
      [plain.get('wordWrap'), plain.get('stickyScroll.enabled')],
      [report.get('wordWrap'), report.get('stickyScroll.enabled')],
    );
  });
});

// The outline through VS Code's document-symbol API: the title, the six parts 一…六 in order, their
// sub-headings, tables 二/三/四 under their parts and table 三's rows in the official groups.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { reportText, lineStartingWith, TITLE } = require('../drafts');
const { activeExtension, writeDraft, openAsReport, nextDiagnostics } = require('./helpers');

const SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

describe('document symbols', () => {
  const text = reportText();
  let symbols;

  before(async () => {
    await activeExtension();
    const file = writeDraft('symbols.nianbao.txt', text);
    const uri = vscode.Uri.file(file);
    // The server publishes (empty) diagnostics for a clean report too; after that it has the document.
    const published = nextDiagnostics(uri, () => true);
    await openAsReport(file);
    await published;
    symbols = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) || [];
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const named = (list, name) => {
    const s = list.find((x) => x.name === name);
    assert.ok(s, `no symbol “${name}” among ${JSON.stringify(list.map((x) => x.name))}`);
    return s;
  };

  it('is a tree: the title, then 一…六 in order', () => {
    assert.ok(symbols.length > 0 && Array.isArray(symbols[0].children), 'expected DocumentSymbol objects with children');
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      [TITLE, ...SECTIONS],
    );
  });

  it('each part selects its heading line', () => {
    for (const name of SECTIONS) {
      const s = named(symbols, name);
      assert.strictEqual(s.selectionRange.start.line, lineStartingWith(text, name), name);
    }
  });

  it('has the sub-headings of 一 and the tables under 二, 三 and 四', () => {
    assert.deepStrictEqual(
      named(symbols, SECTIONS[0]).children.map((c) => c.name),
      ['（一）主动公开', '（二）依申请公开'],
    );
    assert.deepStrictEqual(
      named(symbols, SECTIONS[1]).children.map((c) => c.name),
      ['表二 主动公开政府信息情况'],
    );
    assert.deepStrictEqual(
      named(symbols, SECTIONS[2]).children.map((c) => c.name),
      ['表三 收到和处理政府信息公开申请情况'],
    );
    assert.deepStrictEqual(
      named(symbols, SECTIONS[3]).children.map((c) => c.name),
      ['表四 政府信息公开行政复议、行政诉讼情况'],
    );
    assert.strictEqual(named(symbols, SECTIONS[1]).children[0].kind, vscode.SymbolKind.Struct);
  });

  it('groups table 三’s rows as the official layout does', () => {
    const t3 = named(symbols, SECTIONS[2]).children[0];
    assert.deepStrictEqual(
      t3.children.map((c) => c.name),
      ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '四、结转下年度继续办理'],
    );
    const results = named(t3.children, '三、本年度办理结果');
    assert.deepStrictEqual(
      results.children.map((c) => c.name),
      ['（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理', '（七）总计'],
    );
    assert.deepStrictEqual(
      named(results.children, '（四）无法提供').children.map((c) => c.name),
      ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'],
    );
    // The row's symbol reveals its own line.
    assert.strictEqual(named(results.children, '（七）总计').selectionRange.start.line, lineStartingWith(text, '（七）总计'));
  });
});

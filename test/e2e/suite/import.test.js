// The command 年报：从 PDF/网页/Word 导入 (nianbao.importFile) on a web page and on a PDF: it opens the
// report as a new untitled nianbao document whose findings are those the CLI reports on the same file.
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
    if (rows.length)
      body.push(`<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`);
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

/**
 * The draft as a PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H), so reading it
 * needs the CMaps the package ships beside the server: one line per draft line, table cells in columns.
 */
function asPdf(draft) {
  const size = 8;
  const width = (text) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? size / 2 : size), 0);
  const hex = (text) => [...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const lines = draft.split('\n').filter((line) => line.trim());
  const pages = [];
  for (let i = 0; i < lines.length; i += 60) pages.push(lines.slice(i, i + 60));
  const contents = pages.map((pageLines) => {
    // Columns as wide as the widest cell of the page's tab-separated lines.
    const columns = [];
    for (const line of pageLines)
      if (line.includes('\t')) line.split('\t').forEach((cell, c) => (columns[c] = Math.max(columns[c] || 0, width(cell) + 2 * size)));
    const xs = [];
    columns.reduce((x, w, c) => ((xs[c] = x), x + w), 40);
    return pageLines
      .flatMap((line, row) => {
        const y = 1150 - row * size * 2;
        const cells = line.includes('\t') ? line.split('\t') : [line];
        return cells
          .map((cell, c) => (cell ? `BT /F1 ${size} Tf 1 0 0 1 ${line.includes('\t') ? xs[c] : 40} ${y} Tm <${hex(cell)}> Tj ET` : ''))
          .filter(Boolean);
      })
      .join('\n');
  });
  const objects = [
    null,
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  contents.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1600 1200] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('import command', () => {
  let extensionPath;

  before(async () => {
    extensionPath = (await activeExtension()).extensionPath;
  });

  async function importsAsTheCliReads(file) {
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
      assert.ok(inEditor.includes('sum/row-total'), `the wrong （七）总计 is not reported: ${JSON.stringify(inEditor)}`);
      const fromCli = tableIds(cliJson(extensionPath, ['check', '--format', 'json', file]).files[0].findings.map((f) => f.id));
      assert.deepStrictEqual(inEditor, fromCli);
    } finally {
      listener.dispose();
      if (doc && vscode.window.activeTextEditor && vscode.window.activeTextEditor.document === doc) await discardActiveEditor();
    }
  }

  it('opens a web page as a new report with the findings the CLI gives on it', async () => {
    await importsAsTheCliReads(writeDraft('imported-report.html', asWebPage(reportText({ r7Total: 6 }))));
  });

  it('opens a PDF whose font is not embedded (read with the CMaps shipped in the package) the same way', async () => {
    await importsAsTheCliReads(writeDraft('imported-report.pdf', asPdf(reportText({ r7Total: 6 }))));
  });
});

// The importers one by one on small invented documents: what a web page, a Word file and a PDF turn
// into (merged cells, encodings, page chrome, scans, old Word files) and where the source map points.

import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../server/src/service/l10n';
import { strToU8, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { importFile, isImportFailure, sourceLocationAt, type ImportResult } from '../../server/src/import';
import { loadPdfDataFromDisk } from '../../server/src/import/pdfData';
import { missingOutsideCi } from '../util/environment';
import { findCjkFont, toPdf } from './generate';
import { toRawPdf } from './rawPdf';

function ok(result: ImportResult) {
  if (isImportFailure(result)) throw new Error(renderMessage(result.error, 'zh-cn'));
  return result;
}

/** A failed import with its message written in Chinese, as the tests compare it; a draft as it is. */
function failureText(result: ImportResult): ImportResult | { error: string } {
  return isImportFailure(result) ? { error: renderMessage(result.error, 'zh-cn') } : result;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('web pages', () => {
  it('keep the body, drop navigation, scripts and footers, and resolve rowspan/colspan', async () => {
    const page = `<html><head><title>示例_某县政府网</title><script>var a = "脚本";</script></head><body>
<nav><a href="/">首页</a><a href="/x">机构概况</a></nav>
<div id="content"><h1>某县水利局2023年政府信息公开工作年度报告</h1>
<p>　　一、总体情况</p><p>本年度&nbsp;主动公开<b>信息</b>12条。</p>
<table><tr><td rowspan="2">信息内容</td><td colspan="2">件数</td></tr>
<tr><td>制发</td><td>废止</td></tr>
<tr><td>规章</td><td>1</td><td></td></tr></table>
</div><div class="footer">版权所有</div></body></html>`;
    const result = ok(await importFile(utf8(page), 'page.html'));
    expect(result.kind).toBe('html');
    expect(result.text).toBe(
      [
        '某县水利局2023年政府信息公开工作年度报告',
        '一、总体情况',
        '本年度 主动公开信息12条。',
        '',
        '信息内容\t件数\t',
        '\t制发\t废止',
        '规章\t1\t',
        '',
      ].join('\n'),
    );
    // The cell 「1」 maps back to its line in the page's source.
    const offset = result.text.indexOf('规章\t1') + 3;
    expect(sourceLocationAt(result.sourceMap, offset)).toEqual({ kind: 'html', line: 7, column: 20 });
  });

  it('are decoded as their <meta> declares (GB18030) and take the title from a heading outside the body', async () => {
    const page = `<html><head><meta charset="gb2312"></head><body><h2>某镇人民政府2022年政府信息公开工作年度报告</h2>
<div class="wrap"><div class="text"><p>一、总体情况</p><p>本镇认真落实条例要求，全年公开信息三百条，做了大量工作，取得明显成效。</p><p>二、主动公开政府信息情况</p><p>详见下表，各项数据均已核实。</p></div></div></body></html>`;
    const result = ok(await importFile(new Uint8Array(iconv.encode(page, 'gb18030')), 'page.htm'));
    expect(result.text.split('\n')[0]).toBe('某镇人民政府2022年政府信息公开工作年度报告');
    expect(result.text).toContain('本镇认真落实条例要求');
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string, numbering?: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  return zipSync({
    'word/document.xml': strToU8(xml),
    ...(numbering
      ? { 'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`) }
      : {}),
  });
}
const p = (text: string, extra = '') => `<w:p>${extra}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${text ? p(text) : '<w:p/>'}</w:tc>`;

describe('Word files', () => {
  it('read paragraphs and tables with gridSpan and vMerge resolved', async () => {
    const body =
      p('一、总体情况') +
      `<w:tbl><w:tr>${tc('三、本年度办理结果', '<w:vMerge w:val="restart"/>')}${tc('（一）予以公开')}${tc('3')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('（二）部分公开')}${tc('1')}</w:tr>` +
      `<w:tr>${tc('四、结转下年度继续办理', '<w:gridSpan w:val="2"/>')}${tc('0')}</w:tr></w:tbl>` +
      p('二、主动公开政府信息情况', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>');
    const result = ok(await importFile(docx(body), 'report.docx'));
    expect(result.text).toBe(
      [
        '一、总体情况',
        '',
        '三、本年度办理结果\t（一）予以公开\t3',
        '\t（二）部分公开\t1',
        '四、结转下年度继续办理\t\t0',
        '',
        '二、主动公开政府信息情况',
        '',
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
    const offset = result.text.indexOf('（二）');
    expect(sourceLocationAt(result.sourceMap, offset)).toEqual({ kind: 'docx', paragraph: 6, table: 1, row: 2, column: 2 });
  });

  it('write the numbers of automatically numbered headings as Word shows them', async () => {
    const numbered = (text: string, level: number) =>
      p(text, `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr></w:pPr>`);
    const numbering =
      '<w:abstractNum w:abstractNumId="7">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>';
    const body =
      numbered('总体情况', 0) +
      numbered('主动公开', 1) +
      numbered('依申请公开', 1) +
      numbered('主动公开政府信息情况', 0) +
      numbered('规章', 1);
    const result = ok(await importFile(docx(body, numbering), 'numbered.docx'));
    expect(result.text).toBe(
      ['一、总体情况', '（一）主动公开', '（二）依申请公开', '二、主动公开政府信息情况', '（一）规章', ''].join('\n'),
    );
  });

  it('read a web page saved with a .doc name as the web page it is', async () => {
    const page = '<html><body><p>某县民政局2023年政府信息公开工作年度报告</p><p>一、总体情况</p></body></html>';
    const result = ok(await importFile(utf8(page), 'exported.doc'));
    expect(result).toMatchObject({ kind: 'html', text: '某县民政局2023年政府信息公开工作年度报告\n一、总体情况\n' });
  });

  it('ask for .docx when given .doc or .wps', async () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ['old.doc', 'old.wps', 'renamed.docx']) {
      const result = await importFile(compound, name);
      expect(isImportFailure(result) && renderMessage(result.error, 'zh-cn')).toContain('请另存为 .docx');
    }
  });
});

const font = findCjkFont();
describe.skipIf(missingOutsideCi(!!font, 'a CJK font for PDFs (fonts-wqy-microhei)'))('PDF', () => {
  const draft = [
    '某区司法局2023年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t\t5',
    '行政规范性文件\t12\t1\t30',
    '',
  ].join('\n');

  it('a scan without text gets one clear message', async () => {
    const result = await importFile(await toPdf(draft, { font: font!, scanOnly: true }), 'scan.pdf');
    expect(failureText(result)).toEqual({
      error: '扫描件，无文字层，无法核对',
    });
  }, 60_000);

  it('rebuilds table rows, keeps an empty cell in its column, warns about a page without text and maps cells to their page', async () => {
    const result = ok(await importFile(await toPdf(draft, { font: font!, blankPagesFirst: 1 }), 'report.pdf'));
    expect(result.text).toContain('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t\t5\n行政规范性文件\t12\t1\t30');
    expect(result.warnings.map((w) => renderMessage(w, 'zh-cn'))).toEqual(['第 1 页没有文字层（可能是扫描页），未能读取']);
    const location = sourceLocationAt(result.sourceMap, result.text.indexOf('30'));
    expect(location).toMatchObject({ kind: 'pdf', page: 2 });
  }, 60_000);

  it('says so when the bytes are not a PDF', async () => {
    const result = await importFile(utf8('not a pdf at all'), 'fake.pdf');
    expect(failureText(result)).toEqual({ error: '不是有效的 PDF 文件' });
  });
});

describe('PDF whose Chinese font is not embedded', () => {
  const pdf = toRawPdf('某县林业局2023年政府信息公开工作年度报告\n\n一、总体情况\n');

  it('is read through the predefined CMaps', async () => {
    const asked: string[] = [];
    const result = ok(
      await importFile(pdf, 'report.pdf', {
        loadPdfData: (kind, name) => {
          asked.push(`${kind}:${name}`);
          return loadPdfDataFromDisk(kind, name);
        },
      }),
    );
    expect(result.text).toBe('某县林业局2023年政府信息公开工作年度报告\n一、总体情况\n');
    expect(asked).toContain('cmap:UniGB-UCS2-H.bcmap');
  });

  it('is not mistaken for a scan when the CMaps are missing', async () => {
    const result = await importFile(pdf, 'report.pdf', { loadPdfData: async () => null });
    expect(isImportFailure(result) && renderMessage(result.error, 'zh-cn')).toMatch(
      /^PDF 的字体未嵌入，读取它所需的字符映射（UniGB-UCS2-H.*）不可用，无法读取$/,
    );
  });
});

describe('web pages of older sites', () => {
  it('read a page laid out with tables, and join Chinese text that the source breaks across lines', async () => {
    const filler = '本机关坚持以公开为常态、不公开为例外，'.repeat(12);
    const page = `<html><body><table width="100%"><tr><td class="left"><a href="/">首页</a></td><td>
<p>某市交通运输局2023年政府信息公开工作年度报告</p>
<p>一、总体情况</p>
<p><span>${filler}</span>
<span>全年主动公开信息</span>
<span>86条。</span></p>
<table border="1"><tr><td>行政
许可</td><td>25</td></tr></table>
</td></tr></table></body></html>`;
    const result = ok(await importFile(utf8(page), 'old.html'));
    expect(result.text).toBe(
      ['某市交通运输局2023年政府信息公开工作年度报告', '一、总体情况', `${filler}全年主动公开信息 86条。`, '', '行政许可\t25', ''].join(
        '\n',
      ),
    );
  });
});

describe('damaged files', () => {
  it('never throw: a truncated PDF, random bytes named .pdf/.docx/.html, an empty file', async () => {
    const pdf = toRawPdf('某县林业局2023年政府信息公开工作年度报告\n\n一、总体情况\n');
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const cases: Array<[Uint8Array, string]> = [
      [pdf.slice(0, Math.floor(pdf.length * 0.6)), 'cut.pdf'],
      [random, 'random.pdf'],
      [random, 'random.docx'],
      [random, 'random.html'],
      [new Uint8Array(0), 'empty.pdf'],
      [new Uint8Array(0), 'empty.docx'],
      [new Uint8Array(0), 'empty.html'],
    ];
    for (const [bytes, name] of cases) {
      const result = await importFile(bytes, name);
      // Either a draft or one sentence saying why not; an error message is never empty.
      if (isImportFailure(result)) expect(renderMessage(result.error, 'zh-cn').length, name).toBeGreaterThan(4);
      else expect(typeof result.text, name).toBe('string');
    }
    const broken = await importFile(random, 'random.docx');
    expect(failureText(broken)).toEqual({
      error: '不是有效的 .docx 文件（无法解压）',
    });
    const empty = await importFile(new Uint8Array(0), 'empty.html');
    expect(failureText(empty)).toEqual({ error: '网页中没有找到正文' });
  }, 60_000);
});

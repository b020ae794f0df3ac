// Drafts as pastes from real sources change them: page numbers inside tables, Markdown padding cells, PDF
// copies with spaced-out or wrapped labels, web-page metadata and footers, Excel-quoted cells, Word's
// automatic numbering. Each test takes the consistent invented report of the fixtures, changes it the way
// one source does, and checks that nothing is reported that the clean report does not have (or that what
// cannot be read with certainty is reported as unreadable, without sums or counts guessed from it).

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import type { Table, TableKind } from '../../server/src/service/model/types';
import { buildReport, defaultValues, type Layout } from '../fixtures/drafts';

const ids = (text: string) => analyze(text).findings.map((f) => `${f.id}:${text.slice(f.range.start, f.range.end)}`);

function table(text: string, kind: TableKind): Table {
  const found = analyze(text).doc.tables.find((t) => t.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

const T4_HEADER_END = '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n';
const T4_DATA = '1\t0\t1\t0\t2\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0';

describe('the clean report the variants start from', () => {
  it('has no finding in either layout', () => {
    for (const layout of ['tabs', 'cells'] as Layout[]) expect(ids(buildReport(defaultValues(), { layout }))).toEqual([]);
  });
});

describe('page numbers inside tables', () => {
  it('ignores `- 3 -`, `第 5 页` and `第3页 共9页` lines between rows', () => {
    for (const layout of ['tabs', 'cells'] as Layout[]) {
      let text = buildReport(defaultValues(), { layout });
      text = text.replace(/\n(\t?)行政许可/, '\n\n第 5 页\n\n$1行政许可');
      text = text.replace(/\n(\t?)6\.属于四类过程性信息/, '\n\n- 3 -\n\n$16.属于四类过程性信息');
      text = text.replace(/\n(\t?)1\t0\t1\t0\t2|\n\t1\n\t0\n\t1\n\t0\n\t2\n/, (m) => `\n\n第3页 共9页\n${m}`);
      expect(text).toContain('- 3 -');
      expect(text).toContain('第3页 共9页');
      expect(ids(text)).toEqual([]);
      for (const kind of ['t2', 't3', 't4'] as TableKind[]) expect(table(text, kind).status).toBe('ok');
    }
  });

  it('ignores a bare page number between table 四’s header and its data row', () => {
    const base = buildReport();
    // Set off by blank lines, as a Word copy leaves it, and on a line of its own in a PDF copy.
    expect(ids(base.replace(T4_HEADER_END, `${T4_HEADER_END}\n7\n\n`))).toEqual([]);
    expect(ids(base.replace(T4_HEADER_END, `${T4_HEADER_END}7\n`))).toEqual([]);
    expect(table(base.replace(T4_HEADER_END, `${T4_HEADER_END}7\n`), 't4').cells.get('t4.rv.tot')!.value).toBe(2);
  });

  it('still counts a data row that really has a value too many, on the row itself', () => {
    const text = buildReport().replace(T4_HEADER_END, `${T4_HEADER_END}\n7\n\n`).replace(T4_DATA, `${T4_DATA}\t0`);
    const counts = analyze(text).findings.filter((f) => f.id === 'table/cell-count');
    expect(counts).toHaveLength(1);
    expect(counts[0]!.range.start).toBe(text.indexOf(T4_DATA));
    expect(ids(text).filter((f) => f.startsWith('sum/'))).toEqual([]);
  });

  it('keeps a bare number that is a value of a one-cell-per-line row', () => {
    // Without blank lines around it, an eighth number under a row is the row's: no guess that it is a page.
    const text = buildReport(defaultValues(), { layout: 'cells' }).replace(
      '\t2.重复申请\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0',
      '\t2.重复申请\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0',
    );
    expect(ids(text)).toEqual(['table/cell-count:2.重复申请']);
  });
});

describe('Markdown tables', () => {
  // Each table becomes a pipe table padded to its widest row, as converters write merged cells.
  const markdown = (text: string) =>
    text.replace(/(?:^[^\n]+(?:\n|$))+/gm, (block) => {
      if (!block.includes('\t')) return block;
      const rows = block
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => line.split('\t'));
      const width = Math.max(...rows.map((r) => r.length));
      return rows.map((r) => `| ${[...r, ...new Array(width - r.length).fill('')].join(' | ')} |`).join('\n') + '\n';
    });

  it('reads pipe rows whose empty padding cells hold spaces', () => {
    const text = markdown(buildReport());
    expect(text).toContain('| 行政许可 | 25 |  |  |');
    expect(text).toContain('| 第二十条第（一）项 |  |  |  |');
    expect(ids(text)).toEqual([]);
    for (const kind of ['t2', 't3', 't4'] as TableKind[]) expect(table(text, kind).status).toBe('ok');
  });

  it('still reads cells of spaces inside a row as blanks', () => {
    const text = markdown(buildReport()).replace(
      '| （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |',
      '| （一）予以公开 |   |   |   |   |   |   |   |',
    );
    expect(ids(text)).toEqual(['table/cell-blank:（一）予以公开']);
  });
});

describe('PDF copies', () => {
  it('reads table 四 whose header rows are spaced out character by character', () => {
    const text = buildReport().replace(
      /行政复议\t[^]*?\n(1\t0\t1\t0\t2[^\n]*)/,
      (_, data: string) =>
        '行政复议 行政诉讼\n结 果 维 持 结 果 纠 正 其 他 结 果 尚 未 审 结 总 计 未 经 复 议 直 接 起 诉 复 议 后 起 诉\n' +
        '结 果 维 持 结 果 纠 正 其 他 结 果 尚 未 审 结 总 计 结 果 维 持 结 果 纠 正 其 他 结 果 尚 未 审 结 总 计\n' +
        data.split('\t').join(' '),
    );
    expect(text).toContain('尚 未 审 结 总 计 结 果 维 持');
    expect(ids(text)).toEqual([]);
    expect(table(text, 't4').status).toBe('ok');
  });

  it('finds a typo in a single-spaced header row', () => {
    const text = buildReport().replace(
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '信息内容 本年制发件数 本年度止件数 现行有效件数',
    );
    expect(ids(text)).toEqual(['table/label-variant:本年度止件数']);
  });

  it('joins a row label that wraps onto the next line after a group label', () => {
    const text = buildReport().replace('（四）无法提供\n1.本机关不掌握相关政府信息\t', '（四）无法提供 1.本机关不掌\n握相关政府信息\t');
    expect(text).toContain('（四）无法提供 1.本机关不掌\n握相关政府信息\t1\t');
    expect(ids(text)).toEqual([]);
    expect(table(text, 't3').rows.find((r) => r.id === 'r4.1')!.label!.match).toBe('exact');
  });

  it('marks glued full-width digits unreadable, as ASCII ones', () => {
    const text = buildReport().replace(T4_DATA, '１ ０ １ ０ ２ ００００１１０００００');
    expect(ids(text)).toEqual(['table/unreadable:行政复议']);
  });
});

describe('cells as spreadsheets and Word numbering paste them', () => {
  it('reads a label that Excel put in quotes because it holds a line break', () => {
    const text = buildReport().replace('一、本年新收政府信息公开申请数量\t', '"一、本年新收政府信息\n公开申请数量"\t');
    expect(ids(text)).toEqual([]);
    expect(table(text, 't3').rows.find((r) => r.id === 'new')!.label!.match).toBe('exact');
  });

  it('accepts 其它 for 其他 in labels, an accepted spelling rather than a typo', () => {
    const text = buildReport().replace(/其他(?=组织|法律|处理|结果)/g, '其它');
    expect(text).toContain('2.其它法律行政法规禁止公开');
    expect(ids(text)).toEqual([]);
  });

  it('reads 总计 and 其他 rows written without their ordinal as the rows, not as column headers', () => {
    for (const layout of ['tabs', 'cells'] as Layout[]) {
      const text = buildReport(defaultValues(), { layout }).replace('（七）总计', '总计').replace('3.其他', '其他');
      expect(ids(text)).toEqual([]);
      expect(table(text, 't3').cells.get('t3.r7.tot')!.value).toBe(8);
    }
  });

  it('accepts label numbers written ① or 1） as Word and WPS number lists', () => {
    const text = buildReport().replace('1.属于国家秘密', '①属于国家秘密').replace('2.重复申请', '2）重复申请');
    expect(ids(text)).toEqual([]);
  });

  it('accepts a label number followed by a space instead of its mark', () => {
    const text = buildReport().replace('三、本年度办理结果', '三 本年度办理结果').replace('\n1.属于国家秘密', '\n1 属于国家秘密');
    expect(ids(text)).toEqual([]);
  });
});

describe('table 四 with its header cut short', () => {
  it('reads the data row under the top header row alone', () => {
    const text = buildReport().replace(/(行政复议\t[^\n]*\n)[^]*?(1\t0\t1\t0\t2)/, '$1$2');
    expect(text).not.toContain('结果维持');
    expect(ids(text)).toEqual([]);
    expect(table(text, 't4').cells.get('t4.lr.tot')!.value).toBe(0);
  });

  it('calls a data row without any header unreadable, not missing', () => {
    for (const layout of ['tabs', 'cells'] as Layout[]) {
      const built = buildReport(defaultValues(), { layout });
      const text =
        layout === 'tabs'
          ? built.replace(/行政复议\t[^]*?(1\t0\t1\t0\t2)/, '$1')
          : built.replace(/\t行政复议\n[^]*?\n\n(\t1\n\t0\n\t1\n\t0\n\t2\n)/, '$1');
      expect(text).not.toContain('行政复议\t');
      expect(text).not.toContain('\t行政复议\n');
      // No label to stand on: the finding is an empty range where the row of numbers starts.
      const findings = analyze(text).findings;
      expect(findings.map((f) => f.id)).toEqual(['table/unreadable']);
      expect(findings[0]!.range.start).toBe(
        text.indexOf(layout === 'tabs' ? T4_DATA : '\t1\n\t0\n\t1\n\t0\n\t2\n') + (layout === 'tabs' ? 0 : 1),
      );
    }
  });
});

describe('web-page copies', () => {
  const HEAD =
    '当前位置：首页 > 政府信息公开 > 年度报告\n索 引 号：11330100MB1234567X/2023-00012\n发布机构：青禾县农业农村局\n标　　题：青禾县农业农村局2022年政府信息公开工作年度报告\n发布日期：2023-01-20\n\n';
  const FOOT =
    '\n【字体：大 中 小】【打印本页】【关闭窗口】\n\n主办：青禾县人民政府办公室  承办：青禾县大数据中心\n网站标识码：3301000001  浙ICP备00000000号\n版权所有 © 2023 青禾县人民政府\n2023-01-20 10:30\n';

  it('skips the metadata block, breadcrumb and footer around the report', () => {
    const text = HEAD + buildReport() + FOOT;
    expect(ids(text)).toEqual([]);
    expect(analyze(text).doc.title!.text).toBe('青禾县农业农村局2022年政府信息公开工作年度报告');
  });

  it('takes the page’s 标题 field when the report itself has no title', () => {
    const report = buildReport();
    const text = HEAD + report.slice(report.indexOf('\n') + 1);
    const doc = analyze(text).doc;
    expect(doc.title!.text).toBe('青禾县农业农村局2022年政府信息公开工作年度报告');
    expect(doc.year).toBe(2022);
    expect(ids(text)).toEqual([]);
  });

  it('puts a missing 落款 after the report, not after the footer', () => {
    const report = buildReport().replace('青禾县农业农村局\n2023年1月20日\n', '');
    const text = report + FOOT;
    const findings = analyze(text).findings;
    expect(findings.map((f) => f.id)).toEqual(['report/signature']);
    expect(findings[0]!.range.start).toBe(report.trimEnd().length);
    expect(findings[0]!.message).toContain('缺少落款');
  });
});

describe('table captions', () => {
  it('does not take a caption that repeats the section title for a second heading', () => {
    // The section heading lacks its number (a finding of its own); the caption under it is no heading.
    const text = buildReport()
      .replace('二、主动公开政府信息情况\n\n', '主动公开政府信息情况\n\n表1 主动公开政府信息情况\n\n')
      .replace('三、收到和处理政府信息公开申请情况\n\n', '三、收到和处理政府信息公开申请情况\n\n收到和处理政府信息公开申请情况统计表\n\n');
    expect(ids(text)).toEqual(['section/unnumbered:主动公开政府信息情况']);
  });
});

describe('section headings as Word numbering pastes them', () => {
  it('reads a numeral followed by a space, an ideographic space or a tab as the section number', () => {
    const text = buildReport()
      .replace('一、总体情况', '一　总体情况')
      .replace('二、主动公开', '二 主动公开')
      .replace('六、其他', '六\t其他');
    expect(ids(text)).toEqual([]);
    expect(analyze(text).doc.sections.map((s) => s.heading.number?.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not take a sentence for an unnumbered heading when the headings carry Arabic numbers', () => {
    let text = buildReport();
    for (const [i, n] of ['一', '二', '三', '四', '五', '六'].entries()) text = text.replace(`\n${n}、`, `\n${i + 1}.`);
    text = text.replace('等工作。\n', '等工作。\n\n2022年，本局依法处理各类政府信息公开申请事项。\n');
    expect(analyze(text).doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ids(text)).toEqual([]);
  });
});

describe('years and dates in Chinese digits', () => {
  const withoutPeriod = (text: string) => text.replace(/本报告依据[^\n]*\n\n/, '');

  it('reads the report year from a title that writes it in Chinese digits', () => {
    for (const year of ['二〇二二', '二○二二']) {
      const text = withoutPeriod(buildReport()).replace('青禾县农业农村局2022年', `青禾县农业农村局${year}年`);
      const doc = analyze(text).doc;
      expect(doc.year).toBe(2022);
      expect(doc.title!.agency).toBe('青禾县农业农村局');
      expect(ids(text)).toEqual([]);
    }
  });

  it('reads a 落款 date written with ○ for zero', () => {
    const text = buildReport().replace('2023年1月20日', '二○二三年一月二十日');
    expect(analyze(text).doc.signature!.date).toMatchObject({ year: 2023, month: 1, day: 20 });
    expect(ids(text)).toEqual([]);
    expect(ids(buildReport().replace('2023年1月20日', '二○二三年二月十日'))).toEqual(['report/deadline:二○二三年二月十日']);
  });
});

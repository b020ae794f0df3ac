// Parser tests over every table layout drafters paste: each draft is written out in full so the test
// shows the layout it covers, and the numbers read from it are compared cell by cell.

import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parse';
import type { ReportDocument, Table, TableKind } from '../../server/src/service/model/types';
import { GROUP_BEFORE, T3_LABELS } from '../fixtures/labels';

function table(doc: ReportDocument, kind: TableKind): Table {
  const found = doc.tables.find((t) => t.kind === kind);
  if (!found) throw new Error(`no ${kind} in ${doc.tables.map((t) => t.kind).join(',')}`);
  return found;
}

function rowValues(t: Table, row: string): Array<number | null> | undefined {
  return t.rows.find((r) => r.id === row)?.cells.map((c) => c.value);
}

/** Values of a small consistent table 三: 5 natural-person and 2 law-firm applications. */
const VALUES: Record<string, number[]> = {
  new: [5, 0, 0, 0, 2, 0, 7],
  carry: [1, 0, 0, 0, 0, 0, 1],
  r1: [3, 0, 0, 0, 1, 0, 4],
  r2: [1, 0, 0, 0, 0, 0, 1],
  'r4.1': [1, 0, 0, 0, 1, 0, 2],
  r7: [5, 0, 0, 0, 2, 0, 7],
  next: [1, 0, 0, 0, 0, 0, 1],
};
const valuesOf = (row: string) => VALUES[row] ?? [0, 0, 0, 0, 0, 0, 0];

const HEAD = '云溪镇人民政府2022年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n';
const TAIL = '\n\n四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n';

function tabRows(): string {
  const header =
    '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t\n\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n';
  const body = T3_LABELS.map(([id, label]) => {
    const group = GROUP_BEFORE[id];
    const lead = group ? `${group}\t` : id.startsWith('r') && id !== 'r7' ? '\t' : '';
    return `${lead}${label}\t${valuesOf(id).join('\t')}\t`;
  }).join('\n');
  return HEAD + header + body + TAIL;
}

function cellPerLine(): string {
  const header =
    '\t（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）\n\t申请人情况\n\n\t\n\t自然人\n\t法人或其他组织\n\t总计\n\n\t\n\t\n\t商业企业\n\t科研机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n\n';
  const body = T3_LABELS.map(([id, label]) => {
    const group = GROUP_BEFORE[id];
    const lines = [group ? `\t${group}` : '\t', `\t${label}`, ...valuesOf(id).map((v) => `\t${v}`)];
    return lines.join('\n');
  }).join('\n\n');
  return HEAD + header + body + TAIL;
}

function markdown(): string {
  const header =
    '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
  const body = T3_LABELS.map(([id, label]) => `| ${GROUP_BEFORE[id] ?? ''} | ${label} | ${valuesOf(id).join(' | ')} |`).join('\n');
  return HEAD + header + body + TAIL;
}

function pdfSpaces(): string {
  const header = '申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n';
  const body = T3_LABELS.map(([id, label]) => `${GROUP_BEFORE[id] ? GROUP_BEFORE[id] + '  ' : ''}${label} ${valuesOf(id).join(' ')}`).join(
    '\n',
  );
  return HEAD + header + body + TAIL;
}

describe('table 三 in every layout', () => {
  const layouts: Record<string, string> = { tabRows: tabRows(), cellPerLine: cellPerLine(), markdown: markdown(), pdfSpaces: pdfSpaces() };
  for (const [name, text] of Object.entries(layouts)) {
    it(`reads every row of the ${name} layout`, () => {
      const doc = parseReport(text);
      const t3 = table(doc, 't3');
      expect(t3.status).toBe('ok');
      expect(t3.format).toBe('2021');
      expect(t3.section).toBe(3);
      for (const [id] of T3_LABELS) expect(rowValues(t3, id), id).toEqual(valuesOf(id));
      // Every cell's range holds exactly its text.
      for (const cell of t3.cells.values()) expect(text.slice(cell.range.start, cell.range.end)).toBe(cell.raw);
      for (const row of t3.rows) expect(text.slice(row.label!.range.start, row.label!.range.end)).toBe(row.label!.raw);
    });
  }
});

describe('labels as conversion leaves them', () => {
  it('joins labels broken across lines and blank lines', () => {
    const text = cellPerLine()
      .replace('\t5.要求行政机关确认或重新出具已获取信息', '\t5.要求行政机关确认或重新\n出具已获取信息')
      .replace('\t（四）无法提供', '\t无法\n\n提供')
      .replace('\t三、本年度办理结果', '\t三\n\n本年度办理结果');
    const t3 = table(parseReport(text), 't3');
    expect(t3.status).toBe('ok');
    const r55 = t3.rows.find((r) => r.id === 'r5.5')!;
    expect(r55.label!.match).toBe('exact');
    expect(r55.label!.raw).toBe('5.要求行政机关确认或重新\n出具已获取信息');
    expect(t3.headers.map((h) => h.key)).toContain('g.r4');
    expect(t3.headers.find((h) => h.key === 'g.results')!.match).toBe('exact');
  });

  it('ignores spaces inside labels and reports typos as typos', () => {
    const text = tabRows().replace('2.重复申请', '2.重 复 申 请').replace('4.无正当理由大量反复申请', '4.无正当理由由大量反复申请');
    const t3 = table(parseReport(text), 't3');
    expect(t3.rows.find((r) => r.id === 'r5.2')!.label!.match).toBe('exact');
    const typo = t3.rows.find((r) => r.id === 'r5.4')!.label!;
    expect(typo.match).toBe('typo');
    expect(typo.standard).toBe('4.无正当理由大量反复申请');
  });

  it('reads NBSP and space-only cells as blanks and full-width digits as numbers', () => {
    const text = cellPerLine().replace(
      /(\t（一）予以公开\n)\t3\n\t0\n\t0\n\t0\n\t1\n\t0\n\t4/,
      '$1\t３\n\t\u00a0\n\t \n\t0\n\t１\n\t0\n\t４',
    );
    const r1 = table(parseReport(text), 't3').rows.find((r) => r.id === 'r1')!;
    expect(r1.cells.map((c) => c.kind)).toEqual(['number', 'blank', 'blank', 'number', 'number', 'number', 'number']);
    expect(r1.cells.map((c) => c.value)).toEqual([3, null, null, 0, 1, 0, 4]);
  });

  it('takes the single （六）其他处理 row with values as the 2019 row', () => {
    const text = tabRows().replace(/（六）其他处理\t1\.申请人无正当理由[^\n]*\n\t2\.[^\n]*\n\t3\.其他\t([^\n]*)/, '（六）其他处理\t$1');
    const t3 = table(parseReport(text), 't3');
    expect(t3.format).toBe('2019');
    expect(t3.markers2019.map((m) => m.raw)).toEqual(['（六）其他处理']);
    expect(rowValues(t3, 'r6')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('values that cannot be placed', () => {
  it('counts a row with one value too many without guessing', () => {
    const text = tabRows().replace('（七）总计\t5\t0\t0\t0\t2\t0\t7', '（七）总计\t5\t0\t0\t0\t2\t0\t7\t7');
    const t3 = table(parseReport(text), 't3');
    const r7 = t3.rows.find((r) => r.id === 'r7')!;
    expect(r7.values).toHaveLength(8);
    expect(r7.cells).toHaveLength(0);
    expect(t3.cells.has('t3.r7.np')).toBe(false);
    expect(t3.status).toBe('partial');
  });

  it('reads glued digits when exactly one split fits the row total, as reconstructed cells', () => {
    const text = pdfSpaces().replace('一、本年新收政府信息公开申请数量 5 0 0 0 2 0 7', '一、本年新收政府信息公开申请数量 5000207');
    const t3 = table(parseReport(text), 't3');
    expect(t3.status).toBe('ok');
    const row = t3.rows.find((r) => r.id === 'new')!;
    expect(row.cells.map((c) => c.value)).toEqual([5, 0, 0, 0, 2, 0, 7]);
    expect(row.cells.every((c) => c.certainty === 'reconstructed')).toBe(true);
    for (const cell of row.cells) expect(text.slice(cell.range.start, cell.range.end)).toBe(cell.raw);
  });

  it('marks a glued row unreadable when several splits fit, and reads the rest', () => {
    // 11 0 0 0 0 0 11 and 1 10 0 0 0 0 11 both add up.
    const text = pdfSpaces().replace('一、本年新收政府信息公开申请数量 5 0 0 0 2 0 7', '一、本年新收政府信息公开申请数量 110000011');
    const doc = parseReport(text);
    const t3 = table(doc, 't3');
    expect(t3.status).toBe('partial');
    expect(t3.rows.find((r) => r.id === 'new')!.unreadable).toContain('有多种拆分');
    expect(t3.cells.has('t3.new.np')).toBe(false);
    expect(rowValues(t3, 'r7')).toEqual(valuesOf('r7'));
    expect(doc.tableStatus.find((s) => s.kind === 't3')).toMatchObject({ state: 'partial', rows: ['new'] });
  });

  it('gives labels torn from their numbers their lines of numbers back when the order is certain', () => {
    const labels = T3_LABELS.map(([, label]) => label).join('\n');
    const numbers = T3_LABELS.map(([id]) => valuesOf(id).join(' ')).join('\n');
    const t3 = table(parseReport(HEAD + labels + '\n' + numbers + TAIL), 't3');
    expect(t3.status).toBe('ok');
    for (const [id] of T3_LABELS) expect(rowValues(t3, id), id).toEqual(valuesOf(id));
    expect([...t3.cells.values()].every((c) => c.certainty === 'reconstructed')).toBe(true);
  });

  it('marks labels torn from their numbers unreadable when the order is not certain', () => {
    const labels = T3_LABELS.map(([, label]) => label).join('\n');
    // One line of numbers is missing: which label lost its numbers cannot be known.
    const numbers = T3_LABELS.slice(1)
      .map(([id]) => valuesOf(id).join(' '))
      .join('\n');
    const doc = parseReport(HEAD + labels + '\n' + numbers + TAIL);
    const t3 = table(doc, 't3');
    expect(t3.status).toBe('unreadable');
    expect(t3.cells.size).toBe(0);
    expect(t3.rows.every((r) => r.unreadable !== undefined)).toBe(true);
  });
});

describe('tables 二 and 四', () => {
  it('reads table 二 in the 2021 format with its column typo', () => {
    const text =
      '二、主动公开政府信息情况\n\n第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年度止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t3\t1\t17\n第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n行政许可\t120\t\t\n第二十条第（六）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n行政处罚\t45\t\t\n行政强制\t2\t\t\n第二十条第（八）项\t\t\t\n信息内容\t本年收费金额（单位：万元）\t\t\n行政事业性收费\t12.5\t\t\n\n三、收到和处理政府信息公开申请情况\n';
    const t2 = table(parseReport(text), 't2');
    expect(t2.format).toBe('2021');
    expect(t2.status).toBe('ok');
    expect([...t2.cells.entries()].map(([id, c]) => [id, c.value])).toEqual([
      ['t2.reg.made', 0],
      ['t2.reg.repealed', 0],
      ['t2.reg.valid', 0],
      ['t2.nd.made', 3],
      ['t2.nd.repealed', 1],
      ['t2.nd.valid', 17],
      ['t2.lic', 120],
      ['t2.pen', 45],
      ['t2.coe', 2],
      ['t2.fee', 12.5],
    ]);
    expect(t2.headers.filter((h) => h.match === 'typo').map((h) => [h.raw, h.standard])).toEqual([['本年度止件数', '本年废止件数']]);
  });

  it('reads table 四 with broken and spaced header labels', () => {
    const text =
      '四、政府信息公开行政复议、行政诉讼情况\n\t行政复议\n\t行政诉讼\n\n\t结果\n维持\n\t结果纠正\n\t其他 结果\n\t尚 未 审 结\n\t总\n计\n\t未经复议直接起诉\n\t复议后起诉\n\n' +
      '\t\n\t\n\t\n\t\n\t\n\t结果维持\n\t结果纠正\n\t其他结果\n\t尚未审结\n\t总计\n\t结果维持\n\t结果纠正\n\t其他结果\n\t尚未审结\n\t总计\n\n' +
      [2, 0, 1, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0].map((v) => `\t${v}`).join('\n') +
      '\n\n五、存在的主要问题及改进情况\n';
    const t4 = table(parseReport(text), 't4');
    expect(t4.status).toBe('ok');
    expect(t4.rows[0]!.cells.map((c) => c.value)).toEqual([2, 0, 1, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(t4.cells.get('t4.rv.tot')!.value).toBe(3);
    expect(t4.headers.every((h) => h.match === 'exact')).toBe(true);
  });
});

describe('robustness', () => {
  it('never throws and keeps ranges inside the text under random edits', () => {
    const base = tabRows();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['\t', '\n', ' ', '0', '12', '（', '）', '总计', '\u00a0', '|', '---', '一、', '\r\n', '\ud83d'];
    for (let round = 0; round < 300; round++) {
      let text = base;
      for (let k = 0; k < 5; k++) {
        const at = Math.floor(random() * text.length);
        const cut = Math.floor(random() * 20);
        text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + cut);
      }
      const doc = parseReport(text);
      for (const t of doc.tables) {
        expect(t.range.start).toBeGreaterThanOrEqual(0);
        expect(t.range.end).toBeLessThanOrEqual(text.length);
        for (const c of t.cells.values()) expect(text.slice(c.range.start, c.range.end)).toBe(c.raw);
      }
    }
    // A generous limit: the machine running the suite may be loaded; speed is measured by npm run bench.
  }, 60_000);

  it('parses empty and binary-looking text', () => {
    expect(parseReport('').sections).toEqual([]);
    expect(parseReport('\u0000\u0001\uffff'.repeat(100)).tables).toEqual([]);
  });
});

describe('PDF copies with single spaces', () => {
  it('splits a group label and a row label that share a cell', () => {
    const text = pdfSpaces()
      .replace(/\n（三）不予公开 {2}1\.属于国家秘密/, '\n（三）不予公开 1.属于国家秘密')
      .replace(/\n三、本年度办理结果 {2}/, '\n三、本年度办理结果 ');
    expect(text).toContain('（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0');
    const t3 = table(parseReport(text), 't3');
    expect(t3.status).toBe('ok');
    expect(rowValues(t3, 'r3.1')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(rowValues(t3, 'r1')).toEqual(valuesOf('r1'));
    expect(t3.headers.map((h) => h.raw)).toContain('（三）不予公开');
  });

  it('reads table 四 with single-spaced header rows', () => {
    const text =
      '四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n\n五、存在的主要问题及改进情况\n';
    const t4 = table(parseReport(text), 't4');
    expect(t4.status).toBe('ok');
    expect(t4.cells.get('t4.rv.tot')!.value).toBe(1);
  });

  it('does not guess when table 四 puts a value after each column name', () => {
    const text =
      '四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持 1\n结果纠正 0\n其他结果 0\n尚未审结 0\n总计 1\n\n五、存在的主要问题及改进情况\n';
    const t4 = table(parseReport(text), 't4');
    expect(t4.status).toBe('unreadable');
    expect(t4.cells.size).toBe(0);
  });
});

describe('title, headings and signature as web pages and offices write them', () => {
  it('finds the title below page metadata and the signature above a page footer', () => {
    const text =
      '索引号：11410000/2023-00012\n发布机构：明川市人民政府办公室\n发布日期：2023-01-18\n明川市人民政府办公室\n2022年政府信息公开工作年度报告\n\n第一部分 总体情况\n\n本年度……\n\n六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n明川市人民政府办公室\n二〇二三年一月十八日\n\n【打印本页】【关闭窗口】\n';
    const doc = parseReport(text);
    expect(doc.title?.text).toBe('明川市人民政府办公室\n2022年政府信息公开工作年度报告');
    expect(doc.title?.agency).toBe('明川市人民政府办公室');
    expect(doc.year).toBe(2022);
    expect(doc.sections.map((s) => [s.key, s.heading.number?.text])).toEqual([
      [1, '第一部分'],
      [6, '六、'],
    ]);
    expect(doc.signature?.agency).toBe('明川市人民政府办公室');
    expect(doc.signature?.date).toMatchObject({ year: 2023, month: 1, day: 18 });
    expect(text.slice(doc.signature!.date!.range.start, doc.signature!.date!.range.end)).toBe('二〇二三年一月十八日');
  });

  it('does not take a dated sentence in section 六 for a signature', () => {
    const text = '青禾县2022年政府信息公开工作年度报告\n\n六、其他需要报告的事项\n\n本机关已于2023年1月5日完成年报发布。\n';
    expect(parseReport(text).signature).toBeNull();
  });
});

describe('rows the user left empty or marked for later', () => {
  it('keeps an all-empty （七）总计 row as the row, not the 总计 header', () => {
    const text = tabRows().replace('（七）总计\t5\t0\t0\t0\t2\t0\t7\t', '（七）总计\t\t\t\t\t\t\t\t');
    const t3 = table(parseReport(text), 't3');
    const r7 = t3.rows.find((r) => r.id === 'r7')!;
    expect(r7.cells.map((c) => c.kind)).toEqual(Array(7).fill('blank'));
    expect(t3.rows.filter((r) => r.id === 'r7')).toHaveLength(1);
  });

  it('reads an all-empty 2019 （六）其他处理 row before （七）总计 as a row', () => {
    const text = tabRows().replace(
      /（六）其他处理\t1\.申请人无正当理由[^\n]*\n\t2\.[^\n]*\n\t3\.其他\t[^\n]*/,
      '（六）其他处理\t\t\t\t\t\t\t\t',
    );
    const t3 = table(parseReport(text), 't3');
    expect(t3.format).toBe('2019');
    expect(t3.rows.find((r) => r.id === 'r6')!.cells.map((c) => c.kind)).toEqual(Array(7).fill('blank'));
  });

  it('does not glue a ？ placeholder onto the next row label', () => {
    const text =
      '二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t？\t？\n行政规范性文件\t18\t0\t0\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t3\n';
    const t2 = table(parseReport(text), 't2');
    expect(t2.rows.find((r) => r.id === 'reg')!.cells.map((c) => c.kind)).toEqual(['number', 'dash', 'dash']);
    expect(t2.rows.find((r) => r.id === 'nd')!.label!.raw).toBe('行政规范性文件');
  });
});

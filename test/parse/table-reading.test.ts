// Table 三 and 四 in the layouts real copies produce (OCR Markdown with placeholder headers, one cell per
// line with vertical group labels, headers broken over lines, a header row repeated after a page break,
// typo labels, glued digits, numbers moved away from their labels): the cells read back, by id and value,
// and what could not be read is named row by row.

import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parse';
import type { ReportDocument, Table, TableKind } from '../../server/src/service/model/types';
import { GROUP_BEFORE, T3_LABELS } from '../fixtures/labels';
import { isHeaderFragment as isFragmentOf, lexiconOf } from '../../server/src/service/parse/lexicon';
import { TABLES } from '../../server/src/service/template/tables';

const isHeaderFragment = (text: string) => isFragmentOf(lexiconOf(TABLES), text);

/** A small consistent table 三: 9 natural-person and 3 business applications. */
const T3: Record<string, number[]> = {
  new: [9, 3, 0, 0, 0, 0, 12],
  carry: [1, 0, 0, 0, 0, 0, 1],
  r1: [6, 2, 0, 0, 0, 0, 8],
  r2: [1, 0, 0, 0, 0, 0, 1],
  'r3.2': [1, 0, 0, 0, 0, 0, 1],
  'r4.1': [1, 1, 0, 0, 0, 0, 2],
  'r5.4': [1, 0, 0, 0, 0, 0, 1],
  r7: [10, 3, 0, 0, 0, 0, 13],
  next: [0, 0, 0, 0, 0, 0, 0],
};
const t3Of = (id: string) => T3[id] ?? [0, 0, 0, 0, 0, 0, 0];
const T4 = [2, 0, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
const T3_COLUMN_HEADERS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const T4_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const HEAD = '岚山县林业局2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n';
const MIDDLE = '\n\n四、政府信息公开行政复议、行政诉讼情况\n\n';
const TAIL = '\n\n五、存在的主要问题及改进情况\n\n无。\n';

function doc(t3: string, t4 = '本年度未发生行政复议、行政诉讼。'): ReportDocument {
  return parseReport(HEAD + t3 + MIDDLE + t4 + TAIL);
}

function table(d: ReportDocument, kind: TableKind): Table {
  const found = d.tables.find((t) => t.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

/** Every cell of table 三 as id → value, for comparing with what was read. */
function t3Cells(values: (id: string) => number[] = t3Of): Record<string, number> {
  const cols = ['np', 'biz', 'res', 'ngo', 'law', 'oth', 'tot'];
  return Object.fromEntries(T3_LABELS.flatMap(([id]) => values(id).map((v, i) => [`t3.${id}.${cols[i]}`, v])));
}

function read(t: Table): Record<string, number | null> {
  return Object.fromEntries([...t.cells.values()].map((c) => [c.id, c.kind === 'blank' ? null : c.value]));
}

function expectRangesExact(text: string, t: Table): void {
  for (const cell of t.cells.values()) expect(text.slice(cell.range.start, cell.range.end)).toBe(cell.raw);
}

describe('header rows are never values', () => {
  it('reads OCR Markdown whose header row is placeholders (类别, 数据1 … 数据7)', () => {
    const header = `| 类别 | 项目 | ${T3_COLUMN_HEADERS.map((_, i) => `数据${i + 1}`).join(' | ')} |\n|${' --- |'.repeat(9)}\n`;
    const rows = T3_LABELS.map(([id, label]) => `| ${GROUP_BEFORE[id] ?? ''} | ${label} | ${t3Of(id).join(' | ')} |`).join('\n');
    const t3 = table(doc(header + rows), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
  });

  it('reads table 四 under a placeholder header row (列1 … 列15) and its real header', () => {
    const text = `| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n|${' --- |'.repeat(15)}\n| ${T4.map((_, i) => `列${i + 1}`).join(' | ')} |\n| ${T4.join(' | ')} |`;
    const d = doc('本年度未收到申请。', text);
    const t4 = table(d, 't4');
    expect(t4.status).toBe('ok');
    expect(t4.rows[0]!.cells.map((c) => c.value)).toEqual(T4);
    expect(t4.rows[0]!.cells.some((c) => c.kind === 'invalid')).toBe(false);
  });

  it('reads one cell per line with group labels standing vertically, one character per line', () => {
    const vertical = (label: string) => {
      const [, ordinal, body] = /^(（.）|.、)(.*)$/.exec(label)!;
      return [ordinal, ...body!].join('\n');
    };
    const header = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join(
      '\n',
    );
    const body = T3_LABELS.map(([id, label]) =>
      [...(GROUP_BEFORE[id] ? [vertical(GROUP_BEFORE[id]!)] : []), label, ...t3Of(id).map(String)].join('\n'),
    ).join('\n');
    expect(body).toContain('三、\n本\n年\n度\n办\n理\n结\n果\n（一）予以公开');
    const text = HEAD + header + '\n' + body + MIDDLE + TAIL;
    const t3 = table(parseReport(text), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
    expect(t3.rows.every((r) => r.label!.match === 'exact')).toBe(true);
    expectRangesExact(text, t3);
  });

  it('reads one cell per line whose vertical group labels fall one character between each of their rows', () => {
    // A merged group cell copied row by row: `（四）` before the first of its rows, `无` before the second …
    const out: string[] = [];
    let pieces: string[] = [];
    for (const [id, label] of T3_LABELS) {
      const group = GROUP_BEFORE[id];
      if (group) {
        const [, ordinal, body] = /^(（.）|.、)(.*)$/.exec(group)!;
        pieces = [ordinal!, ...body!];
      }
      const piece = pieces.shift();
      out.push(...(piece ? [piece] : []), label, ...t3Of(id).map(String));
    }
    expect(out.join('\n')).toContain('\n无\n2.没有现成信息需要另行制作');
    const t3 = table(doc(out.join('\n')), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
    expect(t3.rows.every((r) => r.label!.match === 'exact')).toBe(true);
  });

  it('reads one cell per line whose long labels a PDF wrapped into lines of seven characters', () => {
    const rows = T3_LABELS.map(([id, label]) => [...(label.match(/.{1,7}/gu) ?? []), ...t3Of(id).map(String)].join('\n')).join('\n');
    expect(rows).toContain('1.申请人无正\n当理由逾期不补\n正、行政机关不\n再处理其政府信\n息公开申请\n0');
    const t3 = table(doc(rows), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
    expect(t3.rows.every((r) => r.label!.match !== 'typo')).toBe(true);
  });

  it('reads table 四 whose column headers are broken over lines (尚未 / 审结, 总 / 计)', () => {
    const broken = '结果\t结果\t其他\t尚未\t总\t'.repeat(3).trimEnd() + '\n' + '维持\t纠正\t结果\t审结\t计\t'.repeat(3).trimEnd();
    const text = `行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n${broken}\n${T4.join('\t')}`;
    const t4 = table(doc('无。', text), 't4');
    expect(t4.status).toBe('ok');
    expect(t4.rows[0]!.cells.map((c) => c.value)).toEqual(T4);
  });

  it('reads table 四 whose vertical headers give one character of each column per token (结 结 其 尚 总 …)', () => {
    const lines = [0, 1, 2, 3].map((k) =>
      [0, 1, 2]
        .flatMap(() => T4_RESULTS.map((r) => r[k] ?? ''))
        .filter(Boolean)
        .join(' '),
    );
    expect(lines[0]).toBe('结 结 其 尚 总 结 结 其 尚 总 结 结 其 尚 总');
    const text = `行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n${lines.join('\n')}\n${T4.join(' ')}`;
    const t4 = table(doc('无。', text), 't4');
    expect(t4.status).toBe('ok');
    expect(t4.rows[0]!.cells.map((c) => c.value)).toEqual(T4);
  });

  it('keeps the headers of a table 三 pasted right after a table 四, with no heading between', () => {
    const t4 = `行政复议\t\t\t\t\t行政诉讼\n${[...T4_RESULTS, ...T4_RESULTS, ...T4_RESULTS].join('\t')}\n${T4.join('\t')}`;
    const t3 =
      '\t申请人情况\n\t\t' +
      T3_COLUMN_HEADERS.join('\t') +
      '\n' +
      T3_LABELS.map(([id, label]) => `${label}\t${t3Of(id).join('\t')}`).join('\n');
    const d = parseReport(`${t4}\n\n${t3}\n`);
    expect(table(d, 't4').rows[0]!.cells.map((c) => c.value)).toEqual(T4);
    expect(table(d, 't3').headers.map((h) => h.raw)).toEqual(['申请人情况', ...T3_COLUMN_HEADERS]);
    expect(read(table(d, 't3'))).toEqual(t3Cells());
  });

  it('reads across a header row repeated after a page break', () => {
    const header = '\t申请人情况\n\t\t' + T3_COLUMN_HEADERS.join('\t') + '\n';
    const rows = T3_LABELS.map(([id, label]) => `${GROUP_BEFORE[id] ?? ''}\t${label}\t${t3Of(id).join('\t')}`);
    rows.splice(10, 0, '- 7 -', header.trimEnd());
    const t3 = table(doc(header + rows.join('\n')), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
  });

  it('does not take a label fragment for a value, and names the row it leaves unread', () => {
    // `4.保护第三方合法` / `权益` where the second part lands among one-per-line values.
    const rows = T3_LABELS.map(([id, label]) => [label, ...t3Of(id).map(String)].join('\n')).join('\n');
    const text = rows.replace('4.保护第三方合法权益\n0\n0\n0', '4.保护第三方合法权益\n0\n0\n府信息公开申请\n0');
    const t3 = table(doc(text), 't3');
    expect(t3.rows.find((r) => r.id === 'r3.4')!.cells.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect([...t3.cells.values()].some((c) => c.kind === 'invalid')).toBe(false);
  });

  it('keeps a text that is no header piece as a wrong value of a row of the right count', () => {
    const rows = T3_LABELS.map(([id, label]) => [label, ...t3Of(id).map(String)].join('\n')).join('\n');
    const text = rows.replace('2.重复申请\n0\n0', '2.重复申请\n0\n不详');
    const t3 = table(doc(text), 't3');
    const row = t3.rows.find((r) => r.id === 'r5.2')!;
    expect(row.unreadable).toBeUndefined();
    expect(row.cells.map((c) => c.kind)).toEqual(['number', 'invalid', 'number', 'number', 'number', 'number', 'number']);
  });

  it('names a row one value short of its count as not read, reading the others', () => {
    const rows = T3_LABELS.map(([id, label]) => [label, ...t3Of(id).map(String)].join('\n')).join('\n');
    const text = rows.replace('2.重复申请\n0\n0\n0\n0\n0\n0\n0', '2.重复申请\n0\n0\n0\n0\n0\n0');
    const d = doc(text);
    const row = table(d, 't3').rows.find((r) => r.id === 'r5.2')!;
    expect(row.cells).toEqual([]);
    expect(d.tableStatus.find((s) => s.kind === 't3')).toMatchObject({ state: 'partial', rows: ['r5.2'] });
  });
});

describe('a merged first column', () => {
  it('splits a group label glued to the row label after it (三、本年度办理结果（一）予以公开)', () => {
    const header = `| 类别 | ${T3_COLUMN_HEADERS.map((_, i) => `数据${i + 1}`).join(' | ')} |\n|${' --- |'.repeat(8)}\n`;
    const rows = T3_LABELS.map(([id, label]) => `| ${GROUP_BEFORE[id] ?? ''}${label} | ${t3Of(id).join(' | ')} |`).join('\n');
    expect(rows).toContain('| 三、本年度办理结果（一）予以公开 |');
    const text = HEAD + header + rows + MIDDLE + TAIL;
    const t3 = table(parseReport(text), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
    expect(t3.headers.map((h) => h.raw)).toEqual(Object.values(GROUP_BEFORE));
    for (const row of t3.rows) expect(text.slice(row.label!.range.start, row.label!.range.end)).toBe(row.label!.raw);
  });
});

describe('header pieces', () => {
  it('are placeholders, ordinals alone, characters of vertical headers and pieces of broken labels', () => {
    for (const text of [
      '类别',
      '数据1',
      '数据 12',
      '数据一',
      '列1',
      '第3列',
      'Column1',
      'column_2',
      'Unnamed: 0',
      '三、',
      '（三）',
      '本',
      '结 结 其 尚',
      '审结 总 计',
      '府信息公开申请',
    ]) {
      expect(isHeaderFragment(text), text).toBe(true);
    }
  });

  it('are not words that only stand in a cell by mistake', () => {
    for (const text of ['不详', '待定', '合计', 'N/A', '见附件']) expect(isHeaderFragment(text), text).toBe(false);
  });
});

describe('typo row labels at their place', () => {
  const typos: Record<string, string> = {
    'r3.1': '1.属于国秘蜜',
    'r3.2': '2.其他法律行政止公开',
    'r5.4': '4.无正当理由由大量反复申请',
  };
  const text = T3_LABELS.map(([id, label]) => `${GROUP_BEFORE[id] ?? ''}\t${typos[id] ?? label}\t${t3Of(id).join('\t')}`).join('\n');

  it('reads their values and offers the standard label', () => {
    const t3 = table(doc(text), 't3');
    expect(t3.status).toBe('ok');
    expect(read(t3)).toEqual(t3Cells());
    for (const [id, raw] of Object.entries(typos)) {
      const label = t3.rows.find((r) => r.id === id)!.label!;
      expect(label).toMatchObject({ raw, match: 'typo', standard: T3_LABELS.find(([key]) => key === id)![1] });
    }
  });

  it('does not take a far-off label for a row out of its place', () => {
    // The same words with the ordinal of another row, between rows where the template has no such row.
    const moved = text.replace('2.其他法律行政止公开', '6.其他法律行政止公开');
    const t3 = table(doc(moved), 't3');
    expect(t3.rows.some((r) => r.id === 'r3.2')).toBe(false);
  });
});

describe('glued digits', () => {
  const rowsWith = (id: string, raw: string) =>
    T3_LABELS.map(([key, label]) => `${GROUP_BEFORE[key] ?? ''}\t${label}\t${key === id ? raw : t3Of(key).join('\t')}`).join('\n');

  it('splits a row whose only fitting split is unique (9 3 0 0 0 0 12)', () => {
    const text = rowsWith('new', '9300001' + '2');
    const d = doc(text);
    const t3 = table(d, 't3');
    expect(t3.status).toBe('ok');
    const row = t3.rows.find((r) => r.id === 'new')!;
    expect(row.cells.map((c) => [c.id, c.value, c.certainty])).toEqual(
      t3Of('new').map((v, i) => [
        ['t3.new.np', 't3.new.biz', 't3.new.res', 't3.new.ngo', 't3.new.law', 't3.new.oth', 't3.new.tot'][i],
        v,
        'reconstructed',
      ]),
    );
    expectRangesExact(HEAD + text, t3);
  });

  it('keeps the exact source text and range of each part of full-width glued digits', () => {
    const text = rowsWith('new', '９３００００１２');
    const t3 = table(doc(text), 't3');
    expect(t3.rows.find((r) => r.id === 'new')!.cells.map((c) => [c.raw, c.value])).toEqual([
      ['９', 9],
      ['３', 3],
      ['０', 0],
      ['０', 0],
      ['０', 0],
      ['０', 0],
      ['１２', 12],
    ]);
    expectRangesExact(HEAD + text, t3);
  });

  it('leaves a row unreadable when two splits fit (11 0 0 0 0 0 11 or 1 10 0 0 0 0 11), reading the others', () => {
    const d = doc(rowsWith('carry', '110000011'));
    const t3 = table(d, 't3');
    expect(t3.status).toBe('partial');
    const row = t3.rows.find((r) => r.id === 'carry')!;
    expect(row.unreadable).toContain('有多种拆分');
    expect(t3.cells.get('t3.new.tot')?.value).toBe(12);
    expect(d.tableStatus.find((s) => s.kind === 't3')).toMatchObject({ state: 'partial', rows: ['carry'] });
  });

  it('splits table 四 when its fifteen cells are glued and only one split fits the three totals', () => {
    const text = `行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n${[...T4_RESULTS, ...T4_RESULTS, ...T4_RESULTS].join('\t')}\n${T4.join('')}`;
    const t4 = table(doc('无。', text), 't4');
    expect(t4.status).toBe('ok');
    expect(t4.rows[0]!.cells.map((c) => c.value)).toEqual(T4);
    expect(t4.rows[0]!.cells.every((c) => c.certainty === 'reconstructed')).toBe(true);
  });

  it('bounds the work on a long run of digits and says the row cannot be read', () => {
    const d = doc(rowsWith('new', '1'.repeat(40)));
    const row = table(d, 't3').rows.find((r) => r.id === 'new')!;
    expect(row.cells).toEqual([]);
    expect(row.unreadable).toBeDefined();
  });
});

describe('numbers moved away from their labels', () => {
  const labels = T3_LABELS.map(([, label]) => label).join('\n');

  it('gives each label its line of numbers when there is one line per label, each of the right count', () => {
    const numbers = T3_LABELS.map(([id]) => t3Of(id).join('\t')).join('\n');
    const t3 = table(doc(`${labels}\n\n${numbers}`), 't3');
    expect(read(t3)).toEqual(t3Cells());
    expect([...t3.cells.values()].every((c) => c.certainty === 'reconstructed')).toBe(true);
  });

  it('passes over the blank rows of group labels kept among the numbers', () => {
    const numbers = T3_LABELS.map(([id]) => `${GROUP_BEFORE[id] ? '\t\t\t\t\t\t\t\n' : ''}${t3Of(id).join('\t')}`).join('\n');
    const t3 = table(doc(`${labels}\n\n${numbers}`), 't3');
    expect(read(t3)).toEqual(t3Cells());
  });

  it('reads nothing from them when a line is short, and says so for every such row', () => {
    const numbers = T3_LABELS.map(([id]) => (id === 'r1' ? '6\t2\t0\t0\t8' : t3Of(id).join('\t'))).join('\n');
    const d = doc(`${labels}\n\n${numbers}`);
    const t3 = table(d, 't3');
    expect(t3.cells.size).toBe(0);
    expect(t3.rows.every((r) => r.unreadable !== undefined)).toBe(true);
    expect(d.tableStatus.find((s) => s.kind === 't3')!.state).toBe('unreadable');
  });

  it('reads the rows that kept their numbers when only some labels lost theirs', () => {
    const rows = T3_LABELS.map(([id, label]) => `${label}\t${t3Of(id).join('\t')}`);
    // 一 and 二 lost their numbers to a line after 二; it holds 14 numbers on two lines.
    rows[0] = T3_LABELS[0]![1];
    rows[1] = `${T3_LABELS[1]![1]}\n${t3Of('new').join('\t')}\n${t3Of('carry').join('\t')}`;
    const t3 = table(doc(rows.join('\n')), 't3');
    expect(read(t3)).toEqual(t3Cells());
    expect(t3.cells.get('t3.new.np')!.certainty).toBe('reconstructed');
    expect(t3.cells.get('t3.r1.np')!.certainty).toBeUndefined();
  });
});

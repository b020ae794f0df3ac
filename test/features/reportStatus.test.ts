// The report at a glance (status bar text, CodeLenses over the tables) and the `= N` inlay hints after a
// wrong total, on small invented drafts; every relation count and text is compared in full.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { reportSummary, statusDetails, statusLine } from '../../server/src/service/features/reportStatus';
import { tableLenses } from '../../server/src/service/features/codeLens';
import { inlayHints } from '../../server/src/service/features/inlayHints';
import { report, T3_VALUES, t3Text } from './drafts';

/** Table 三 with （七）总计·总计 changed from 6 to the given value. */
function wrongTotal(total: string): string {
  const r7 = [...T3_VALUES.r7!];
  r7[6] = total;
  return report({ t3: t3Text('tabRows', { ...T3_VALUES, r7 }) });
}

describe('report summary', () => {
  it('says year, format, tables read and that every relation holds on a correct draft', () => {
    const summary = reportSummary(analyze(report()).doc);
    expect(statusLine(summary)).toBe('2022 · 2021 版 · 表格 3/3 · 勾稽 ✓');
    expect(summary.relations.fails).toBe(0);
    expect(summary.relations.unchecked).toBe(0);
    expect(summary.relations.holds).toBe(summary.relations.total);
    expect(summary.relations.total).toBeGreaterThan(0);
  });

  it('counts a broken total in its table and in the status line', () => {
    const summary = reportSummary(analyze(wrongTotal('7')).doc);
    const t3 = summary.tables.find((s) => s.kind === 't3')!;
    // （七）总计·总计 = 7 breaks its row total, its column total and the balance of the 总计 column.
    expect(t3.relations.fails).toBe(3);
    expect(statusLine(summary)).toBe('2022 · 2021 版 · 表格 3/3 · 勾稽 ✗ 3');
    expect(statusDetails(summary)[1]).toBe(`表三：已读取，勾稽关系 ${t3.relations.total - 3}/${t3.relations.total}，3 处不符`);
  });

  it('says which tables are missing, and never ✓ when relations could not be checked', () => {
    const summary = reportSummary(analyze(report({ t4: '本年度未发生行政复议和行政诉讼。' })).doc);
    expect(summary.tables.map((s) => s.state)).toEqual(['read', 'read', 'missing']);
    expect(statusLine(summary)).toBe('2022 · 2021 版 · 表格 2/3 · 勾稽 ✓');
    expect(statusDetails(summary)[2]).toBe('表四：缺失');

    const blank = { ...T3_VALUES, 'r4.1': ['2', '0', '0', '0', '', '0', '2'] };
    const unchecked = reportSummary(analyze(report({ t3: t3Text('tabRows', blank) })).doc);
    expect(statusLine(unchecked)).toMatch(/ · 勾稽 \? \d+$/);
  });

  it('speaks English when asked', () => {
    const analysis = analyze(wrongTotal('7'), { language: 'en' });
    expect(statusLine(reportSummary(analysis.doc))).toBe('2022 · 2021 format · tables 3/3 · sums ✗ 3');
  });
});

describe('CodeLenses above the tables', () => {
  it('stand on each table’s first line: relations, then a link to the preview', () => {
    const text = wrongTotal('7');
    const analysis = analyze(text);
    const lenses = tableLenses(analysis);
    const t3 = reportSummary(analysis.doc).tables[1]!.relations;
    expect(lenses.map((l) => [l.table, l.title, l.action])).toEqual([
      ['t2', '勾稽关系 2/2 ✓', 'none'],
      ['t2', '预览', 'preview'],
      ['t3', `勾稽关系 ${t3.total - 3}/${t3.total}，3 处不符`, 'none'],
      ['t3', '预览', 'preview'],
      ['t4', '勾稽关系 3/3 ✓', 'none'],
      ['t4', '预览', 'preview'],
    ]);
    for (const lens of lenses) {
      expect(lens.range.start).toBe(lens.range.end);
      expect(lens.range.start).toBe(analysis.doc.tables.find((t) => t.kind === lens.table)!.range.start);
    }
  });
});

describe('inlay hints', () => {
  it('put “= 6” after the wrong （七）总计·总计, where every broken sum agrees', () => {
    const text = wrongTotal('7');
    const analysis = analyze(text);
    const hints = inlayHints(analysis);
    expect(hints.map((h) => h.label)).toEqual(['= 6']);
    const cell = analysis.doc.tables.find((t) => t.kind === 't3')!.cells.get('t3.r7.tot')!;
    expect(hints[0]!.offset).toBe(cell.range.end);
    expect(text.slice(cell.range.start, hints[0]!.offset)).toBe('7');
    expect(hints[0]!.tooltip.startsWith('按勾稽关系应为 6：')).toBe(true);
  });

  it('are absent on a correct draft, outside the requested range and when the sum checks are off', () => {
    expect(inlayHints(analyze(report()))).toEqual([]);
    const text = wrongTotal('7');
    expect(inlayHints(analyze(text), { start: 0, end: text.indexOf('三、收到') })).toEqual([]);
    const off = { 'sum/row-total': 'off', 'sum/results-total': 'off', 'sum/balance': 'off' } as const;
    expect(inlayHints(analyze(text, { severities: off }))).toEqual([]);
  });
});

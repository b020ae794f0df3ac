// Tests for sum/results-total: in table 三, a column's （七）总计 that is not the sum of the result rows is
// reported on the stated total, naming the numbers; the fix 改为 N is offered but never applied by fix-all.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout } from '../../fixtures/drafts';

const ID = 'sum/results-total';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

/** Marks table 三's （七）总计 cells of the given columns (0-based) in a draft of either layout. */
function markTotalRow(text: string, layout: Layout, values: Array<number | string>, columns: number[]): string {
  const cells = values.map((v, i) => (columns.includes(i) ? `⟦${ID}|${v}⟧` : String(v)));
  const plain = layout === 'tabs' ? `（七）总计\t${values.join('\t')}` : `（七）总计\n\t${values.join('\n\t')}`;
  const marked = layout === 'tabs' ? `（七）总计\t${cells.join('\t')}` : `（七）总计\n\t${cells.join('\n\t')}`;
  expect(text).toContain(plain);
  return text.replace(plain, marked);
}

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports a stated （七）总计 that differs from the results (${layout})`, () => {
      const values = defaultValues();
      // 自然人 results are 3 + 1 + 1 = 5; state 6 (and keep the row's own total consistent: 9).
      values.t3.r7 = [6, 2, 0, 0, 1, 0, 9];
      const r = checkDraft(markTotalRow(buildReport(values, { layout }), layout, values.t3.r7, [0, 6]), [ID]);
      expect(r.actual).toEqual(r.expected);
      const [np, tot] = r.findings;
      expect(np!.severity).toBe('error');
      expect(np!.message).toBe('“自然人”列：（七）总计为 6，但各项办理结果之和为 5（3 + 1 + 1），差 1');
      expect(tot!.message).toBe('“总计”列：（七）总计为 9，但各项办理结果之和为 8（4 + 1 + 1 + 2），差 1');
      expect(np!.data).toEqual({ table: 't3', cell: 't3.r7.np', expected: 5, stated: 6, relation: '（七）总计 = （一）至（六）各项之和' });
      // The 21 result cells of the column are too many to point at; the message lists those that are not 0.
      expect(np!.related).toEqual([]);
      expect(np!.fixes?.map((f) => [f.title, f.safe])).toEqual([['改为 5', false]]);
      let fixed = applyFix(r.text, np!);
      fixed = applyFix(fixed, checkDraft(fixed, [ID]).findings[0]!);
      expect(fixed).toBe(buildReport(defaultValues(), { layout }));
      expect(fixableFindings(fixed).filter((f) => f.id.startsWith('sum/'))).toEqual([]);
    });
  }

  it('reports a results breakdown that no longer adds up to the stated total', () => {
    const values = defaultValues();
    values.t3['r5.2'] = [2, 0, 0, 0, 0, 0, 2];
    const r = checkDraft(markTotalRow(buildReport(values), 'tabs', values.t3.r7!, [0, 6]), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toBe('“自然人”列：（七）总计为 5，但各项办理结果之和为 7（3 + 1 + 1 + 2），差 2');
    expect(r.findings[0]!.fixes?.[0]!.title).toBe('改为 7');
  });

  it('does not assess a column with a blank result cell', () => {
    const values = defaultValues();
    values.t3['r3.1'] = ['', 0, 0, 0, 0, 0, 0];
    values.t3.r7 = [9, 2, 0, 0, 1, 0, 12];
    const findings = checkDraft(buildReport(values), [ID]).findings;
    expect(findings.map((f) => f.data?.cell)).toEqual(['t3.r7.tot']);
  });

  it('uses the single （六） row of a 2019-format table', () => {
    const values = defaultValues();
    values.year = 2020;
    values.t3.r6 = [1, 0, 0, 0, 0, 0, 1];
    // The total does not count the （六） application: 5 stated, 6 by the results.
    const r = checkDraft(markTotalRow(buildReport(values, { singleR6: true }), 'tabs', values.t3.r7!, [0, 6]), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toBe('“自然人”列：（七）总计为 5，但各项办理结果之和为 6（3 + 1 + 1 + 1），差 1');
  });

  it('reports nothing when the numbers add up', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), ['sum/*']).actual).toEqual([]);
  });
});

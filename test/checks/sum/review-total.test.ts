// Tests for sum/review-total: in table 四, a group's 总计 that is not 结果维持 + 结果纠正 + 其他结果 +
// 尚未审结 is reported on the stated 总计 cell.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout } from '../../fixtures/drafts';

const ID = 'sum/review-total';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

/** Marks the given positions (0-based) of table 四's data row. */
function markData(text: string, layout: Layout, values: Array<number | string>, positions: number[]): string {
  const sep = layout === 'tabs' ? '\t' : '\n\t';
  const lead = layout === 'tabs' ? '总计\n' : '总计\n\n\t';
  const plain = lead + values.join(sep);
  const at = text.lastIndexOf(plain);
  expect(at).toBeGreaterThan(0);
  const cells = values.map((v, i) => (positions.includes(i) ? `⟦${ID}|${v}⟧` : String(v)));
  return text.slice(0, at) + lead + cells.join(sep) + text.slice(at + plain.length);
}

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports group totals that are not the sum of their results (${layout})`, () => {
      const values = defaultValues();
      // 行政复议 1 + 0 + 1 + 0 stated as 3; 复议后起诉 0 + 0 + 0 + 0 stated as 1.
      values.t4 = [1, 0, 1, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1];
      const r = checkDraft(markData(buildReport(values, { layout }), layout, values.t4, [4, 14]), [ID]);
      expect(r.actual).toEqual(r.expected);
      const [rv, lr] = r.findings;
      expect(rv!.severity).toBe('error');
      expect(rv!.message).toBe('行政复议：总计为 3，但结果维持、结果纠正、其他结果、尚未审结之和为 2（1 + 0 + 1 + 0），差 1');
      expect(lr!.message).toBe('行政诉讼（复议后起诉）：总计为 1，但结果维持、结果纠正、其他结果、尚未审结之和为 0（0 + 0 + 0 + 0），差 1');
      expect(rv!.data).toMatchObject({ table: 't4', cell: 't4.rv.tot', expected: 2, stated: 3 });
      // The parts stand in the total's own row and in the message: no related locations to clutter the hover.
      expect(rv!.related).toEqual([]);
      expect(rv!.fixes?.map((f) => [f.title, f.safe])).toEqual([['改为 2', false]]);
      let fixed = applyFix(r.text, rv!);
      fixed = applyFix(fixed, checkDraft(fixed, [ID]).findings[0]!);
      expect(fixed).toBe(buildReport(defaultValues(), { layout }));
      expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
    });
  }

  it('does not assess a group with a blank result', () => {
    const values = defaultValues();
    values.t4 = [1, '', 1, 0, 5, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
    expect(checkDraft(buildReport(values), [ID]).actual).toEqual([]);
  });

  it('reports nothing when every group adds up', () => {
    const values = defaultValues();
    values.t4 = [2, 1, 0, 1, 4, 0, 1, 0, 0, 1, 1, 0, 0, 1, 2];
    for (const layout of LAYOUTS) {
      expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
      expect(checkDraft(buildReport(values, { layout }), [ID]).actual).toEqual([]);
    }
  });
});

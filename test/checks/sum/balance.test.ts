// Tests for sum/balance: in table 三, per column, 一 + 二 must equal （七）总计 + 四; a column that does not
// balance is reported on its （七）总计 cell, naming both sides.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout, t3Values } from '../../fixtures/drafts';

const ID = 'sum/balance';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

function markRow(text: string, layout: Layout, label: string, values: Array<number | string>, columns: number[]): string {
  const cells = values.map((v, i) => (columns.includes(i) ? `⟦${ID}|${v}⟧` : String(v)));
  const sep = layout === 'tabs' ? '\t' : '\n\t';
  const plain = `${label}${sep}${values.join(sep)}`;
  expect(text).toContain(plain);
  return text.replace(plain, `${label}${sep}${cells.join(sep)}`);
}

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports a column whose new applications do not balance the results and carry-over (${layout})`, () => {
      const values = defaultValues();
      // One more natural-person application received than handled or carried over (row total kept right).
      values.t3.new = [6, 2, 0, 0, 1, 0, 9];
      const r = checkDraft(markRow(buildReport(values, { layout }), layout, '（七）总计', values.t3.r7!, [0, 6]), [ID]);
      expect(r.actual).toEqual(r.expected);
      const [np, tot] = r.findings;
      expect(np!.severity).toBe('error');
      expect(np!.message).toBe(
        '“自然人”列：一、本年新收 + 二、上年结转 = 6 + 1 = 7，但（七）总计 + 四、结转下年度继续办理 = 5 + 1 = 6，差 1',
      );
      expect(tot!.message).toBe(
        '“总计”列：一、本年新收 + 二、上年结转 = 9 + 1 = 10，但（七）总计 + 四、结转下年度继续办理 = 8 + 1 = 9，差 1',
      );
      expect(np!.data).toMatchObject({ table: 't3', cell: 't3.r7.np', expected: 6, stated: 5 });
      // The other three cells of the relation, including the other side, are related locations.
      expect(np!.related?.map((x) => x.message)).toEqual([
        '四、结转下年度继续办理·自然人 = 1',
        '一、本年新收政府信息公开申请数量·自然人 = 6',
        '二、上年结转政府信息公开申请数量·自然人 = 1',
      ]);
      expect(np!.fixes?.map((f) => [f.title, f.safe])).toEqual([['改为 6', false]]);
      // Applying both fixes balances both columns (the results breakdown is then another matter).
      let fixed = applyFix(r.text, np!);
      fixed = applyFix(fixed, checkDraft(fixed, [ID]).findings[0]!);
      const expected = values.t3.r7!.map((v, i) => (i === 0 ? 6 : i === 6 ? 9 : v));
      expect(fixed).toBe(buildReport({ ...values, t3: { ...values.t3, r7: expected } }, { layout }));
      expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
    });
  }

  it('reports a carry-over that is too large, once per cell', () => {
    const values = defaultValues();
    values.t3.next = [2, 0, 0, 0, 0, 0, 2];
    const r = checkDraft(markRow(buildReport(values), 'tabs', '（七）总计', values.t3.r7!, [0, 6]), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.fixes?.[0]!.title).toBe('改为 4');
    expect(new Set(r.findings.map((f) => f.data?.cell)).size).toBe(r.findings.length);
  });

  it('offers no fix when the balancing total would be negative', () => {
    const values = defaultValues();
    values.t3.next = [9, 0, 0, 0, 0, 0, 9];
    const np = checkDraft(buildReport(values), [ID]).findings.find((f) => f.data?.cell === 't3.r7.np');
    expect(np?.fixes ?? []).toEqual([]);
  });

  it('reports nothing when every column balances', () => {
    const busy = defaultValues();
    busy.t3 = t3Values({
      new: { np: 40, biz: 3, res: 1, ngo: 2, law: 4, oth: 1 },
      carry: { np: 3, law: 1 },
      r1: { np: 20, biz: 2 },
      r2: { np: 5, res: 1 },
      'r4.1': { np: 7, law: 3 },
      'r5.2': { np: 2 },
      'r6.3': { ngo: 2 },
    });
    for (const layout of LAYOUTS) {
      expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
      expect(checkDraft(buildReport(busy, { layout }), ['sum/*']).actual).toEqual([]);
    }
  });
});

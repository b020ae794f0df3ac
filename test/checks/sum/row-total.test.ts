// Tests for sum/row-total: in table 三, a row's 总计 that is not the sum of its six applicant columns is
// reported on the stated 总计 cell.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { analyze } from '../../../server/src/service';
import { buildReport, defaultValues, type Layout, replaceNth } from '../../fixtures/drafts';

const ID = 'sum/row-total';
const LAYOUTS: Layout[] = ['tabs', 'cells'];
const R2 = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports a row total that is not the sum of the applicants (${layout})`, () => {
      const values = defaultValues();
      values.t3.r2 = [1, 0, 0, 0, 2, 0, 2];
      const sep = layout === 'tabs' ? '\t' : '\n\t';
      const plain = `${R2}${sep}${values.t3.r2.join(sep)}`;
      const text = buildReport(values, { layout });
      const marked = replaceNth(text, plain, `${R2}${sep}${values.t3.r2.slice(0, 6).join(sep)}${sep}⟦${ID}|2⟧`);
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      const finding = r.findings[0];
      expect(finding!.severity).toBe('error');
      expect(finding!.message).toBe('“（二）部分公开”一行：总计为 2，但各类申请人之和为 3（1 + 0 + 0 + 0 + 2 + 0），差 1');
      expect(finding!.data).toMatchObject({ table: 't3', cell: 't3.r2.tot', expected: 3, stated: 2 });
      // The parts stand in the total's own row and in the message: no related locations.
      expect(finding!.related).toEqual([]);
      expect(finding!.fixes?.map((f) => [f.title, f.safe])).toEqual([['改为 3', false]]);
      const fixed = applyFix(r.text, finding!);
      expect(fixed).toBe(replaceNth(text, plain, `${R2}${sep}${[1, 0, 0, 0, 2, 0, 3].join(sep)}`));
      expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
    });
  }

  it('checks every row, including 一、二、（七） and 四', () => {
    const values = defaultValues();
    values.t3.new = [5, 2, 0, 0, 1, 0, 7];
    values.t3.next = [1, 0, 0, 0, 0, 0, 0];
    const cells = checkDraft(buildReport(values), [ID]).findings.map((f) => f.data?.cell);
    expect(cells).toEqual(['t3.new.tot', 't3.next.tot']);
  });

  it('does not assess a row with a blank applicant cell', () => {
    const values = defaultValues();
    values.t3.r1 = [3, '—', 0, 0, 0, 0, 9];
    expect(checkDraft(buildReport(values), [ID]).actual).toEqual([]);
  });

  it('reports nothing when every row adds up', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
  });
});

describe('a wrong part that breaks its row and its column', () => {
  it('offers to correct that part first, before the totals', () => {
    const values = defaultValues();
    const stated = values.t3.r1![0] as number;
    values.t3.r1 = [stated + 1, ...values.t3.r1!.slice(1)];
    const text = buildReport(values);
    const findings = analyze(text).findings.filter((f) => f.id === 'sum/row-total' || f.id === 'sum/results-total');
    expect(findings.map((f) => f.id).sort()).toEqual(['sum/results-total', 'sum/row-total']);
    for (const finding of findings) {
      expect(finding.fixes?.[0]!.title).toBe(`将“（一）予以公开·自然人”改为 ${stated}`);
      const fixed = applyFix(text, finding, 0);
      expect(fixed).toBe(buildReport(defaultValues()));
      expect(analyze(fixed).findings.filter((f) => f.id.startsWith('sum/'))).toEqual([]);
    }
  });

  it('names a numbered sub-row with its group', () => {
    const values = defaultValues();
    values.t3['r3.1'] = [1, 0, 0, 0, 0, 0, 0];
    const finding = checkDraft(buildReport(values), [ID]).findings.find((f) => f.data?.cell === 't3.r3.1.tot')!;
    expect(finding.message).toBe('“（三）不予公开·1.属于国家秘密”一行：总计为 0，但各类申请人之和为 1（1 + 0 + 0 + 0 + 0 + 0），差 1');
  });
});

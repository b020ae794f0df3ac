// Tests for table/cell-blank: once per table with empty or 「—」「/」 cells, on the first such row's label
// (table 四: on the first blank value), naming the rows; the one fix fills 0 (a blank total gets its sum) and
// is safe only when every relation through those cells then holds.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout, mark, replaceNth } from '../../fixtures/drafts';

const ID = 'table/cell-blank';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

function fixed(marked: string, title: string) {
  const r = checkDraft(marked, [ID]);
  expect(r.actual).toEqual(r.expected);
  expect(r.findings).toHaveLength(1);
  const finding = r.findings[0];
  expect(finding!.severity).toBe('warning');
  expect(finding!.fixes?.map((f) => [f.title, f.safe])).toEqual([[title, true]]);
  const text = applyFix(r.text, finding!);
  expect(fixableFindings(text).filter((f) => f.id === ID)).toEqual([]);
  return { finding, text };
}

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports a row with empty, 「—」 and 「/」 cells once and fills them with 0 (${layout})`, () => {
      const values = defaultValues();
      // （二）部分公开 is 1 0 0 0 0 0 1: blank out three of its zeros.
      values.t3.r2 = [1, '', '—', '/', 0, 0, 1];
      const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
      const { finding, text } = fixed(mark(buildReport(values, { layout }), label, ID), '填入 0');
      expect(finding!.message).toBe(
        `“（二）部分公开”一行有 3 个单元格（商业企业、科研机构、社会公益组织）为空或为“—”“/”：没有发生的应填 0，空白处的勾稽关系无法核对`,
      );
      expect(finding!.data).toEqual({ table: 't3', cell: 't3.r2.biz', cells: ['t3.r2.biz', 't3.r2.res', 't3.r2.ngo'] });
      expect(text).toBe(buildReport(defaultValues(), { layout }));
    });

    it(`offers the computed total when only the total is blank (${layout})`, () => {
      const values = defaultValues();
      values.t3.r1 = [3, 1, 0, 0, 0, 0, ''];
      const { text } = fixed(mark(buildReport(values, { layout }), '（一）予以公开', ID), '填入 4');
      expect(text).toBe(buildReport(defaultValues(), { layout }));
    });

    it(`sits on the first blank value of table 四 (${layout})`, () => {
      const values = defaultValues();
      values.t4[1] = '';
      values.t4[6] = '—';
      let marked = buildReport(values, { layout });
      const row = layout === 'tabs' ? '1\t\t1\t0\t2' : '\t1\n\t\n\t1';
      const blankAt = marked.indexOf(row) + (layout === 'tabs' ? 2 : 4);
      marked = `${marked.slice(0, blankAt)}⟦${ID}|⟧${marked.slice(blankAt)}`;
      const { finding, text } = fixed(marked, '填入 0');
      expect(finding!.data).toEqual({ table: 't4', cell: 't4.rv.fix', cells: ['t4.rv.fix', 't4.ld.fix'] });
      expect(text).toBe(buildReport(defaultValues(), { layout }));
    });
  }

  it('fills a blank （七）总计 row with the sums of the result rows', () => {
    const values = defaultValues();
    values.t3.r7 = ['—', '—', '—', '—', '—', '—', '—'];
    for (const layout of LAYOUTS) {
      const { text } = fixed(mark(buildReport(values, { layout }), '（七）总计', ID), '填入各项之和（5、2、0、0、1、0、8）');
      expect(text).toBe(buildReport(defaultValues(), { layout }));
    }
  });

  it('fills the blank parts of a row with 0 and its blank total with the sum, never a 0 total beside filled parts', () => {
    const values = defaultValues();
    const row = values.t3.new!.map((v, i) => (i === 6 || v === 0 ? '—' : v));
    expect(row.filter((v) => v === '—').length).toBeGreaterThan(1);
    values.t3.new = row;
    const total = defaultValues().t3.new![6];
    for (const layout of LAYOUTS) {
      const { text } = fixed(
        mark(buildReport(values, { layout }), '一、本年新收政府信息公开申请数量', ID),
        `空白处填入 0，总计填入 ${total}`,
      );
      expect(text).toBe(buildReport(defaultValues(), { layout }));
    }
  });

  it('fills a blank table 四 total with the sum of its four results', () => {
    const values = defaultValues();
    values.t4[4] = '/';
    const marked = replaceNth(buildReport(values), '1\t0\t1\t0\t/', `1\t0\t1\t0\t⟦${ID}|/⟧`);
    const { text } = fixed(marked, '填入 2');
    expect(text).toBe(buildReport(defaultValues()));
  });

  it('fills a blank cell written as white space in a one-cell-per-line table', () => {
    const values = defaultValues();
    values.t2.lic = ' ';
    const { text } = fixed(mark(buildReport(values, { layout: 'cells' }), '行政许可', ID), '填入 0');
    expect(text).toBe(buildReport({ ...defaultValues(), t2: { ...defaultValues().t2, lic: 0 } }, { layout: 'cells' }));
  });

  it('makes no sum finding through a blank cell', () => {
    const values = defaultValues();
    // （七）总计·自然人 blank and 一·自然人 off by one: nothing about 自然人 can be assessed.
    values.t3.r7![0] = '';
    values.t3.new = [6, 2, 0, 0, 1, 0, 9];
    const text = buildReport(values);
    const sums = checkDraft(text, ['sum/*']).findings;
    expect(sums.filter((f) => String(f.data?.cell).endsWith('.np'))).toEqual([]);
    // The 总计 column is all numbers, so its balance is still checked.
    expect(sums.map((f) => `${f.id} ${f.data?.cell}`)).toContain('sum/balance t3.r7.tot');
    expect(checkDraft(text, [ID]).findings).toHaveLength(1);
  });

  it('reports nothing when every cell holds a number', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
  });

  it('groups the blank cells of several rows of one table into one finding with one fix', () => {
    const values = defaultValues();
    values.t3.r2 = [1, '', '—', '/', 0, 0, 1];
    values.t3['r3.1'] = [0, 0, '', 0, 0, 0, 0];
    values.t4[1] = '';
    const marked = mark(mark(buildReport(values), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ID), '1\t\t1\t0\t2', ID);
    const r = checkDraft(marked.replace(`⟦${ID}|1\t\t1\t0\t2⟧`, `1\t⟦${ID}|⟧\t1\t0\t2`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const [t3] = r.findings;
    expect(t3!.message).toBe(
      '表三有 4 个单元格为空或为“—”“/”，分布在 2 行：“（二）部分公开”3 个、“（三）不予公开·1.属于国家秘密”1 个。没有发生的应填 0，空白处的勾稽关系无法核对',
    );
    expect(t3!.related?.map((x) => [r.text.slice(x.range.start, x.range.end), x.message])).toEqual([
      ['1.属于国家秘密', '“（三）不予公开·1.属于国家秘密”：1 个空白'],
    ]);
    expect(t3!.data).toEqual({
      table: 't3',
      cell: 't3.r2.biz',
      cells: ['t3.r2.biz', 't3.r2.res', 't3.r2.ngo', 't3.r3.1.res'],
      rows: ['r2', 'r3.1'],
    });
    expect(t3!.fixes?.map((f) => [f.title, f.safe])).toEqual([['填入 0', true]]);
    let text = applyFix(r.text, t3!);
    text = applyFix(text, checkDraft(text, [ID]).findings[0]!);
    expect(text).toBe(buildReport(defaultValues()));
  });

  it('offers the one value the sums determine, not as a safe fix, when a stated total contradicts 0', () => {
    const values = defaultValues();
    // （一）予以公开 is 3 1 0 0 0 0 4: with 商业企业 blank, the row total and the column total both say 1.
    values.t3.r1 = [3, '', 0, 0, 0, 0, 4];
    const r = checkDraft(mark(buildReport(values), '（一）予以公开', ID), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.fixes?.map((f) => [f.title, f.safe])).toEqual([['按勾稽关系填入 1', false]]);
    expect(applyFix(r.text, r.findings[0]!)).toBe(buildReport(defaultValues()));
  });

  it('offers no fill when the stated totals determine more than one blank', () => {
    const values = defaultValues();
    values.t3.r1 = ['', '', 0, 0, 0, 0, 4];
    const r = checkDraft(mark(buildReport(values), '（一）予以公开', ID), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.fixes).toEqual([]);
  });
});

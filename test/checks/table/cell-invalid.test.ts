// Tests for table/cell-invalid: a value cell that is not a usable number is reported on its text; a unit
// typed into the cell is removed by a safe fix, 元 in the 万元 column is converted by an unsafe one.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout, mark } from '../../fixtures/drafts';

const ID = 'table/cell-invalid';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`removes a unit typed into a count cell (${layout})`, () => {
      const values = defaultValues();
      values.t2.lic = '25件';
      const r = checkDraft(mark(buildReport(values, { layout }), '25件', ID), [ID]);
      expect(r.actual).toEqual(r.expected);
      const finding = r.findings[0];
      expect(finding!.severity).toBe('error');
      expect(finding!.message).toBe('“行政许可·本年处理决定数量”的值“25件”含单位“件”：单元格只填数字，单位以表头为准');
      expect(finding!.data).toEqual({ table: 't2', cell: 't2.lic', problem: '含单位“件”' });
      expect(finding!.fixes?.map((f) => [f.title, f.safe])).toEqual([['删除单位“件”', true]]);
      const fixed = applyFix(r.text, finding!);
      expect(fixed).toBe(buildReport(defaultValues(), { layout }));
      expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
    });

    it(`reports text, negative numbers and fractions without a fix (${layout})`, () => {
      const values = defaultValues();
      values.t3['r3.1'] = ['待定', 0, 0, 0, 0, 0, 0];
      values.t3['r3.2'] = [0, '-1', 0, 0, 0, 0, 0];
      values.t4[0] = '0.5';
      let marked = buildReport(values, { layout });
      marked = mark(marked, '待定', ID);
      marked = mark(marked, '-1', ID);
      marked = mark(marked, '0.5', ID);
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      expect(r.findings.map((f) => f.data?.cell)).toEqual(['t3.r3.1.np', 't3.r3.2.biz', 't4.rv.keep']);
      expect(r.findings.map((f) => f.data?.problem)).toEqual(['不是数字', '是负数', '不是整数']);
      // Cells are named in Chinese, with table 三's group for its numbered sub-rows, never by id.
      expect(r.findings[0]!.message).toBe('“（三）不予公开·1.属于国家秘密·自然人”的值“待定”不是数字：请填写非负整数（没有发生的填 0）');
      expect(r.findings.every((f) => (f.fixes ?? []).length === 0)).toBe(true);
      // Such cells are not numbers: the relations through them are not assessed.
      expect(checkDraft(marked, ['sum/*']).findings.filter((f) => /r3\.1\.np|r3\.2\.biz|rv\./.test(String(f.data?.cell)))).toEqual([]);
    });
  }

  it('converts 元 to 万元 in the fee column, as a fix the drafter confirms', () => {
    const values = defaultValues();
    values.t2.fee = '2500元';
    const r = checkDraft(mark(buildReport(values), '2500元', ID), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.fixes?.map((f) => [f.title, f.safe])).toEqual([['改为 0.25（万元）', false]]);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(buildReport({ ...defaultValues(), t2: { ...defaultValues().t2, fee: 0.25 } }));
    expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  });

  it('keeps a decimal amount in the fee column', () => {
    const values = defaultValues();
    values.t2.fee = '1.2345';
    expect(checkDraft(buildReport(values), [ID]).actual).toEqual([]);
  });

  it('offers to remove the unit of a 2019 procurement amount, but not as a safe fix', () => {
    const draft =
      '红岭乡人民政府2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n' +
      '第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t2\t2\t7\n' +
      '第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t3\t⟦table/cell-invalid|86万元⟧\n\n三、收到和处理政府信息公开申请情况\n\n无。\n';
    const r = checkDraft(draft, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.fixes?.map((f) => [f.title, f.safe])).toEqual([['删除单位“万元”', false]]);
    expect(applyFix(r.text, r.findings[0]!)).toBe(r.text.replace('86万元', '86'));
  });

  for (const layout of LAYOUTS) {
    it(`reads letters that look like digits (OCR) as those digits, with a warning and the digits as a fix (${layout})`, () => {
      const values = defaultValues();
      values.t3['r3.1'] = ['O', 0, 0, 0, 0, 0, '〇'];
      values.t2.pen = '4O';
      values.t4[0] = 'l';
      // `l` first: the markers' own text holds that letter.
      let marked = mark(buildReport(values, { layout }), 'l', ID);
      marked = mark(marked, '4O', ID);
      marked = mark(marked, 'O', ID, 2);
      marked = mark(marked, '〇', ID);
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      expect(r.findings.every((f) => f.severity === 'warning')).toBe(true);
      expect(r.findings.map((f) => f.fixes?.[0]?.edits[0]?.newText)).toEqual(['40', '0', '0', '1']);
      expect(r.findings[1]!.message).toBe(
        '“（三）不予公开·1.属于国家秘密·自然人”的值“O”含有形似数字的字母或“〇”，按 0 读取：请改为数字（相关勾稽关系按此值核对，请确认）',
      );
      // The sums are checked with the digits read, and nothing certain rests on them: no error anywhere.
      const all = checkDraft(buildReport(values, { layout }), ['*']).findings;
      expect(all.filter((f) => f.severity === 'error')).toEqual([]);
      // Every fix applied gives the clean draft back.
      let fixed = r.text;
      for (const finding of [...r.findings].reverse()) fixed = applyFix(fixed, finding);
      expect(fixed).toBe(buildReport(defaultValues(), { layout }));
    });
  }

  it('names many look-alike cells of one table (an OCR copy reading every 0 as o) once, with one fix for all', () => {
    const values = defaultValues();
    for (const row of ['r3.1', 'r3.2', 'r3.3', 'r3.5']) values.t3[row] = ['o', 'o', 0, 0, 0, 0, 'o'];
    const marked = mark(buildReport(values), 'o', ID);
    const r = checkDraft(marked, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toBe(
      '表三有 12 个单元格含有形似数字的字母或“〇”（如“o”），已按数字读取：请改为数字（相关勾稽关系按这些值核对，请确认）',
    );
    expect(r.findings[0]!.fixes?.map((f) => f.title)).toEqual(['全部改为数字（12 处）']);
    expect(applyFix(r.text, r.findings[0]!)).toBe(buildReport(defaultValues()));
  });

  it('does not take a word for a number: 〇 inside a year or letters in text stay text', () => {
    const values = defaultValues();
    values.t3['r3.1'] = ['二〇', 0, 0, 0, 0, 0, 'Ol.'];
    const marked = mark(mark(buildReport(values), '二〇', ID), 'Ol.', ID);
    const r = checkDraft(marked, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings.every((f) => f.severity === 'error' && f.fixes?.length === 0)).toBe(true);
  });

  it('reports nothing when every cell is a number', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
  });
});

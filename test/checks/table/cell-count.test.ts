// Tests for table/cell-count: a row with more or fewer values than its columns is reported on its label
// (table 四: on the first value of the data row); an unreadable table is left to table/unreadable.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';
import { buildReport, defaultValues, type Layout, mark, replaceNth, T3_ROW_IDS } from '../../fixtures/drafts';

const ID = 'table/cell-count';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports rows with 8 values in table 三 and 16 in table 四 (${layout})`, () => {
      const values = defaultValues();
      values.t3.r7 = [...values.t3.r7!, 0];
      values.t3.next = [...values.t3.next!, 0];
      values.t4 = [...values.t4, 0];
      let marked = buildReport(values, { layout });
      marked = mark(marked, '（七）总计', ID);
      marked = mark(marked, '四、结转下年度继续办理', ID);
      // The first value of table 四's data row follows its last header, 总计.
      const lastHeader = layout === 'tabs' ? '尚未审结\t总计\n' : '\t尚未审结\n\t总计\n\n\t';
      const at = marked.indexOf(lastHeader, marked.indexOf('复议后起诉')) + lastHeader.length;
      marked = `${marked.slice(0, at)}⟦${ID}|1⟧${marked.slice(at + 1)}`;
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      // An error for a row written on one line; values spread over lines may be miscounted: a warning that says so.
      const spread = '（这一行的数值分布在多行，个数可能受换行、页码或表头文字影响，请核对）';
      expect(r.findings.map((f) => f.severity)).toEqual(
        layout === 'tabs' ? ['error', 'error', 'error'] : ['warning', 'warning', 'warning'],
      );
      expect(r.findings[0]!.message).toBe(
        `“（七）总计”一行有 8 个数值，表三这一行应有 7 个（多 1 个）；数值无法对应到列，相关勾稽关系不予核对${layout === 'tabs' ? '' : spread}`,
      );
      expect(r.findings[2]!.message).toContain('表四的数据行有 16 个数值，应有 15 个');
      expect(r.findings.map((f) => f.data?.cell)).toEqual(['t3.r7.np', 't3.next.np', 't4.rv.keep']);
      // No fix: which value is the extra one cannot be known.
      expect(r.findings.every((f) => (f.fixes ?? []).length === 0)).toBe(true);
      // And no sum finding is made from values that cannot be placed.
      expect(checkDraft(marked, ['sum/*']).actual).toEqual([]);
    });
  }

  it('reports a row with too few values', () => {
    const values = defaultValues();
    values.t3.r2 = values.t3.r2!.slice(0, 6);
    values.t2['nd.valid'] = '';
    const text = buildReport(values).replace('行政规范性文件\t3\t1\t', '行政规范性文件\t3\t1');
    const r = checkDraft(mark(mark(text, '行政规范性文件', ID), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ID), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[1]!.message).toContain('有 6 个数值，表三这一行应有 7 个（少 1 个）');
  });

  it('stays silent on an unreadable table', () => {
    const values = defaultValues();
    // Every row's digits glued together so that no split fits its total: nothing can be placed.
    for (const row of T3_ROW_IDS) values.t3[row] = ['12345678'];
    const text = buildReport(values);
    expect(checkDraft(text, ['table/unreadable']).findings).toHaveLength(1);
    expect(checkDraft(text, [ID]).actual).toEqual([]);
  });

  it('reports nothing when every row has its columns', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
    // A leading empty cell before the values (merged label columns) is not a value.
    const text = replaceNth(buildReport(defaultValues()), '一、本年新收政府信息公开申请数量\t', '一、本年新收政府信息公开申请数量\t\t');
    expect(checkDraft(text, [ID]).actual).toEqual([]);
  });
});

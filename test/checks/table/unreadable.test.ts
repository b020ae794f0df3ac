// Tests for table/unreadable: a table whose values cannot be placed in cells with certainty is reported
// once, on its first label, with the parser's reason, and no sum finding is made from it.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';
import { buildReport, defaultValues, type Layout, mark, T3_ROW_IDS } from '../../fixtures/drafts';
import { analyze } from '../../../server/src/service';

const ID = 'table/unreadable';
const LAYOUTS: Layout[] = ['tabs', 'cells'];
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports digits glued together once, on the table's first label (${layout})`, () => {
      const values = defaultValues();
      // Every row as one run of digits that no split fits (5 + 2 + 0 + 0 + 1 + 0 is not 9), so that
      // nothing of the table can be placed; the wrong total must not become a sum finding.
      for (const row of T3_ROW_IDS) values.t3[row] = ['5200109'];
      const marked = mark(buildReport(values, { layout }), NOTE, ID);
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      const finding = r.findings[0];
      expect(finding.severity).toBe('warning');
      expect(finding.message).toContain('5200109');
      expect(finding.data).toMatchObject({ table: 't3', cell: 't3.new.np' });
      expect(finding.fixes ?? []).toEqual([]);
      expect(checkDraft(marked, ['sum/*', 'table/cell-count', 'table/cell-blank']).actual).toEqual([]);
    });
  }

  it('puts in doubt rows whose value counts are off in several places when they are read across lines', () => {
    const values = defaultValues();
    for (const row of ['r3.1', 'r3.2', 'r3.3']) values.t3[row] = [...values.t3[row], 0];
    const doc = analyze(buildReport(values, { layout: 'cells' })).doc;
    const status = doc.tableStatus.find((s) => s.kind === 't3')!;
    expect(status.state).toBe('partial');
    expect(status.rows).toEqual(['r3.1', 'r3.2', 'r3.3']);
    expect(status.reason).toContain('有 3 行的数值个数与格式不符');
    // The other rows are read and checked.
    expect(status.table!.cells.get('t3.new.np')?.value).toBe(5);
  });

  it('reports nothing for tables that read cleanly', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
  });
});

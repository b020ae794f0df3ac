// Tests for table/unreadable: a table whose values cannot be placed in cells with certainty is reported
// once, on its first label, with the parser's reason, and no sum finding is made from it.

import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/service/parse';
import { tableStatuses } from '../../../server/src/service/parse/status';
import { tableCellCount } from '../../../server/src/service/checks/table/cell-count';
import { tableUnreadable } from '../../../server/src/service/checks/table/unreadable';
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
      expect(finding!.severity).toBe('warning');
      expect(finding!.message).toContain('5200109');
      expect(finding!.data).toMatchObject({ table: 't3', cell: 't3.new.np' });
      expect(finding!.fixes ?? []).toEqual([]);
      expect(checkDraft(marked, ['sum/*', 'table/cell-count', 'table/cell-blank']).actual).toEqual([]);
    });
  }

  it('puts in doubt rows whose value counts are off in several places when they are read across lines', () => {
    const values = defaultValues();
    for (const row of ['r3.1', 'r3.2', 'r3.3']) values.t3[row] = [...values.t3[row]!, 0];
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

describe(`${ID} on a table read in part`, () => {
  /** The default report with some rows of table 三 declared unreadable, as the parser does for a row it cannot split. */
  function partlyRead(rows: string[]) {
    const doc = parseReport(buildReport(defaultValues()));
    const table = doc.tables.find((t) => t.kind === 't3')!;
    for (const row of table.rows.filter((r) => rows.includes(r.id))) {
      row.unreadable = '数字连在一起，拆分不唯一';
      for (const cell of row.cells) table.cells.delete(cell.id);
      row.cells = [];
      row.values = [{ ...row.values[0]!, raw: '1234', kind: 'invalid', value: null }];
    }
    doc.tableStatus = tableStatuses(doc.tables, '2021', doc.templates);
    return { doc, table };
  }
  const run = (check: typeof tableUnreadable, doc: ReturnType<typeof partlyRead>['doc']) => check.run({ doc, options: {} });

  it('names the one unread row on its label, and table/cell-count leaves it alone', () => {
    const { doc, table } = partlyRead(['r7']);
    expect(doc.tableStatus[1]).toMatchObject({ state: 'partial', rows: ['r7'] });
    const findings = run(tableUnreadable, doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.range).toEqual(table.rows.find((r) => r.id === 'r7')!.label!.range);
    expect(findings[0]!.message).toBe(
      '表三中“（七）总计”一行的数值无法读取（数字连在一起，拆分不唯一），这一行及与它相关的勾稽关系未作核对；其余各行已核对',
    );
    expect(findings[0]!.data).toEqual({ table: 't3', cell: 't3.r7.np', rows: ['r7'], reason: '数字连在一起，拆分不唯一' });
    expect(run(tableCellCount, doc)).toEqual([]);
  });

  it('names several unread rows once, with their groups', () => {
    const { doc } = partlyRead(['r3.1', 'r5.2']);
    const findings = run(tableUnreadable, doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      '表三中有 2 行的数值无法读取（数字连在一起，拆分不唯一）：（三）不予公开·1.属于国家秘密、（五）不予处理·2.重复申请；这些行及与它们相关的勾稽关系未作核对，其余各行已核对',
    );
    expect(findings[0]!.data?.rows).toEqual(['r3.1', 'r5.2']);
  });
  it('names a table laid out with fewer columns (法人或其他组织 collapsed into one) once, not each row', () => {
    // An invented Markdown copy whose five 法人 columns were summed into one: three values a row.
    const values = defaultValues();
    const collapse = (v: Array<number | string>) => {
      const n = v.map(Number);
      return [n[0]!, n[1]! + n[2]! + n[3]! + n[4]! + n[5]!, n[6]!];
    };
    for (const row of T3_ROW_IDS) values.t3[row] = collapse(values.t3[row]!);
    const marked = mark(buildReport(values), NOTE, ID);
    const r = checkDraft(marked, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toContain('有 25 行都是 3 个数值（格式为 7 列）');
    // No per-row wrong-count error and no sum from columns that cannot be placed.
    expect(checkDraft(marked, ['sum/*', 'table/cell-count', 'table/cell-invalid']).actual).toEqual([]);
  });

  it('still reports a wrong count as such when only a few rows have it', () => {
    const values = defaultValues();
    for (const row of ['r7', 'next']) values.t3[row] = [...values.t3[row]!, 0];
    const r = checkDraft(buildReport(values), ['table/cell-count', ID]);
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ['table/cell-count', 'error'],
      ['table/cell-count', 'error'],
    ]);
  });
});

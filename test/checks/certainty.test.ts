// Severity follows certainty: a finding that rests on a cell whose value was reconstructed (split from glued
// digits, or matched to a detached label) is a warning whose message says so, never an error; the same
// finding on cells read with certainty stays an error. The parser marks such cells; here they are marked
// by hand on a parsed draft, so the checks are tested whatever the parser reconstructs today.

import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../server/src/service';
import type { Check } from '../../server/src/service/checks/check';
import { tableCellCount } from '../../server/src/service/checks/table/cell-count';
import { tableCellInvalid } from '../../server/src/service/checks/table/cell-invalid';
import { tableRowMissing } from '../../server/src/service/checks/table/row-missing';
import { sumRowTotal } from '../../server/src/service/checks/sum/row-total';
import { sumResultsTotal } from '../../server/src/service/checks/sum/results-total';
import { narrativeMismatch } from '../../server/src/service/checks/narrative/mismatch';
import { parseReport } from '../../server/src/service/parse';
import { buildReport, defaultValues } from '../fixtures/drafts';

const NOTE = '（有关数值由连在一起的数字拆分、或由与标签分开的数值对应而来，请核对）';

function reconstruct(doc: ReportDocument, ...ids: string[]): ReportDocument {
  for (const table of doc.tables)
    for (const id of ids) {
      const cell = table.cells.get(id);
      if (cell) cell.certainty = 'reconstructed';
    }
  return doc;
}

const run = (check: Check, doc: ReportDocument) => check.run({ doc, options: {} });

describe('severity follows certainty', () => {
  const wrongRowTotal = () => {
    const values = defaultValues();
    values.t3.r2 = [1, 0, 0, 0, 2, 0, 2];
    return parseReport(buildReport(values));
  };

  it('keeps a sum finding on certain cells an error (the check’s default), with no note', () => {
    const [finding] = run(sumRowTotal, wrongRowTotal());
    expect(finding!.severity).toBeUndefined();
    expect(finding!.message).not.toContain(NOTE);
  });

  it('makes a sum finding on a reconstructed part a warning that says so', () => {
    const [finding] = run(sumRowTotal, reconstruct(wrongRowTotal(), 't3.r2.law'));
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toBe(`“（二）部分公开”一行：总计为 2，但各类申请人之和为 3（1 + 0 + 0 + 0 + 2 + 0），差 1${NOTE}`);
    expect(finding!.data).toMatchObject({ uncertain: true });
  });

  it('makes a column sum finding a warning when one of its rows was reconstructed', () => {
    const values = defaultValues();
    values.t3.r7 = [6, 2, 0, 0, 1, 0, 9];
    const doc = reconstruct(parseReport(buildReport(values)), 't3.r1.np');
    const np = run(sumResultsTotal, doc).find((f) => f.data?.cell === 't3.r7.np')!;
    expect(np.severity).toBe('warning');
    expect(np.message.endsWith(NOTE)).toBe(true);
    // The 总计 column rests on no reconstructed cell: still the default error.
    expect(run(sumResultsTotal, doc).find((f) => f.data?.cell === 't3.r7.tot')!.severity).toBeUndefined();
  });

  it('makes table/cell-invalid a warning for a reconstructed cell', () => {
    const values = defaultValues();
    values.t2.lic = '25件';
    const doc = parseReport(buildReport(values));
    expect(run(tableCellInvalid, doc)[0]!.severity).toBeUndefined();
    const [finding] = run(tableCellInvalid, reconstruct(doc, 't2.lic'));
    expect(finding!.severity).toBe('warning');
    expect(finding!.message.endsWith(NOTE)).toBe(true);
  });

  it('names the row, not a guessed column, for an invalid value in a row with the wrong count', () => {
    const values = defaultValues();
    values.t3['r3.1'] = ['待定', 0, 0, 0, 0, 0, 0, 0];
    const [finding] = run(tableCellInvalid, parseReport(buildReport(values)));
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toBe(
      '“（三）不予公开·1.属于国家秘密”一行中的值“待定”不是数字：请填写非负整数（没有发生的填 0）（本行数值个数与格式不符，无法确定这个值所在的列）',
    );
  });

  it('makes table/cell-count a warning when the row’s values were reconstructed', () => {
    const values = defaultValues();
    values.t3.r2 = [1, 0, 0, 0, 0, 0, 1, 0];
    const doc = parseReport(buildReport(values));
    expect(run(tableCellCount, doc)[0]!.severity).toBeUndefined();
    const row = doc.tables.find((t) => t.kind === 't3')!.rows.find((r) => r.id === 'r2')!;
    row.values[0]!.certainty = 'reconstructed';
    const [finding] = run(tableCellCount, doc);
    expect(finding!.severity).toBe('warning');
    expect(finding!.message.endsWith(NOTE)).toBe(true);
  });

  it('says in narrative/mismatch that the table’s number is uncertain', () => {
    const text = buildReport(defaultValues()).replace('一、总体情况\n\n', '一、总体情况\n\n本年度共收到政府信息公开申请20件。\n\n');
    const doc = parseReport(text);
    const [finding] = run(narrativeMismatch, doc);
    expect(finding!.message).not.toContain(NOTE);
    const [uncertain] = run(narrativeMismatch, reconstruct(parseReport(text), 't3.new.tot'));
    expect(uncertain!.severity).toBe('warning');
    expect(uncertain!.message.endsWith(NOTE)).toBe(true);
  });
});

describe('table/row-missing beside unread rows', () => {
  it('is a warning that says the row may stand among the unread ones', () => {
    const doc = parseReport(buildReport(defaultValues(), { omitRows: ['t3.r5.2'] }));
    expect(run(tableRowMissing, doc)[0]!.severity).toBeUndefined();
    const table = doc.tables.find((t) => t.kind === 't3')!;
    table.rows.find((r) => r.id === 'r5.1')!.unreadable = '数字连在一起，拆分不唯一';
    const [finding] = run(tableRowMissing, doc);
    expect(finding!.severity).toBe('warning');
    expect(finding!.message.endsWith('（表格中有无法读取的行，这一行可能在其中，请核对）')).toBe(true);
  });
});

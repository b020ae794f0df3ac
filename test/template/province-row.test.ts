// A province that adds a row to the standard tables changes data only: analysed against a copy of the
// template with one more outcome row in table 三, a draft's extra row is read, named, summed by （七）总计
// and checked, with no change to the parser or the checks.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { hover } from '../../server/src/service/features/hover';
import { cellName, rowName } from '../../server/src/service/template/names';
import { T3_COLUMNS, TABLES } from '../../server/src/service/template/tables';
import type { RowDef, TableTemplates } from '../../server/src/service/template/types';
import { buildReport, cloneValues, defaultValues } from '../fixtures/drafts';

const ADDED_LABEL = '4.申请人撤回申请';

/** A copy of the standard templates with 4.申请人撤回申请 under 2021's （六）其他处理, before （七）总计. */
function provinceTemplates(): TableTemplates {
  const templates = structuredClone(TABLES);
  const added: RowDef = {
    key: 'r6.4',
    standard: ADDED_LABEL,
    groups: ['g.results', 'g.r6'],
    result: true,
    columns: [...T3_COLUMNS],
    cellIds: T3_COLUMNS.map((c) => `t3.r6.4.${c}`),
  };
  const rows = templates['2021'].t3.rows;
  rows.splice(
    rows.findIndex((r) => r.key === 'r7'),
    0,
    added,
  );
  return templates;
}

/**
 * The default draft with one withdrawn request of a natural person on the added row, counted in
 * （七）总计 and no longer carried over. `addedTotal` is the row's stated 总计 (1 when it adds up).
 */
function draftWithAddedRow(addedTotal = 1): string {
  const values = cloneValues(defaultValues());
  const np = 0;
  const tot = T3_COLUMNS.length - 1;
  const add = (row: string, column: number, by: number) => {
    const cells = values.t3[row]!;
    cells[column] = Number(cells[column]) + by;
  };
  add('r7', np, 1);
  add('r7', tot, 1);
  add('next', np, -1);
  add('next', tot, -1);
  const text = buildReport(values);
  const other = /\n([ \t]*3\.其他\t[^\n]*)\n/.exec(text);
  expect(other, 'the draft has the row 3.其他').not.toBeNull();
  const added = `${ADDED_LABEL}\t1\t0\t0\t0\t0\t0\t${addedTotal}`;
  return text.replace(other![0], `\n${other![1]}\n${added}\n`);
}

const tableFindings = (ids: string[]) => ids.filter((id) => /^(sum|table)\//.test(id));

describe('a row a province adds to the template', () => {
  const templates = provinceTemplates();

  it('leaves the standard template as it is', () => {
    expect(TABLES['2021'].t3.rows.some((r) => r.key === 'r6.4')).toBe(false);
  });

  it('is read, and every sum holds with it', () => {
    const { doc, findings } = analyze(draftWithAddedRow(), { templates });
    const t3 = doc.tables.find((t) => t.kind === 't3')!;
    expect(t3.format).toBe('2021');
    expect(t3.rows.find((r) => r.id === 'r6.4')?.cells.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t3.cells.get('t3.r6.4.np')?.value).toBe(1);
    expect(tableFindings(findings.map((f) => `${f.id}: ${f.message}`))).toEqual([]);
  });

  it('is not read against the standard template, whose （七）总计 then disagrees', () => {
    const { doc, findings } = analyze(draftWithAddedRow());
    const t3 = doc.tables.find((t) => t.kind === 't3')!;
    expect(t3.cells.has('t3.r6.4.np')).toBe(false);
    expect(findings.filter((f) => f.id === 'sum/results-total').map((f) => f.data?.cell)).toEqual(['t3.r7.np', 't3.r7.tot']);
  });

  it('is named with its group, like the standard rows', () => {
    expect(rowName(templates, '2021', 't3', 'r6.4')).toBe('（六）其他处理·4.申请人撤回申请');
    expect(cellName(templates, '2021', 't3.r6.4.np')).toBe('（六）其他处理·4.申请人撤回申请·自然人');
    expect(cellName(templates, '2021', 't3.r6.4.tot', 'hover')).toBe('（六）其他处理 · 4.申请人撤回申请 · 总计');
    expect(cellName(TABLES, '2021', 't3.r6.4.np')).toBe('t3.r6.4.np');
  });

  it('is named in hovers, with its row total written out', () => {
    const analysis = analyze(draftWithAddedRow(), { templates });
    const total = analysis.doc.tables.find((t) => t.kind === 't3')!.cells.get('t3.r6.4.tot')!;
    const shown = hover(analysis, total.range.start)?.markdown ?? '';
    expect(shown).toContain('行：（六）其他处理 · 4.申请人撤回申请；列：总计；值：1');
    expect(shown).toContain('总计 = 1 + 0 + 0 + 0 + 0 + 0 = 1');
  });

  it('is checked: a wrong 总计 on it breaks its row total and （七）总计', () => {
    const { findings } = analyze(draftWithAddedRow(2), { templates });
    const rowTotal = findings.filter((f) => f.id === 'sum/row-total');
    expect(rowTotal.map((f) => f.message)).toEqual([
      '“（六）其他处理·4.申请人撤回申请”一行：总计为 2，但各类申请人之和为 1（1 + 0 + 0 + 0 + 0 + 0），差 1',
    ]);
    const resultsTotal = findings.filter((f) => f.id === 'sum/results-total');
    expect(resultsTotal.map((f) => f.data?.cell)).toEqual(['t3.r7.tot']);
  });
});

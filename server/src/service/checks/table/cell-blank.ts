// table/cell-blank: value cells left empty or written as 「—」「/」. Blank is not 0, so every relation
// through such a cell is not assessable; one finding per row asks for the numbers (fix: fill in 0, or the
// computed total when the only blank is a total whose parts are all there).

import type { Cell, Fix, Table, TextEdit } from '../../model/types';
import { RELATIONS } from '../../template/relations';
import type { Relation } from '../../template/types';
import { shortLabel } from '../../template/tables';
import type { Check, FindingDraft } from '../check';
import { cellLabel, listNames, tableData, templateOf } from './util';
import { joinList, sentence, t, tableName } from '../../l10n';

/** Relations whose single stated cell is a total of the cells on the other side. */
const TOTAL_CHECKS = new Set(['sum/row-total', 'sum/review-total', 'sum/results-total']);

/** The total relations anchored on a cell: it is the single stated total of the parts on the other side. */
function totalRelations(table: Table, cell: Cell): Relation[] {
  return RELATIONS[table.format].filter(
    (r) => r.table === table.kind && r.anchor === cell.id && r.left.length === 1 && r.op === '=' && TOTAL_CHECKS.has(r.check),
  );
}

/**
 * The values that fill a row's blanks without breaking a relation the row can decide: a blank total gets
 * the sum of its parts once they are known (numbers, or blanks of this row already decided), every other
 * blank gets 0. A total whose parts lie in other rows (a column total) that cannot be computed gets 0 too.
 */
function fillValues(table: Table, rowCells: Cell[], blanks: Cell[]): { values: Map<string, number>; summed: Set<string> } {
  const inRow = new Set(rowCells.map((c) => c.id));
  const decided = new Map<string, number>();
  const summed = new Set<string>();
  const valueOf = (id: string): number | null => {
    if (decided.has(id)) return decided.get(id)!;
    const cell = table.cells.get(id);
    return cell && cell.kind === 'number' && cell.value !== null ? cell.value : null;
  };
  let open = [...blanks];
  while (open.length > 0) {
    let progress = false;
    for (const cell of open) {
      for (const relation of totalRelations(table, cell)) {
        const parts = relation.right.map(valueOf);
        if (parts.every((v): v is number => v !== null)) {
          decided.set(cell.id, parts.reduce((sum, v) => sum + v, 0));
          summed.add(cell.id);
          progress = true;
          break;
        }
      }
    }
    open = open.filter((c) => !decided.has(c.id));
    if (progress || open.length === 0) continue;
    // Nothing more can be summed: the blanks that are no total of this row's own cells become 0.
    const rowTotal = (c: Cell) => totalRelations(table, c).some((r) => r.right.every((id) => inRow.has(id)));
    const zeros = open.filter((c) => !rowTotal(c));
    for (const cell of zeros.length > 0 ? zeros : open) decided.set(cell.id, 0);
    open = open.filter((c) => !decided.has(c.id));
  }
  return { values: decided, summed };
}

export const tableCellBlank: Check = {
  id: 'table/cell-blank',
  defaultSeverity: 'warning',
  get description() {
    return t('表格单元格为空或填写“—”“/”，相关勾稽关系无法核对');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      const template = templateOf(table);
      for (const row of table.rows) {
        // Only placed cells: when the count is off, which column a blank stands for is unknown.
        const blanks = row.cells.filter((c) => c.kind === 'blank' || c.kind === 'dash');
        if (blanks.length === 0) continue;
        const { values, summed } = fillValues(table, row.cells, blanks);
        const edits: TextEdit[] = blanks.map((c) => ({ range: c.range, newText: String(values.get(c.id) ?? 0) }));
        const sums = blanks.filter((c) => summed.has(c.id)).map((c) => values.get(c.id)!);
        const title =
          sums.length === blanks.length
            ? sums.length === 1
              ? t('填入 {0}', sums[0])
              : t('填入各项之和（{0}）', joinList(sums))
            : sums.some((v) => v !== 0)
              ? t('空白处填入 0，总计填入 {0}', joinList(sums.filter((v) => v !== 0)))
              : t('填入 0');
        const fixes: Fix[] = [{ title, edits, safe: true }];
        // Within a row of table 二 or 三 the column is enough; table 四's columns repeat per group.
        const names = blanks.map((c) => (table.kind === 't4' ? cellLabel(template, c.id) : cellLabel(template, c.id).split('·').pop() ?? c.id));
        const where = row.label ? t('“{0}”一行', shortLabel(row.label.standard)) : t('{0}的数据行', tableName(table.kind));
        const what =
          blanks.length === row.cells.length && blanks.length > 1
            ? t('全部 {0} 个单元格', blanks.length)
            : blanks.length === 1
              ? t('有 1 个单元格（{0}）', listNames(names))
              : t('有 {0} 个单元格（{1}）', blanks.length, listNames(names));
        findings.push({
          message: sentence(t('{0}{1}为空或为“—”“/”：没有发生的应填 0，空白处的勾稽关系无法核对', where, what)),
          range: row.label?.range ?? blanks[0].range,
          fixes,
          data: tableData(table.kind, blanks[0].id, { cells: blanks.map((c) => c.id) }),
        });
      }
    }
    return findings;
  },
};

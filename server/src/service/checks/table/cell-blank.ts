// table/cell-blank: value cells left empty or written as 「—」「/」. Blank is not 0, so every relation
// through such a cell is not assessable; one finding per row asks for the numbers (fix: fill in 0, or the
// computed total when the only blank is a total whose parts are all there).

import type { Cell, Fix, Table, TextEdit } from '../../model/types';
import { RELATIONS } from '../../template/relations';
import { shortLabel } from '../../template/tables';
import type { Check, FindingDraft } from '../check';
import { cellLabel, listNames, tableData, templateOf } from './util';
import { joinList, sentence, t, tableName } from '../../l10n';

/** Relations whose single stated cell is a total of the cells on the other side. */
const TOTAL_CHECKS = new Set(['sum/row-total', 'sum/review-total', 'sum/results-total']);

/** The value a blank total must have: the sum of its parts, when every part of one of its relations is a number. */
function computedTotal(table: Table, cell: Cell): number | null {
  const relations = RELATIONS[table.format].filter(
    (r) => r.table === table.kind && r.anchor === cell.id && r.left.length === 1 && r.op === '=' && TOTAL_CHECKS.has(r.check),
  );
  for (const relation of relations) {
    const parts = relation.right.map((id) => table.cells.get(id));
    if (parts.every((p) => p !== undefined && p.kind === 'number' && p.value !== null)) {
      return parts.reduce((sum, p) => sum + (p?.value ?? 0), 0);
    }
  }
  return null;
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
        const totals = blanks.map((c) => computedTotal(table, c));
        const fixes: Fix[] = [];
        if (totals.every((t): t is number => t !== null)) {
          const edits: TextEdit[] = blanks.map((c, i) => ({ range: c.range, newText: String(totals[i]) }));
          const title = totals.length === 1 ? t('填入 {0}', totals[0]) : t('填入各项之和（{0}）', joinList(totals));
          fixes.push({ title, edits, safe: true });
        } else {
          fixes.push({ title: t('填入 0'), edits: blanks.map((c) => ({ range: c.range, newText: '0' })), safe: true });
        }
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

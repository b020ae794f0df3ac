// table/unreadable: the table's labels are there but its values cannot be placed in cells with
// certainty (digits glued together, labels torn from their numbers). One finding per table, no guesses:
// for a whole table that could not be read, and for a table read in part, naming the rows that could not.

import type { LabelRef, Row, Table, TableStatus } from '../../model/types';
import { rowName } from '../../template/names';
import type { TableTemplates } from '../../template/types';
import type { Check, FindingDraft } from '../check';
import { firstCellId, listNames, tableData, templateOf } from './util';
import { sentence, t, tableName } from '../../l10n';

function wholeTable(templates: TableTemplates, table: Table): FindingDraft {
  const template = templateOf(templates, table);
  const labels: LabelRef[] = [...table.rows.map((r) => r.label).filter((l): l is LabelRef => l !== null), ...table.headers];
  const first = labels.reduce<LabelRef | null>((a, b) => (a === null || b.range.start < a.range.start ? b : a), null);
  const range = first?.range ?? { start: table.range.start, end: table.range.start };
  const name = tableName(table.kind);
  return {
    message: table.unreadableReason
      ? t(
          '{0}的数值无法确定地对应到单元格：{1}。请把表格整理为每行一个标签加数值（可用“格式化文档”），整理后再核对勾稽关系',
          name,
          table.unreadableReason,
        )
      : t('{0}的数值无法确定地对应到单元格。请把表格整理为每行一个标签加数值（可用“格式化文档”），整理后再核对勾稽关系', name),
    range,
    data: tableData(table.kind, firstCellId(template), { reason: table.unreadableReason ?? null }),
  };
}

/**
 * The rows of a partly read table that no other check names: absent rows are table/row-missing's and rows
 * with the wrong number of values table/cell-count's; what remains (a row the parser declared unreadable,
 * or one whose values were not placed for another reason) is named here.
 */
function unreadRows(table: Table, status: TableStatus): Row[] {
  return status.rows
    .map((id) => table.rows.find((r) => r.id === id))
    .filter((row): row is Row => row !== undefined && (row.unreadable !== undefined || row.values.length === row.expected));
}

function partOfTable(templates: TableTemplates, table: Table, status: TableStatus): FindingDraft | null {
  const rows = unreadRows(table, status);
  const [first] = rows;
  if (!first) return null;
  const template = templateOf(templates, table);
  const names = rows.map((r) => rowName(templates, table.format, table.kind, r.id));
  const reasons = [...new Set(rows.map((r) => r.unreadable).filter((r): r is string => Boolean(r)))];
  const why = reasons.length > 0 ? reasons.join(t('；')) : t('数值无法确定地对应到单元格');
  const firstCell = template.rows.find((r) => r.key === first.id)?.cellIds[0] ?? firstCellId(template);
  return {
    message: sentence(
      rows.length === 1
        ? t(
            '{0}中“{1}”一行的数值无法读取（{2}），这一行及与它相关的勾稽关系未作核对；其余各行已核对',
            tableName(table.kind),
            names[0]!,
            why,
          )
        : t(
            '{0}中有 {1} 行的数值无法读取（{2}）：{3}；这些行及与它们相关的勾稽关系未作核对，其余各行已核对',
            tableName(table.kind),
            rows.length,
            why,
            listNames(names, 6),
          ),
    ),
    range: first.label?.range ?? first.values[0]?.range ?? { start: first.range.start, end: first.range.start },
    data: tableData(table.kind, firstCell, { rows: rows.map((r) => r.id), reason: reasons[0] ?? null }),
  };
}

export const tableUnreadable: Check = {
  id: 'table/unreadable',
  defaultSeverity: 'warning',
  get description() {
    return t('表格的数值无法确定地对应到单元格，未作勾稽核对');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      if (table.status === 'unreadable') {
        findings.push(wholeTable(doc.templates, table));
        continue;
      }
      // Rows left unread in the table that stands for its kind (the first one found).
      const status = doc.tableStatus.find((s) => s.table === table);
      if (!status || status.state !== 'partial') continue;
      const finding = partOfTable(doc.templates, table, status);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

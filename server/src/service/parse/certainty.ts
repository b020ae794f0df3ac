// Judges what of a table was read with certainty: the rows whose cells were placed, the rows that could
// not be read (and why), and the table's status: unreadable only when nothing of it could be placed.

import { msg } from '../l10n';
import type { Row, Table } from '../model/types';
import type { TableTemplate } from '../template/types';

/** With fewer labelled rows than this, rows without values say nothing about the layout. */
const MIN_ROWS_FOR_DOUBT = 3;
/** Rows whose counts are off in this many places at once point to a layout read wrongly, not to typos. */
const MANY_MISMATCHED_ROWS = 3;

/**
 * Marks rows unreadable when so many rows lack values or miscount that the layout itself is in doubt. A
 * row whose label and values share one line is certain even when its count is off (table/cell-count says
 * so); only rows read across lines (`offLine`) are put in doubt by their miscount.
 */
function markDoubtfulRows(table: Table, offLine: ReadonlySet<Row>): void {
  const labelled = table.rows.filter((r) => r.label && r.unreadable === undefined);
  const empty = labelled.filter((r) => r.values.length === 0);
  if (labelled.length >= MIN_ROWS_FOR_DOUBT && empty.length >= Math.ceil(labelled.length / 2)) {
    for (const row of empty) row.unreadable = msg('多数行标签后面没有数值，数值与标签可能已经分离');
  }
  markNarrowedTable(labelled);
  const mismatched = table.rows.filter(
    (r) => offLine.has(r) && r.unreadable === undefined && r.cells.length === 0 && r.values.length !== r.expected,
  );
  if (mismatched.length >= MANY_MISMATCHED_ROWS) {
    const reason = msg('有 {0} 行的数值个数与格式不符，无法确定每个数值所在的单元格', mismatched.length);
    for (const row of mismatched) row.unreadable = reason;
  }
}

/**
 * A table whose labelled rows all carry the same wrong number of values (`自然人 | 法人或其他组织 | 总计`, three
 * columns where the format has seven) was laid out with other columns: which value belongs to which
 * column is unknown in every row alike, so the rows are unreadable (one finding for the table) rather
 * than each one a wrong count.
 */
function markNarrowedTable(labelled: Row[]): void {
  const miscounted = labelled.filter(
    (r) => r.unreadable === undefined && r.cells.length === 0 && r.values.length > 0 && r.values.length !== r.expected,
  );
  const byShape = new Map<string, Row[]>();
  for (const row of miscounted) {
    const shape = `${row.values.length}/${row.expected}`;
    byShape.set(shape, [...(byShape.get(shape) ?? []), row]);
  }
  for (const rows of byShape.values()) {
    if (rows.length < MANY_MISMATCHED_ROWS || rows.length * 2 < labelled.length) continue;
    const reason = msg(
      '有 {0} 行都是 {1} 个数值（格式为 {2} 列），表格的列与格式不同，无法确定每个数值所在的列',
      rows.length,
      rows[0]!.values.length,
      rows[0]!.expected,
    );
    for (const row of rows) row.unreadable = reason;
  }
}

/** Fills the cell index and sets the table's status from its rows. */
export function assess(table: Table, template: TableTemplate, offLine: ReadonlySet<Row>): void {
  markDoubtfulRows(table, offLine);
  for (const row of table.rows) {
    if (row.unreadable !== undefined) row.cells = [];
    for (const cell of row.cells) table.cells.set(cell.id, cell);
  }
  const placed = table.rows.some((r) => r.cells.length > 0);
  const unreadable = table.rows.filter((r) => r.unreadable !== undefined);
  if (!placed && unreadable.length > 0) {
    table.status = 'unreadable';
    table.unreadableReason = unreadable[0]!.unreadable;
    return;
  }
  const complete = template.rows.every((def) => table.rows.some((r) => r.id === def.key && r.cells.length === def.cellIds.length));
  table.status = complete ? 'ok' : 'partial';
}

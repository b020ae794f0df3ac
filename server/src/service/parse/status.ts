// Decides, for each standard table, whether it was read, partly read, not found or unreadable, so that
// every table a report must hold ends with a state that the checks can report: no silent pass.

import type { FormatId, Table, TableKind, TableStatus } from '../model/types';
import type { TableTemplates } from '../template/types';

const STANDARD_TABLES: TableKind[] = ['t2', 't3', 't4'];

/** The state of tables 二, 三 and 四; the first table found of each kind stands for it. */
export function tableStatuses(tables: Table[], format: FormatId, templates: TableTemplates): TableStatus[] {
  return STANDARD_TABLES.map((kind) => {
    const table = tables.find((t) => t.kind === kind) ?? null;
    if (!table) return { kind, state: 'missing', table: null, rows: [] };
    if (table.status === 'unreadable') return { kind, state: 'unreadable', table, rows: [], reason: table.unreadableReason };
    const template = templates[table.format ?? format][kind];
    const rows = template.rows
      .filter((def) => {
        const row = table.rows.find((r) => r.id === def.key);
        return !row || row.unreadable !== undefined || row.cells.length !== def.cellIds.length;
      })
      .map((def) => def.key);
    const reason = table.rows.find((r) => r.unreadable !== undefined)?.unreadable;
    return { kind, state: rows.length ? 'partial' : 'read', table, rows, reason };
  });
}

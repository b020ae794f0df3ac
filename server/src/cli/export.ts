// `nianbao export`: the numbers of tables 二, 三 and 四 keyed by the cell ids of DESIGN.md, as JSON
// (nested for table 三) or as CSV with one line per file and one column per cell id.

import type { Analysis } from '../service';
import type { Cell, ReportDocument, Table, TableKind } from '../service/model/types';
import { TABLES } from '../service/template/tables';
import { reportSummary, type ReportSummary } from './output';

export type ParseState = Table['status'] | 'missing';

export interface ExportedFile {
  path: string;
  report: ReportSummary;
  tables: { t2: Record<string, number | null>; t3: Record<string, Record<string, number | null>>; t4: Record<string, number | null> };
  parse: Record<TableKind, ParseState>;
}

const KINDS: TableKind[] = ['t2', 't3', 't4'];

/** Blank cells and 「—」「/」 export as null; an invalid cell keeps the number it still shows, if any. */
function cellValue(cell: Cell): number | null {
  if (cell.kind === 'blank' || cell.kind === 'dash') return null;
  return cell.value;
}

/** Every placed cell of a table, from its id map and its rows, each once. */
function cellsOf(table: Table): Cell[] {
  const byId = new Map<string, Cell>();
  for (const row of table.rows) for (const cell of row.cells) byId.set(cell.id, cell);
  for (const [id, cell] of table.cells) if (!byId.has(id)) byId.set(id, cell);
  return [...byId.values()];
}

export function exportDocument(path: string, analysis: Analysis): ExportedFile {
  const doc: ReportDocument = analysis.doc;
  const out: ExportedFile = {
    path,
    report: reportSummary(doc),
    tables: { t2: {}, t3: {}, t4: {} },
    parse: { t2: 'missing', t3: 'missing', t4: 'missing' },
  };
  for (const kind of KINDS) {
    // A draft may (wrongly) hold a table twice; the first one is the one the checks also read first.
    const table = doc.tables.find((t) => t.kind === kind);
    if (!table) continue;
    out.parse[kind] = table.status;
    for (const cell of cellsOf(table)) {
      const value = cellValue(cell);
      if (kind === 't3') {
        (out.tables.t3[cell.row] ??= {})[cell.col] = value;
      } else {
        out.tables[kind][cell.id.startsWith(`${kind}.`) ? cell.id.slice(kind.length + 1) : cell.id] = value;
      }
    }
  }
  return out;
}

export function formatExportJson(files: ExportedFile[]): string {
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/** The standard 2021 cell ids in template order; 2019-only ids follow when a file has them. */
function standardCellIds(): string[] {
  const ids: string[] = [];
  for (const format of ['2021', '2019'] as const) {
    for (const kind of KINDS) for (const row of TABLES[format][kind].rows) for (const id of row.cellIds) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function flatten(file: ExportedFile): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const [key, value] of Object.entries(file.tables.t2)) values.set(`t2.${key}`, value);
  for (const [row, cols] of Object.entries(file.tables.t3)) for (const [col, value] of Object.entries(cols)) values.set(`t3.${row}.${col}`, value);
  for (const [key, value] of Object.entries(file.tables.t4)) values.set(`t4.${key}`, value);
  return values;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatExportCsv(files: ExportedFile[]): string {
  const flat = files.map(flatten);
  const all = standardCellIds();
  const used = new Set<string>();
  for (const values of flat) for (const id of values.keys()) used.add(id);
  // The 2021 columns are always there so that files of one year line up; other ids only when used.
  const columns = all.filter((id, index) => index < standardCount() || used.has(id));
  for (const id of used) if (!columns.includes(id)) columns.push(id);
  const header = ['path', 'year', 'agency', 'format', 'parse.t2', 'parse.t3', 'parse.t4', ...columns];
  const lines = [header.map(csvField).join(',')];
  files.forEach((file, i) => {
    const values = flat[i];
    const row: Array<string | number | null> = [
      file.path,
      file.report.year,
      file.report.agency,
      file.report.format,
      file.parse.t2,
      file.parse.t3,
      file.parse.t4,
      ...columns.map((id) => values.get(id) ?? null),
    ];
    lines.push(row.map(csvField).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

function standardCount(): number {
  let n = 0;
  for (const kind of KINDS) for (const row of TABLES['2021'][kind].rows) n += row.cellIds.length;
  return n;
}

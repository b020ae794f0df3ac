// `nianbao export`: the numbers of tables 二, 三 and 四, as JSON keyed by the cell ids of DESIGN.md (nested
// for table 三), or as one spreadsheet row per report (CSV or xlsx) under Chinese column headers. Whether a
// table was read comes from `doc.tableStatus`, the same record `check` reports, so the two always agree.

import {
  TABLES,
  cellName,
  type Analysis,
  type Cell,
  type FormatId,
  type ReportDocument,
  type Table,
  type TableKind,
  type TableReadState,
  type RowDef,
} from '../service';
import { reportSummary, tableStatusOf, type ReportSummary, type TableStatusOut } from './output';
import type { UiLanguage } from '../service';

export interface ExportedFile {
  path: string;
  report: ReportSummary;
  tables: { t2: Record<string, number | null>; t3: Record<string, Record<string, number | null>>; t4: Record<string, number | null> };
  parse: Record<TableKind, TableReadState>;
  tableStatus: TableStatusOut[];
}

/** What a spreadsheet cell holds: a number, blank (null), or `?` for a value that could not be read. */
export type SheetValue = string | number | null;

/** The mark of a cell whose value could not be read: never a 0, never a blank. */
export const UNREADABLE_MARK = '?';

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

export function exportDocument(path: string, analysis: Analysis, language: UiLanguage = 'zh-cn'): ExportedFile {
  const doc: ReportDocument = analysis.doc;
  const status = tableStatusOf(doc, language);
  const out: ExportedFile = {
    path,
    report: reportSummary(doc),
    tables: { t2: {}, t3: {}, t4: {} },
    parse: { t2: 'missing', t3: 'missing', t4: 'missing' },
    tableStatus: status,
  };
  for (const entry of doc.tableStatus) {
    out.parse[entry.kind] = entry.state;
    const table = entry.table;
    if (!table) continue;
    for (const cell of cellsOf(table)) {
      const value = cellValue(cell);
      if (entry.kind === 't3') {
        (out.tables.t3[cell.row] ??= {})[cell.col] = value;
      } else {
        out.tables[entry.kind][cell.id.startsWith(`${entry.kind}.`) ? cell.id.slice(entry.kind.length + 1) : cell.id] = value;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// spreadsheet rows

export interface SheetColumn {
  /** `表三·（七）总计·自然人` */
  header: string;
  format: FormatId;
  cellId: string;
}

const READ_STATE_NAMES: Record<TableReadState, string> = { read: '已读取', partial: '部分读取', missing: '未找到', unreadable: '无法读取' };

/**
 * The columns after the four about the report: every cell of tables 二/三/四 of the 2021 format, then the
 * cells only the 2019 format has (a different header), always all of them, so that the sheets of different
 * folders line up and the header can be written before the first report is read.
 */
function buildColumns(): SheetColumn[] {
  const columns: SheetColumn[] = [];
  const seen = new Set<string>();
  for (const format of ['2021', '2019'] as const) {
    for (const kind of KINDS) {
      const template = TABLES[format][kind];
      for (const row of template.rows) {
        row.cellIds.forEach((cellId) => {
          const header = `${template.name}·${cellName(TABLES, format, cellId, 'export')}`;
          if (seen.has(header)) return;
          seen.add(header);
          columns.push({ header, format, cellId });
        });
      }
    }
  }
  return columns;
}

export const SHEET_COLUMNS: readonly SheetColumn[] = buildColumns();

export function sheetHeader(): string[] {
  return ['机关', '年度', '格式', '源文件', ...SHEET_COLUMNS.map((c) => c.header), '表二状态', '表三状态', '表四状态'];
}

/** For each format and table, where each template cell goes among SHEET_COLUMNS: computed once, not per report. */
const PLACES: Record<FormatId, Record<TableKind, Array<{ row: RowDef; cells: Array<{ cellId: string; column: number }> }>>> = (() => {
  const index = new Map(SHEET_COLUMNS.map((c, i) => [c.header, i]));
  const places = {} as Record<FormatId, Record<TableKind, Array<{ row: RowDef; cells: Array<{ cellId: string; column: number }> }>>>;
  for (const format of ['2021', '2019'] as const) {
    places[format] = { t2: [], t3: [], t4: [] };
    for (const kind of KINDS) {
      const template = TABLES[format][kind];
      for (const row of template.rows) {
        const cells = row.cellIds.map((cellId) => ({
          cellId,
          column: index.get(`${template.name}·${cellName(TABLES, format, cellId, 'export')}`)!,
        }));
        places[format][kind].push({ row, cells });
      }
    }
  }
  return places;
})();

/** One spreadsheet row: the report, then every cell (blank stays blank, unreadable is `?`), then table states. */
export function sheetRow(file: ExportedFile, doc: ReportDocument): SheetValue[] {
  const values: SheetValue[] = new Array<SheetValue>(SHEET_COLUMNS.length).fill(null);
  for (const entry of doc.tableStatus) {
    // Each cell goes under the header of the format the report's table is written in.
    const format: FormatId = entry.table?.format ?? doc.expectedFormat ?? '2021';
    const unreadRows = new Set(entry.rows);
    const wholeTableUnread = entry.state === 'missing' || entry.state === 'unreadable';
    for (const { row, cells } of PLACES[format][entry.kind]) {
      const placed = entry.table?.rows.find((r) => r.id === row.key);
      const rowUnread = wholeTableUnread || unreadRows.has(row.key) || !placed || placed.unreadable !== undefined;
      cells.forEach(({ cellId, column }, i) => {
        if (rowUnread) {
          values[column] = UNREADABLE_MARK;
          return;
        }
        const cell = placed!.cells[i] ?? entry.table?.cells.get(cellId);
        if (!cell) values[column] = UNREADABLE_MARK;
        else if (cell.kind === 'blank' || cell.kind === 'dash') values[column] = null;
        else values[column] = cell.value ?? UNREADABLE_MARK;
      });
    }
  }
  const states = KINDS.map((kind) => READ_STATE_NAMES[file.parse[kind]]);
  return [file.report.agency, file.report.year, file.report.format, file.path, ...values, ...states];
}

function csvField(value: SheetValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte-order mark that makes Excel read the CSV as UTF-8. */
export const CSV_BOM = '\ufeff';

export function csvLine(values: SheetValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

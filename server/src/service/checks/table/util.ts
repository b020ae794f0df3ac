// Helpers shared by the table, sum and plausibility checks: the template of a parsed table, the cell that
// stands for a label, and the line arithmetic that inserted rows and tables need. Cells and rows are named
// by template/names.ts.

import { eolOf, lineEndAt, lineStartAt, positionAt } from '../../model/text';
import type { Cell, ReportDocument, Row, Span, Table, TableKind } from '../../model/types';
import { rowDefOf } from '../../template/tables';
import type { TableTemplate, TableTemplates } from '../../template/types';
import { nameList, t } from '../../l10n';

/** The template a parsed table was read against. */
export function templateOf(templates: TableTemplates, table: Table): TableTemplate {
  return templates[table.format][table.kind];
}

/**
 * What makes the cells a finding rests on uncertain, as a note to end its message with, or null when every
 * one was read with certainty. A finding with a note is a warning, never an error.
 */
export function uncertaintyNote(cells: Cell[]): string | null {
  if (!cells.some((c) => c.certainty === 'reconstructed')) return null;
  return t('（有关数值由连在一起的数字拆分、或由与标签分开的数值对应而来，请核对）');
}

/** The cell a table-wide finding points to when no cell fits better: the template's first cell. */
export function firstCellId(template: TableTemplate): string {
  return template.rows[0]?.cellIds[0] ?? template.kind;
}

/**
 * The cell id that best stands for a label: a row label → its first cell; a column header → the first
 * cell of that column; group labels → the first cell of their first row or group; anything else → the
 * table's first cell.
 */
export function cellForLabel(template: TableTemplate, key: string): string {
  const row = rowDefOf(template, key);
  if (row) return row.cellIds[0]!;
  // Table 三's group labels stand for their first row: （三）不予公开 → 1.属于国家秘密. A group label that
  // is a single row in this format (the 2019 `（六）其他处理`, key `r6`) stands for that row.
  const first = template.rows.find((r) => r.groups?.includes(key)) ?? (key.startsWith('g.') ? rowDefOf(template, key.slice(2)) : undefined);
  if (first) return first.cellIds[0]!;
  if (template.kind === 't4') {
    const caseGroup = /^(rv|ld|lr)$/.exec(key);
    if (caseGroup) return `t4.${caseGroup[1]}.keep`;
    if (key === 'lit') return 't4.ld.keep';
  }
  // Header keys name columns (`col.made`, `col.decisions19`, `col.keep`); 2019 keys carry a `19`.
  const column = /^col\.(.+?)(?:19)?$/.exec(key)?.[1];
  if (column) {
    for (const r of template.rows) {
      const index = r.columns.findIndex((c) => c === column || c.endsWith(`.${column}`));
      if (index >= 0) return r.cellIds[index]!;
    }
  }
  // A column header of a block whose rows hold a single value each (2021 table 二's 本年处理决定数量 and
  // 本年收费金额) stands for the first row of the first block it heads.
  const block = template.blocks?.find((b) => b.columns.includes(key));
  const blockRow = block?.rows[0] === undefined ? undefined : rowDefOf(template, block.rows[0]);
  if (blockRow?.cellIds.length === 1) return blockRow.cellIds[0]!;
  return firstCellId(template);
}

/** The end of a row as written, including blank cells after its last value. */
export function rowEnd(row: Row): number {
  let end = row.range.end;
  for (const cell of row.values) end = Math.max(end, cell.range.end);
  return end;
}

export function lineIndexOf(doc: ReportDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line;
}

/**
 * An edit that puts whole lines after the line holding `offset`: at the start of the following line when
 * there is one, else at the end of the text after a fresh line break.
 */
export function insertLinesAfter(doc: ReportDocument, offset: number, lines: string[]): { range: Span; newText: string } {
  const eol = eolOf(doc.text);
  const line = lineIndexOf(doc, offset);
  const next = doc.lineStarts[line + 1];
  if (next !== undefined) {
    return { range: { start: next, end: next }, newText: lines.join(eol) + eol };
  }
  const at = doc.text.length;
  return { range: { start: at, end: at }, newText: eol + lines.join(eol) };
}

/** An edit that puts whole lines before the line holding `offset`. */
export function insertLinesBefore(doc: ReportDocument, offset: number, lines: string[]): { range: Span; newText: string } {
  const at = lineStartAt(doc, offset);
  return { range: { start: at, end: at }, newText: lines.join(eolOf(doc.text)) + eolOf(doc.text) };
}

/**
 * How many cells stand before the row labels of a Markdown pipe table (a group column), or null when the
 * table is not written with pipes. Rows a fix writes into such a table must be pipe rows too.
 */
export function pipeLeadingCells(doc: ReportDocument, table: Table): number | null {
  const row = table.rows.find((r) => r.label);
  if (!row?.label) return null;
  const start = lineStartAt(doc, row.label.range.start);
  if (!/^\s*\|/.test(doc.text.slice(start, lineEndAt(doc, start)))) return null;
  return Math.max(0, (doc.text.slice(start, row.label.range.start).match(/\|/g)?.length ?? 1) - 1);
}

/**
 * Tab-separated table lines as Markdown pipe rows: `leading` empty cells before each row label, and a
 * line of a group label alone padded with empty cells to the width of the other lines.
 */
export function asPipeRows(lines: string[], leading: number): string[] {
  const rows = lines.map((line) => line.split('\t'));
  const width = Math.max(...rows.map((cells) => (cells.length > 1 ? leading + cells.length : 0)), leading + 1);
  return rows.map((cells) => {
    const full =
      cells.length > 1 ? [...Array<string>(leading).fill(''), ...cells] : [...cells, ...Array<string>(width - cells.length).fill('')];
    return `| ${full.join(' | ')} |`;
  });
}

/** Table data for findings: the table kind and a DESIGN.md cell id. */
export function tableData(kind: TableKind, cell: string, extra: Record<string, unknown> = {}) {
  return { table: kind, cell, ...extra };
}

/** Lists names readably: all of them when few, else the first few and 等. */
export function listNames(names: string[], max = 4): string {
  return nameList(names, max);
}

export { eolOf, lineEndAt, lineStartAt };

// Tables 二, 三 and 四 as text in the canonical tab-row layout: one row per line, the standard label and
// then the values, tab separated, under one set of header lines per table. The fixes that insert tables
// and rows, the formatter and the new-report templates all write tables through this module.

import type { FormatId, TableKind } from '../model/types';
import { T3_COLUMNS, TABLES, groupLabel, headerLabel } from './tables';
import type { RowDef, TableTemplate } from './types';

/** Gives the text of a value cell by its cell id. */
export type ValueSource = (cellId: string) => string;

/** The value source of an empty standard table: every value 0. */
export const ZERO: ValueSource = () => '0';

export interface TableContent {
  /** Row id → the cells' texts in column order (an empty string for a blank cell); absent rows are left out. */
  rows: Map<string, string[]>;
  /** Header key → the text to write instead of the standard one (a locally accepted variant). */
  headerText?: Map<string, string>;
}

/** One data row: its label (table 四's data row has none) and its cells, tab separated. */
export function rowLine(label: string, cells: string[]): string {
  return label ? [label, ...cells].join('\t') : cells.join('\t');
}

/** A standard row with its label and its values from `values` (0 by default). */
export function standardRowLine(row: RowDef, values: ValueSource = ZERO): string {
  return rowLine(
    row.standard,
    row.cellIds.map((id) => values(id)),
  );
}

/** The table's lines in the canonical layout, without a trailing line break; rows absent from `content` are left out. */
export function tableLines(kind: TableKind, format: FormatId, content: TableContent): string[] {
  const template = TABLES[format][kind];
  const h = (key: string) => content.headerText?.get(key) || (headerLabel(template, key) ?? key);
  if (kind === 't2') return t2Lines(template, content, h);
  if (kind === 't3') return t3Lines(template, content, h);
  return t4Lines(template, content, h);
}

/** The whole standard table of a format with every row, its values from `values` (0 by default). */
export function standardTableLines(kind: TableKind, format: FormatId, values: ValueSource = ZERO): string[] {
  const template = TABLES[format][kind];
  const rows = new Map(template.rows.map((row) => [row.key, row.cellIds.map((id) => values(id))] as const));
  return tableLines(kind, format, { rows });
}

/** The empty standard table of a format, every value 0, as one text. */
export function zeroTableText(kind: TableKind, format: FormatId = '2021', eol = '\n'): string {
  return standardTableLines(kind, format).join(eol);
}

type Header = (key: string) => string;

function rowLinesOf(template: TableTemplate, content: TableContent, keys: string[]): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const row = template.rows.find((r) => r.key === key);
    const cells = content.rows.get(key);
    if (row && cells) lines.push(rowLine(row.standard, cells));
  }
  return lines;
}

/** Each block of table 二 that has a row present: its 第二十条 header, its column headers, its rows. */
function t2Lines(template: TableTemplate, content: TableContent, h: Header): string[] {
  const lines: string[] = [];
  for (const block of template.blocks ?? []) {
    const rows = rowLinesOf(template, content, block.rows);
    if (rows.length === 0) continue;
    lines.push(h(block.header), [h('content'), ...block.columns.map(h)].join('\t'), ...rows);
  }
  return lines;
}

/** One column header line, then the rows; a group label stands on its own line before the first of its rows present. */
function t3Lines(template: TableTemplate, content: TableContent, h: Header): string[] {
  const lines = [['', ...T3_COLUMNS.map((c) => h(`col.${c}`))].join('\t')];
  const written = new Set<string>();
  for (const row of template.rows) {
    const cells = content.rows.get(row.key);
    if (!cells) continue;
    for (const group of row.groups ?? []) {
      const label = groupLabel(template, group);
      if (written.has(group) || label === undefined) continue;
      written.add(group);
      lines.push(label);
    }
    lines.push(rowLine(row.standard, cells));
  }
  return lines;
}

/** 行政复议 | 行政诉讼 over 未经复议直接起诉 | 复议后起诉 over the fifteen result columns, then the data row. */
function t4Lines(template: TableTemplate, content: TableContent, h: Header): string[] {
  const results = ['col.keep', 'col.fix', 'col.other', 'col.open', 'col.tot'].map(h);
  const gap = ['', '', '', ''];
  return [
    [h('rv'), ...gap, h('lit')].join('\t'),
    ['', ...gap, h('ld'), ...gap, h('lr')].join('\t'),
    [...results, ...results, ...results].join('\t'),
    ...rowLinesOf(
      template,
      content,
      template.rows.map((r) => r.key),
    ),
  ];
}

// The shapes of the standard report template: sections, tables, rows, columns and relations, all as data.

import type { FormatId, SectionKey, TableKind } from '../model/types';

export interface LabelDef {
  /** Row id, column key or header id. */
  key: string;
  /** The standard label, with its ordinal prefix (`（一）予以公开`, `1.属于国家秘密`). */
  standard: string;
  /** Other spellings seen in real reports that are accepted without a finding. */
  aliases?: string[];
  /**
   * The label's body alone is ambiguous (`3.其他` vs the column header `其他`): it only matches when
   * the text carries an ordinal prefix.
   */
  needsPrefix?: boolean;
  /** The short name summaries count an outcome under (`予以公开`, `不予公开`, `结转下年度`). */
  shortName?: string;
}

/**
 * What a column holds: a count (a whole number, never negative), an amount (万元, decimals allowed) or a
 * change against last year (本年增/减, may be negative).
 */
export type ValueKind = 'integer' | 'amount' | 'change';

export interface RowDef extends LabelDef {
  /** The cell ids of the row's values, in column order. */
  cellIds: string[];
  /** The column key of each value, in the same order. */
  columns: string[];
  /** The value kind of each column, in the same order; a column not listed holds counts. */
  valueKinds?: ValueKind[];
  /** The unit the header gives the row's amounts in (`万元`); absent when the header names none. */
  amountUnit?: string;
  /**
   * The header key whose text, followed by a row's worth of values, is this row written without its
   * ordinal: `总计` (a column header of table 三) with numbers after it is the row `（七）总计`.
   */
  writtenBareAs?: string;
  /** The row counts an outcome of the year's requests: table 三's （七）总计 is the sum of these rows. */
  result?: boolean;
  /** The row is the table's total of outcomes (（七）总计): a label followed by it is a row, not a group. */
  resultsTotal?: boolean;
  /**
   * The group labels (keys into the table's `groups`) the row stands under, outermost first: table 三's
   * `r3.1` → `['g.results', 'g.r3']`, `r1` → `['g.results']`. Absent for a row outside every group.
   */
  groups?: string[];
  /** A label that may also be a group heading (`（六）其他处理` in the 2021 format) is a row here. */
}

/** A block of table 二: its 第二十条 header, its own column headers and its rows, in the official order. */
export interface BlockDef {
  /** Header key of the block (`b1` = 第二十条第（一）项). */
  header: string;
  /** Header keys of the block's value columns. */
  columns: string[];
  /** Row keys of the block. */
  rows: string[];
}

export interface TableTemplate {
  kind: TableKind;
  format: FormatId;
  /** Where the table belongs. */
  section: SectionKey;
  /** Chinese name used in messages: `表三（收到和处理政府信息公开申请情况）`. */
  name: string;
  rows: RowDef[];
  /** Labels that head a group of rows and take no values (`三、本年度办理结果`, `（三）不予公开`). */
  groups: LabelDef[];
  /** Header labels: column headers, block headers, notes. */
  headers: LabelDef[];
  /** Table 二 is four (2021) or five (2019) blocks, each with its own column headers; absent for 三 and 四. */
  blocks?: BlockDef[];
  /** Column key → Chinese column name, for hovers and messages. */
  columnNames: Record<string, string>;
  /** Header or row keys that occur only in this format (D.1 markers). */
  formatMarkers: string[];
}

export type RelationCheck = 'sum/balance' | 'sum/results-total' | 'sum/row-total' | 'sum/review-total' | 'plausibility/documents';

/**
 * One arithmetic relation over cell ids: `sum(left) op sum(right)`. The finding sits on `anchor`,
 * which is one of the cells in `left`.
 */
export interface Relation {
  check: RelationCheck;
  table: TableKind;
  left: string[];
  right: string[];
  op: '=' | '>=';
  anchor: string;
  /** Chinese description of the relation for hovers: `一 + 二 = （七）+ 四`. */
  describe: string;
}

export interface SectionDef {
  key: SectionKey;
  numeral: string;
  title: string;
  variants: string[];
  /** Every keyword group must match at least one of its alternatives for a heading to count. */
  keywords: string[][];
  /** Short Chinese note on what the format requires in this section (for hovers). */
  requirement: string;
}

/**
 * Every table template of both formats: what a draft is read, named and checked against. The standard set
 * is TABLES (template/tables.ts); a province that adds a row passes a copy with the row added.
 */
export type TableTemplates = Record<FormatId, Record<TableKind, TableTemplate>>;

export interface FormatTemplate {
  format: FormatId;
  tables: Record<TableKind, TableTemplate>;
  relations: Relation[];
}

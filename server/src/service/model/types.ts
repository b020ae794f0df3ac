// The data model of a parsed report draft and of the findings made on it.
// Every range is a pair of UTF-16 offsets into the document text, as JavaScript strings and LSP use.

import type { TableTemplates } from '../template/types';

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type FormatId = '2021' | '2019';
export type TableKind = 't2' | 't3' | 't4';
export type SectionKey = 1 | 2 | 3 | 4 | 5 | 6;

/** The number in front of a heading or sub-heading, e.g. `一、`, `（二）`, `(2)`, `3.`. */
export interface Ordinal {
  text: string;
  range: Span;
  /** 1-based position the marker stands for (`（三）` → 3). */
  value: number;
  /** `cn` 一、 · `cn-dot` 一. · `arabic` 1. / 1、 · `paren-cn` （一） · `paren-arabic` （1） */
  style: 'cn' | 'cn-dot' | 'arabic' | 'paren-cn' | 'paren-arabic';
  /** For parenthesised markers: both parentheses full-width, both half-width, or mixed. */
  width?: 'full' | 'half' | 'mixed';
}

export interface Heading {
  key: SectionKey;
  /** The heading line without surrounding white space. */
  range: Span;
  number: Ordinal | null;
  title: { text: string; range: Span };
  /** True when the title (ignoring spaces and punctuation width) is the standard one. */
  standardTitle: boolean;
}

export interface Subheading {
  range: Span;
  marker: Ordinal;
  title: { text: string; range: Span };
}

export interface Section {
  key: SectionKey;
  heading: Heading;
  /** From the heading's start to the next section heading (or the signature, or the end). */
  range: Span;
  /** Where the body starts: the end of the heading line. */
  bodyStart: number;
  subheadings: Subheading[];
}

/** A label found in the text and the template label it was matched to. */
export interface LabelRef {
  /** The source text, which may run over several lines for broken labels. */
  raw: string;
  range: Span;
  /** The standard label from the template (with its ordinal prefix where it has one). */
  standard: string;
  /** The template entry: a row id, a column key or a header id. */
  key: string;
  /** How it matched: the same text, a known alias, or a near miss (a typo). */
  match: 'exact' | 'alias' | 'typo';
}

export type CellKind = 'number' | 'blank' | 'dash' | 'invalid';

export interface Cell {
  /** Cell id as in DESIGN.md: `t3.r7.np`, `t4.rv.tot`, `t2.reg.made`. */
  id: string;
  table: TableKind;
  row: string;
  col: string;
  raw: string;
  /** The cell's text without surrounding white space; for a blank cell, an empty range where it stands. */
  range: Span;
  kind: CellKind;
  /** The number for `number` cells and for `invalid` cells that still hold a readable number. */
  value: number | null;
  /** Why an `invalid` cell is invalid, in the UI language of the analysis, e.g. `含单位“万元”`. */
  problem?: string;
  /**
   * How surely the value belongs to this cell. Absent or `certain`: read from its own row with the right
   * count. `reconstructed`: the row's digits were glued together (or its numbers stood apart from their
   * label) and exactly one placement satisfied the row's own constraints. Findings resting on a
   * reconstructed cell are warnings that say so, never errors.
   */
  certainty?: 'certain' | 'reconstructed';
}

export interface Row {
  /** Template row id: `new`, `r3.1`, `r7`, `reg`, `lic`; table 四's single row is `data`. */
  id: string;
  label: LabelRef | null;
  range: Span;
  /** The values placed in the row's columns, in column order (only when the count fits). */
  cells: Cell[];
  /** Every value token found for the row, in order; differs from cells when the count is off. */
  values: Cell[];
  /** How many values the format has for this row. */
  expected: number;
  /** Set when the row's label was found but its values could not be placed in cells: why, in the UI language. */
  unreadable?: string;
}

export interface Table {
  kind: TableKind;
  format: FormatId;
  range: Span;
  /** The section the table stands in, if any. */
  section: SectionKey | null;
  rows: Row[];
  /** Header and block labels found (column headers, `第二十条第（一）项`, 申请人情况 …). */
  headers: LabelRef[];
  /** Labels that only the 2019 format has, and those only the 2021 format has. */
  markers2019: LabelRef[];
  markers2021: LabelRef[];
  status: 'ok' | 'partial' | 'unreadable';
  unreadableReason?: string;
  /** Every placed cell by id. */
  cells: Map<string, Cell>;
}

/**
 * What became of one standard table: `read` (every row placed), `partial` (some rows missing or not
 * readable: `rows` names them), `missing` (not found at all) or `unreadable` (found, but its values could
 * not be placed: `reason`). Anything but `read` is reported by a finding, so no table passes silently.
 */
export type TableReadState = 'read' | 'partial' | 'missing' | 'unreadable';

export interface TableStatus {
  kind: TableKind;
  state: TableReadState;
  /** The parsed table, when one was found. */
  table: Table | null;
  /** Template row ids that are absent or could not be read (for `partial`). */
  rows: string[];
  /** Why the table or its rows could not be read, in the UI language. */
  reason?: string;
}

export interface DateRef {
  year: number;
  month: number;
  day: number;
  range: Span;
}

export interface ReportDocument {
  text: string;
  /** Offsets of the first character of every line. */
  lineStarts: number[];
  title: { range: Span; text: string; agency: string | null; year: number | null } | null;
  /** The statistical period `YYYY年1月1日至12月31日` as stated, and the range of its first `YYYY年`. */
  period: { year: number; range: Span; yearRange: Span } | null;
  /** The report year (statistical year), from the setting, the title or the statistical period. */
  year: number | null;
  yearSource: 'setting' | 'title' | 'period' | 'text' | null;
  /** The format the report year calls for (2019 for 2019–2020, 2021 from 2021 on). */
  expectedFormat: FormatId | null;
  /** The format the tables are written in, or 'mixed'. */
  tableFormat: FormatId | 'mixed' | null;
  sections: Section[];
  tables: Table[];
  /** One entry per standard table of the report's format (t2, t3, t4), in that order. */
  tableStatus: TableStatus[];
  signature: { range: Span; agency: string | null; agencyRange: Span | null; date: DateRef | null } | null;
  /** The table templates the draft was read against; checks and features name and check cells by them. */
  templates: TableTemplates;
}

export interface TextEdit {
  range: Span;
  newText: string;
}

export interface Fix {
  /** Shown in the quick-fix menu, in the UI language: `改为 6`, `Change to 6`. */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by “fix all” and source.fixAll; guesses never are. */
  safe: boolean;
}

export interface RelatedLocation {
  range: Span;
  message: string;
  /**
   * Set when the location is in another report (cross-document checks such as workspace/carryover): that
   * report's URI or path and the location as 0-based line and UTF-16 character there, since this
   * document's offsets say nothing about another text. `range` then holds the offsets in that report.
   */
  document?: { uri: string; start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  range: Span;
  related?: RelatedLocation[];
  fixes?: Fix[];
  data?: { table?: TableKind; cell?: string; [key: string]: unknown };
}

export interface AnalyzeOptions {
  /** Overrides the report year found in the text. */
  reportYear?: number | null;
  /** Severity per check id; 'off' turns a check off. */
  severities?: Record<string, SeveritySetting>;
  /** The language of messages, fix titles and other UI text (default `zh-cn`); report text stays Chinese. */
  language?: 'zh-cn' | 'en';
  /** The table templates to read and check against (default: the standard ones, template/tables.ts). */
  templates?: TableTemplates;
}

// The server's own requests beyond LSP, with their parameters and results; the VS Code client imports
// these names and shapes from here, so the two sides cannot drift apart.

import type { Range } from 'vscode-languageserver';

export type { UiLanguage } from './settings';
export type TableKindName = 't2' | 't3' | 't4';

/** `nianbao/newReportText`: the complete standard report for an agency and a year. */
export const NEW_REPORT_TEXT = 'nianbao/newReportText';
export interface NewReportTextParams {
  agency: string;
  year: number;
}
export interface NewReportTextResult {
  text: string;
}

/** `nianbao/standardTable`: the empty standard table of the format the document's report uses. */
export const STANDARD_TABLE = 'nianbao/standardTable';
export interface StandardTableParams {
  /** The document the table goes into; its report year decides the format. May be omitted. */
  uri?: string;
  kind: TableKindName;
}
export interface StandardTableResult {
  text: string;
  format: '2021' | '2019';
}

/** `nianbao/tables`: tables 二/三/四 of a document rendered for the preview, with every cell's place. */
export const TABLES_REQUEST = 'nianbao/tables';
export interface TablesParams {
  uri: string;
}
export interface PreviewCellInfo {
  /** Where the cell's text stands in the document, if the cell was found. */
  range: Range | null;
  /** The messages of the findings marked on this cell. */
  messages: string[];
}
export interface TablesResult {
  uri: string;
  /** The document version the tables were read from. */
  version: number;
  /** False when the document is not analysed as a report (then `html` explains why). */
  report: boolean;
  /** The tables as an HTML fragment (no scripts, no styles, every text escaped). */
  html: string;
  /** Cell id → where it is and what was found there. */
  cells: Record<string, PreviewCellInfo>;
}

/** `nianbao/reportStatus`: what the status bar shows for a document (year, format, tables read, 勾稽关系). */
export const REPORT_STATUS_REQUEST = 'nianbao/reportStatus';
export interface ReportStatusParams {
  uri: string;
}
export interface RelationCountsInfo {
  total: number;
  holds: number;
  fails: number;
  /** Not assessable (a part blank, 「—」, not a number or not found). */
  unchecked: number;
}
export interface ReportStatusResult {
  uri: string;
  version: number;
  /** False when the document is not analysed as a report; then the other fields are empty. */
  report: boolean;
  /** The status bar text in the UI language: `2023 · 2021 版 · 表格 3/3 · 勾稽 ✓`. */
  text: string;
  /** The tooltip lines: one per table, then the findings by severity. */
  details: string[];
  year: number | null;
  format: '2021' | '2019' | 'mixed' | null;
  tablesRead: number;
  tables: Array<{ kind: TableKindName; state: 'read' | 'partial' | 'missing' | 'unreadable'; relations: RelationCountsInfo }>;
  relations: RelationCountsInfo;
  findings: { errors: number; warnings: number; information: number; hints: number };
}

/**
 * `nianbao/importFile`: a published report (PDF, web page, Word .docx) read into the draft text the
 * editor shows. The client reads the file (any file system VS Code knows) and sends its bytes.
 */
export const IMPORT_FILE = 'nianbao/importFile';
export interface ImportFileParams {
  /** The file's name, whose extension helps decide the format. */
  fileName: string;
  /** The file's bytes, base64-encoded. */
  base64: string;
}
export type ImportFileResult = { kind: 'pdf' | 'html' | 'docx'; text: string; warnings: string[] } | { error: string };

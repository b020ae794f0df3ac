// The language server's own requests as the client calls them. A copy of server/src/lsp/protocol.ts
// (the client cannot import server code); test/client.test.ts checks that the two agree.

export type UiLanguage = 'zh-cn' | 'en';
export type TableKindName = 't2' | 't3' | 't4';

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export const NEW_REPORT_TEXT = 'nianbao/newReportText';
export interface NewReportTextParams {
  agency: string;
  year: number;
}
export interface NewReportTextResult {
  text: string;
}

export const STANDARD_TABLE = 'nianbao/standardTable';
export interface StandardTableParams {
  uri?: string;
  kind: TableKindName;
}
export interface StandardTableResult {
  text: string;
  format: '2021' | '2019';
}

export const TABLES_REQUEST = 'nianbao/tables';
export interface TablesParams {
  uri: string;
}
export interface PreviewCellInfo {
  range: LspRange | null;
  messages: string[];
}
export interface TablesResult {
  uri: string;
  version: number;
  report: boolean;
  html: string;
  cells: Record<string, PreviewCellInfo>;
}

// The shapes every importer returns: the draft text the editor and the checks read, and a map from
// ranges of that text back to where they stand in the published file (page and position for PDF).

import type { Message } from '../service';

/** Which published format a draft was read from. */
export type ImportKind = 'pdf' | 'html' | 'docx';

/** A place in a PDF: 1-based page, and the text's left edge and baseline in points from the page's top left. */
export interface PdfLocation {
  kind: 'pdf';
  page: number;
  x: number;
  y: number;
}

/** A place in a web page: 1-based line and column (UTF-16 units) of the decoded HTML source. */
export interface HtmlLocation {
  kind: 'html';
  line: number;
  column: number;
}

/**
 * A place in a Word document: the 1-based paragraph of the body (table paragraphs counted too), and
 * for table text the 1-based table, row and grid column.
 */
export interface DocxLocation {
  kind: 'docx';
  paragraph: number;
  table?: number;
  row?: number;
  column?: number;
}

export type SourceLocation = PdfLocation | HtmlLocation | DocxLocation;

/** One piece of the draft, [start, end) in UTF-16 offsets, and where it came from. */
export interface SourceSegment {
  start: number;
  end: number;
  source: SourceLocation;
}

/** The segments in text order, without overlaps. */
export interface SourceMap {
  segments: SourceSegment[];
}

export interface ImportedDraft {
  kind: ImportKind;
  text: string;
  sourceMap: SourceMap;
  /** What was read with doubt or left out (for example a page without a text layer), rendered by the caller. */
  warnings: Message[];
}

/** A file that cannot be turned into a draft, and why, in one sentence. */
export interface ImportFailure {
  error: Message;
}

export type ImportResult = ImportedDraft | ImportFailure;

export function isImportFailure(result: ImportResult): result is ImportFailure {
  return 'error' in result;
}

// Rebuilds a PDF's lines and table rows from the positions of its text: pieces on the same baseline
// form a line; within a line, a horizontal gap wider than a character separates cells; in a run of
// multi-cell lines (a table) the columns come from the rows with the most cells, so that every cell,
// and every empty cell, lands in its column. Pure: positioned text in, draft text and source map out.

import { DraftBuilder, type Piece } from './draft';
import type { PdfLocation } from './types';

/** A run of text as the PDF places it, in points, top-left origin, y at the baseline. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size, which sets the tolerances. */
  size: number;
}

export interface PageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  items: PlacedText[];
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Line {
  page: number;
  y: number;
  size: number;
  chunks: Chunk[];
}

/** Page numbers printed in the margin: 「- 3 -」「— 3 —」「3」「第3页」「第 3 页 共 9 页」. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A line that starts like a heading or a numbered item never continues the paragraph above it. */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])/;
const NUMERIC = /^[-−]?\d[\d,，.]*$|^[—\-/／]$/;

export function layoutPages(pages: PageText[]): { text: string; sourceMap: import('./types').SourceMap } {
  const draft = new DraftBuilder();
  let previous: Line | null = null;
  let previousRight = 0;
  for (const page of pages) {
    const lines = pageLines(page).filter((line) => !isMarginPageNumber(line, page));
    if (lines.length === 0) continue;
    const right = Math.max(...lines.map((l) => l.chunks[l.chunks.length - 1]!.x1));
    const left = Math.min(...lines.map((l) => l.chunks[0]!.x0));
    let index = 0;
    while (index < lines.length) {
      const line = lines[index]!;
      if (line.chunks.length >= 2) {
        // A table: the run of lines with more than one cell.
        let end = index;
        while (end < lines.length && lines[end]!.chunks.length >= 2) end++;
        writeTable(lines.slice(index, end), draft);
        previous = null;
        index = end;
        continue;
      }
      const chunk = line.chunks[0]!;
      const piece: Piece = { text: chunk.text, source: locationOf(line.page, chunk) };
      // A paragraph wraps: a line that reaches the right margin continues on the next line when that one
      // starts at the left margin (a new paragraph is indented, a heading stands alone).
      const continues =
        previous !== null &&
        previous.chunks.length === 1 &&
        previousRight - lastRight(previous) < 1.5 * previous.size &&
        chunk.x0 - left < 0.5 * line.size &&
        !/[。！？：；]$/.test(previous.chunks[0]!.text) &&
        !HEADING_START.test(chunk.text);
      if (continues) draft.appendToLine(piece);
      else draft.paragraph([piece]);
      previous = line;
      previousRight = right;
      index++;
    }
  }
  return draft.result();
}

function lastRight(line: Line): number {
  return line.chunks[line.chunks.length - 1]!.x1;
}

function locationOf(page: number, chunk: Chunk): PdfLocation {
  return { kind: 'pdf', page, x: round(chunk.x0), y: round(chunk.y) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function isMarginPageNumber(line: Line, page: PageText): boolean {
  if (line.chunks.length !== 1 || !PAGE_NUMBER.test(line.chunks[0]!.text.trim())) return false;
  return line.y < page.height * 0.12 || line.y > page.height * 0.85;
}

/** The page's text as lines top to bottom, each line's pieces merged into cells left to right. */
export function pageLines(page: PageText): Line[] {
  const items = page.items.filter((item) => item.text.trim().length > 0 && item.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PlacedText[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    // Same baseline: within a third of the font size (subscripts and rounding stay on their line).
    if (row && Math.abs(row[0]!.y - item.y) <= 0.35 * Math.max(row[0]!.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.size));
    const chunks: Chunk[] = [];
    for (const item of row) {
      const last = chunks[chunks.length - 1];
      const gap = last ? item.x - last.x1 : Infinity;
      // A gap of about a character or more separates cells; a smaller one is a space at most.
      if (last && gap < 0.9 * Math.min(size, item.size * 1.2)) {
        const space = gap > 0.2 * item.size && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(item.text) ? ' ' : '';
        last.text += space + item.text.trim();
        last.x1 = Math.max(last.x1, item.x + item.width);
      } else {
        chunks.push({ text: item.text.trim(), x0: item.x, x1: item.x + item.width, y: item.y, size: item.size });
      }
    }
    return { page: page.page, y: row[0]!.y, size, chunks };
  });
}

/**
 * Writes a table's lines as rows. The columns are the chunk positions of the lines with the most
 * chunks (a full row); every chunk goes to the column it overlaps most, so empty cells stay in place.
 */
function writeTable(lines: Line[], draft: DraftBuilder): void {
  const columns = columnsOf(lines);
  draft.blankLine();
  for (const line of lines) {
    const cells: Array<Piece | null> = new Array(columns.length).fill(null);
    let lastColumn = -1;
    for (const chunk of line.chunks) {
      let column = bestColumn(columns, chunk);
      // Two chunks may not share a column, nor go backwards: the later one takes the next free column.
      if (column <= lastColumn) column = lastColumn + 1;
      while (cells.length <= column) cells.push(null);
      cells[column] = { text: chunk.text, source: locationOf(line.page, chunk) };
      lastColumn = column;
    }
    draft.row(cells);
  }
  draft.blankLine();
}

interface Column {
  x0: number;
  x1: number;
}

function columnsOf(lines: Line[]): Column[] {
  const most = Math.max(...lines.map((l) => l.chunks.length));
  const full = lines.filter((l) => l.chunks.length === most);
  const tight: Column[] = [];
  for (let k = 0; k < most; k++) {
    tight.push({ x0: Math.min(...full.map((l) => l.chunks[k]!.x0)), x1: Math.max(...full.map((l) => l.chunks[k]!.x1)) });
  }
  // Each column reaches halfway to its neighbours, so that text wider or narrower than the full rows'
  // (a header, a longer number) still falls into the column it stands in.
  return tight.map((column, k) => ({
    x0: k === 0 ? -Infinity : (tight[k - 1]!.x1 + column.x0) / 2,
    x1: k === tight.length - 1 ? Infinity : (column.x1 + tight[k + 1]!.x0) / 2,
  }));
}

/** The column the chunk overlaps most; on a tie (a header spanning columns) the leftmost. */
function bestColumn(columns: Column[], chunk: Chunk): number {
  let best = 0;
  let bestOverlap = -Infinity;
  columns.forEach((column, index) => {
    const overlap = Math.min(column.x1, chunk.x1) - Math.max(column.x0, chunk.x0);
    if (overlap > bestOverlap + 0.5) {
      best = index;
      bestOverlap = overlap;
    }
  });
  return best;
}

export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.trim());
}

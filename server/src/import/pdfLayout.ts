// Rebuilds a PDF's lines and table rows from the positions of its text: pieces on the same baseline
// form a line; within a line, a horizontal gap wider than a character separates cells; in a table the
// columns come from the rows with the most cells, so that every cell, and every empty cell, lands in
// its column; a label wrapped inside its cell rejoins the row with its numbers, and tables, rows and
// paragraphs go on across page breaks. Pure: positioned text in, draft text and source map out.

import { DraftBuilder, type Piece } from './draft';
import type { PdfLocation, SourceMap } from './types';

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
  /**
   * The position down the whole document: pages follow each other as if there were no break, the first
   * line of a page one line below the last of the page before, so a table or a row may go on across it.
   */
  flow: number;
  size: number;
  chunks: Chunk[];
  /** The left and right edge of the page's text, for telling a wrapped paragraph line. */
  left: number;
  right: number;
}

/** Page numbers printed in the margin: 「- 3 -」「— 3 —」「3」「第3页」「第 3 页 共 9 页」. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A line that starts like a heading or a numbered item never continues the paragraph above it. */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])/;
const NUMERIC = /^[-−]?\d[\d,，.]*$|^[—\-/／]$/;

export function layoutPages(pages: PageText[]): { text: string; sourceMap: SourceMap } {
  const draft = new DraftBuilder();
  const lines: Line[] = [];
  for (const page of pages) {
    const own = pageLines(page).filter((line) => !isMarginPageNumber(line, page));
    if (own.length === 0) continue;
    const right = Math.max(...own.map((l) => l.chunks[l.chunks.length - 1]!.x1));
    const left = Math.min(...own.map((l) => l.chunks[0]!.x0));
    const last = lines[lines.length - 1];
    const shift = last ? last.flow + 1.3 * last.size - own[0]!.y : 0;
    for (const line of own) lines.push({ ...line, flow: line.y + shift, left, right });
  }
  let previous: Line | null = null;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.chunks.length >= 2 || leadsIntoRow(line, lines[index + 1])) {
      const end = tableEnd(lines, index);
      writeTable(joinWrappedLabels(lines.slice(index, end)), draft);
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
      previous.right - lastRight(previous) < 1.5 * previous.size &&
      chunk.x0 - line.left < 0.5 * line.size &&
      !/[。！？：；]$/.test(previous.chunks[0]!.text) &&
      !HEADING_START.test(chunk.text);
    if (continues) draft.appendToLine(piece);
    else draft.paragraph([piece]);
    previous = line;
    index++;
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

function isMarginPageNumber(line: Pick<Line, 'chunks' | 'y'>, page: PageText): boolean {
  if (line.chunks.length !== 1 || !PAGE_NUMBER.test(line.chunks[0]!.text.trim())) return false;
  return line.y < page.height * 0.12 || line.y > page.height * 0.85;
}

/** The page's text as lines top to bottom, each line's pieces merged into cells left to right. */
/**
 * Some PDF fonts map Chinese characters to look-alikes: Kangxi radicals (⼀ U+2F00 for 一) and
 * compatibility ideographs. They are read as the characters they show.
 */
function plainHan(text: string): string {
  return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => ch.normalize('NFKC'));
}

export function pageLines(page: PageText): Array<Omit<Line, 'flow' | 'left' | 'right'>> {
  const items = page.items
    .map((item) => ({ ...item, text: plainHan(item.text) }))
    .filter((item) => item.text.trim().length > 0 && item.size > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PlacedText[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    // Same baseline: within a third of the font size (subscripts and rounding stay on their line).
    if (row && Math.abs(row[0]!.y - item.y) <= 0.35 * Math.max(row[0]!.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((items) => {
    items.sort((a, b) => a.x - b.x);
    // Text drawn twice a hair apart (bold faked by overprinting) is read once.
    const row = items.filter(
      (item, i) =>
        !items
          .slice(0, i)
          .some((o) => o.text === item.text && Math.abs(o.x - item.x) < 0.3 * item.size && Math.abs(o.y - item.y) < 0.3 * item.size),
    );
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
 * A single-cell line just above a row with numbers, left of them and closer than a line apart: the
 * first part of a label centred in its cell, so the table starts with it.
 */
function leadsIntoRow(line: Line, next: Line | undefined): boolean {
  if (!next || line.chunks.length !== 1 || next.chunks.length < 2) return false;
  const numbers = next.chunks.filter((c) => isNumericCell(c.text));
  if (numbers.length === 0) return false;
  const chunk = line.chunks[0]!;
  return next.flow - line.flow <= 1.0 * line.size && chunk.x1 <= Math.min(...numbers.map((c) => c.x0)) && !CAPTION.test(chunk.text);
}

/** A label that starts a row: 「一、」「（三）」「2.」. */
const LABEL_START = HEADING_START;
/** A caption between sub-tables (「第二十条第（五）项」) is never part of a row's label. */
const CAPTION = /^第.{1,12}[项条款]$/;

function hasNumber(line: Line): boolean {
  return line.chunks.some((c) => isNumericCell(c.text));
}

/**
 * Where the table that starts at `start` ends: the run of lines with more than one cell, with the
 * single-cell lines inside it (a caption, a label standing alone, a label's wrapped part) when more
 * multi-cell lines follow closely, and the wrapped parts of the last row's label after it.
 */
function tableEnd(lines: Line[], start: number): number {
  let end = start + 1;
  const tableSize = lines[start]!.size;
  // Lines of one table follow each other closely and are set in the table's font size; a heading or a
  // paragraph between two tables is set larger or stands further off.
  const close = (a: Line, b: Line) =>
    b.flow - a.flow <= 2.5 * Math.min(a.size, b.size) && b.size <= tableSize * 1.15 && b.size >= tableSize * 0.85;
  while (end < lines.length) {
    const line = lines[end]!;
    if (!close(lines[end - 1]!, line)) break;
    if (line.chunks.length >= 2) {
      end++;
      continue;
    }
    // A single-cell line stays in the table if a multi-cell line comes within the next three lines.
    let ahead = end + 1;
    while (ahead < lines.length && ahead <= end + 3 && lines[ahead]!.chunks.length < 2 && close(lines[ahead - 1]!, lines[ahead]!)) ahead++;
    if (ahead < lines.length && ahead <= end + 3 && lines[ahead]!.chunks.length >= 2 && close(lines[ahead - 1]!, lines[ahead]!)) {
      end = ahead + 1;
      continue;
    }
    // Otherwise only as the wrapped end of the last row's label: close below it, within the label area.
    const numbers = lines.slice(start, end).flatMap((l) => l.chunks.filter((c) => isNumericCell(c.text)));
    const labelEdge = numbers.length > 0 ? Math.min(...numbers.map((c) => c.x0)) : -Infinity;
    const chunk = line.chunks[0]!;
    if (
      line.flow - lines[end - 1]!.flow <= 1.7 * line.size &&
      chunk.x1 <= labelEdge &&
      !LABEL_START.test(chunk.text) &&
      !CAPTION.test(chunk.text)
    ) {
      end++;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Puts the parts of a label that wraps inside its cell back on its row. A row is a line with numbers;
 * a single-cell line left of the numbers is a wrapped part of a neighbour's label: the start of the next
 * row's label if it starts like a label (「2.」) or lies closer to the next row (the label is centred in
 * its cell), else the end of the previous row's label (the label starts at the top of its cell).
 */
function joinWrappedLabels(lines: Line[]): Line[] {
  const numbers = lines.flatMap((l) => l.chunks.filter((c) => isNumericCell(c.text)));
  if (numbers.length === 0) return lines;
  const labelEdge = Math.min(...numbers.map((c) => c.x0));
  const isPart = (line: Line) =>
    !hasNumber(line) &&
    line.chunks.length === 1 &&
    line.chunks[0]!.x1 <= labelEdge + 0.3 * line.size &&
    !CAPTION.test(line.chunks[0]!.text);
  const out: Line[] = [];
  // The row the last lines were joined to, and the lowest line joined to it.
  let row: Line | null = null;
  let rowBottom = 0;
  let pending: Line[] = [];
  const flushPending = () => {
    out.push(...pending);
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (hasNumber(line)) {
      const joined: Line = { ...line, chunks: line.chunks.map((c) => ({ ...c })) };
      // Parts waiting above go in front of the label, the nearest first, unless the row's label starts
      // like a label itself: then they are labels of their own (a merged cell's 「（三）不予公开」).
      const parts = pending.reverse();
      pending = [];
      const standing: Line[] = [];
      for (const part of parts) {
        if (standing.length > 0 || !mergeLabel(joined, part.chunks[0]!, 'before')) standing.unshift(part);
      }
      out.push(...standing);
      out.push(joined);
      row = joined;
      rowBottom = line.flow;
      continue;
    }
    if (!isPart(line)) {
      flushPending();
      out.push(line);
      row = null;
      continue;
    }
    const chunk = line.chunks[0]!;
    const next = lines[i + 1];
    // The next row cannot take a part in front of a label that starts like one (「2.」).
    const nextLabel = next?.chunks.find((c) => !isNumericCell(c.text));
    const nextTakes = next !== undefined && hasNumber(next) && !(nextLabel && LABEL_START.test(nextLabel.text));
    const toNext = nextTakes ? next.flow - line.flow : Infinity;
    const toRow = row && pending.length === 0 ? line.flow - rowBottom : Infinity;
    if (row && !LABEL_START.test(chunk.text) && toRow <= 1.7 * line.size && toRow <= toNext) {
      mergeLabel(row, chunk, 'after');
      rowBottom = line.flow;
    } else if (toNext <= 2.2 * line.size || (next && isPart(next) && pending.length < 3)) {
      pending.push(line);
    } else {
      flushPending();
      out.push(line);
      row = null;
    }
  }
  flushPending();
  return out;
}

/**
 * Adds a wrapped part to the row's label cell in the same column, or as a new cell where it stands.
 * A part cannot go in front of a label that starts like a label (「1.」): false then, and nothing changes.
 */
function mergeLabel(row: Line, part: Chunk, where: 'before' | 'after'): boolean {
  const cell = row.chunks.find((c) => !isNumericCell(c.text) && Math.min(c.x1, part.x1) - Math.max(c.x0, part.x0) > 0);
  if (!cell) {
    row.chunks.push({ ...part, y: row.y });
    row.chunks.sort((a, b) => a.x0 - b.x0);
    return true;
  }
  if (where === 'before' && LABEL_START.test(cell.text)) return false;
  cell.text = where === 'before' ? part.text + cell.text : cell.text + part.text;
  if (where === 'before') cell.y = part.y;
  cell.x0 = Math.min(cell.x0, part.x0);
  cell.x1 = Math.max(cell.x1, part.x1);
  return true;
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

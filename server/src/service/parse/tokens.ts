// Splits the text into cells whatever the table layout: tab-separated rows, one cell per line, Markdown
// pipes, and space-aligned PDF copies. Every cell keeps its exact source range.

import type { Span } from '../model/types';
import { foldWidth } from './normalize';
import { lineContentEnd } from '../model/text';

export type TokenKind = 'text' | 'number' | 'empty' | 'blank' | 'dash' | 'unit';

export interface Token {
  kind: TokenKind;
  /** Whether a text cell is a piece of a header (values.ts), worked out on first asking. */
  headerPiece?: boolean;
  /** The cell's text without surrounding white space. */
  text: string;
  /** The exact source text of `range` (white space for a blank cell). */
  raw: string;
  /** Range of `text`; for `empty` and `blank` cells the white space (possibly empty) the cell consists of. */
  range: Span;
  line: number;
  /** True for the first non-discarded cell of its line. */
  firstOnLine: boolean;
  value: number | null;
  /** For `unit` cells, the unit written in the cell. */
  unit?: string;
  /**
   * A number cut off a table label it was glued to without any separator (`申请数量21710000218`, from a
   * flattened copy): its digits may hold several cells, which the table reader has to tell apart.
   */
  glued?: boolean;
  /**
   * A number written with letters that look like digits (`O` or `〇` for 0, `l` or `I` for 1), as OCR and
   * hurried typing leave them: `value` is the number they look like, which the table reader marks as
   * reconstructed so that nothing certain rests on it.
   */
  misread?: boolean;
  /** A number that follows another number of its line after exactly one space (`1 268` may be one number). */
  afterSingleSpace?: boolean;
}

export interface Line {
  /** Position in the list of lines the parser works on (virtual lines of a flattened copy included). */
  index: number;
  /** The physical line (as in `ReportDocument.lineStarts`) the line lies in. */
  physical: number;
  start: number;
  /** End of the line's content (before the line break). */
  end: number;
  text: string;
  blank: boolean;
  /** A Markdown ruler such as `| --- | --- |` or `-----\t----`. */
  ruler: boolean;
  /** A page number left by a PDF or Word copy (`- 3 -`, `第 3 页`, `第3页 共9页`, `3/9`): no cell of any table. */
  pageMark: boolean;
  /**
   * Where table labels found inside a flattened line end (see flatten.ts), so that the digits glued to a
   * label become a cell of their own.
   */
  labelEnds?: number[];
}

/** White space as `/[\s\u00a0\u3000\ufeff]/` reads it, tested on a character code without a regular expression. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const NUMBER_UNIT = /^([+-]?\d+(?:\.\d+)?)\s*(万元|元|件|个|项|次|条|人次|宗)$/;
// Placeholders that stand for "no number here": dashes, slashes, 无, and a question mark left for the user.
const DASH = /^(?:[-—–―－/／\\]{1,3}|无|空|[?？]{1,3})$/;
// A page number on a line of its own, in the shapes PDF and Word copies leave inside tables. A bare number
// is not among them: on its own line it may be a value of a one-cell-per-line table. `续表` (table continued)
// at the top of a page is furniture too.
const PAGE_MARK =
  /^(?:[-—–―－]{1,2}\s*\d{1,3}\s*[-—–―－]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3}|共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?|\(?续表[一二三四]?\)?|续上表)$/;

export function splitLines(text: string, lineStarts: number[]): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < lineStarts.length; i++) lines.push(makeLine(text, i, i, lineStarts[i]!, lineContentEnd(text, lineStarts, i)));
  return lines;
}

/** A line that is only a page mark (`第 3 页 共 9 页` with spaces) is at most this long. */
const MAX_PAGE_MARK_LINE = 24;

/** The line `[start, end)` of the text, classified (blank, ruler, page number). */
export function makeLine(text: string, index: number, physical: number, start: number, end: number): Line {
  const content = text.slice(start, end);
  // A line of white space that holds a tab is a row of blank cells, not a blank line.
  const blank = !/[^\s\u00a0\u3000\ufeff]/.test(content) && !content.includes('\t');
  const ruler = !blank && /^[\s|:\-—–=+\t]*$/.test(content) && /-{3,}|—{2,}|={3,}/.test(content);
  const pageMark = !blank && content.length <= MAX_PAGE_MARK_LINE && !content.includes('\t') && PAGE_MARK.test(foldWidth(content).trim());
  return { index, physical, start, end, text: content, blank, ruler, pageMark };
}

/** A running header is the title or the agency name, so it is at least this long. */
const MIN_RUNNING_HEADER = 4;

/**
 * Marks the running headers a PDF copy repeats at the top of each page (the report's title, or the agency's
 * name alone) as page furniture, like page numbers: in the middle of a table they are no cell. Only lines
 * after the title that repeat it (or the agency) exactly, as a line of their own, are marked.
 */
export function markRunningHeaders(lines: Line[], title: { text: string; agency: string | null; end: number }): void {
  const squeeze = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u3000\ufeff]+/g, '');
  const repeated = new Set([squeeze(title.text), squeeze(title.agency ?? '')].filter((s) => s.length >= MIN_RUNNING_HEADER));
  if (repeated.size === 0) return;
  for (const line of lines) {
    if (line.start < title.end || line.blank || line.ruler || line.pageMark || /[\t|]/.test(line.text)) continue;
    if (repeated.has(squeeze(line.text))) line.pageMark = true;
  }
}

/** Classifies a trimmed cell text. */
export function classify(text: string): Classified {
  // Words of prose are most of the cells seen and all of them are text: one that starts with a Chinese
  // character other than the placeholders 无 and 空 is neither a number, a number with its unit nor a dash.
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && first !== 0x65e0 && first !== 0x7a7a) return TEXT;
  return classifyCell(text);
}

const TEXT: Classified = Object.freeze({ kind: 'text', value: null });

interface Classified {
  kind: TokenKind;
  value: number | null;
  unit?: string;
  /** Digits written with look-alike letters (`O`, `l2`): `value` is the number they look like. */
  misread?: boolean;
}

function classifyCell(text: string): Classified {
  if (text === '') return { kind: 'empty', value: null };
  const folded = foldWidth(text).replace(/\s+/g, '');
  if (folded === '') return { kind: 'blank', value: null };
  if (NUMBER.test(folded)) return { kind: 'number', value: Number(folded.replace(/,/g, '')) };
  const misread = asDigits(folded);
  if (misread !== null) return { kind: 'number', value: misread, misread: true };
  const unit = NUMBER_UNIT.exec(folded);
  if (unit) return { kind: 'unit', value: Number(unit[1]), unit: unit[2] };
  if (DASH.test(folded)) return { kind: 'dash', value: null };
  return { kind: 'text', value: null };
}

/** Letters OCR and typing put in place of digits: O, o and 〇 for 0, l and I for 1. */
const DIGIT_LOOKALIKES = /[Oo〇lI]/g;
/** A cell of look-alikes is short: a count, not a word. */
const MAX_LOOKALIKE_TEXT = 9;

/** The number a cell of digits and look-alike letters stands for (`O`, `l2`, `1O5`), or null. */
function asDigits(folded: string): number | null {
  if (folded.length > MAX_LOOKALIKE_TEXT || !/^[0-9Oo〇lI,]+$/.test(folded) || !/[Oo〇lI]/.test(folded)) return null;
  const digits = folded.replace(DIGIT_LOOKALIKES, (c) => (c === 'l' || c === 'I' ? '1' : '0'));
  return NUMBER.test(digits) ? Number(digits.replace(/,/g, '')) : null;
}

interface RawSegment {
  start: number;
  end: number;
}

/** A line that is a row of a Markdown pipe table. */
export function isPipeRow(text: string): boolean {
  return /^\s*\|/.test(text) || (text.match(/\|/g)?.length ?? 0) >= 2;
}

/** Splits one line into raw segments on tabs, Markdown pipes, and runs of two or more spaces. */
function segmentLine(line: Line): RawSegment[] {
  const { text, start } = line;
  const pipes = isPipeRow(text);
  const segments: RawSegment[] = [];
  let segStart = 0;
  const push = (s: number, e: number) => segments.push({ start: start + s, end: start + e });
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\t' || (pipes && ch === '|')) {
      push(segStart, i);
      segStart = i + 1;
    }
  }
  push(segStart, text.length);
  if (pipes) {
    // The pipes at the two ends of a Markdown row delimit nothing.
    if (segments.length > 1 && !/\S/.test(line.text.slice(0, segments[0]!.end - start))) segments.shift();
    const last = segments[segments.length - 1]!;
    if (segments.length > 1 && !/\S/.test(line.text.slice(last.start - start))) segments.pop();
  } else if (segments.length > 1 && segments[0]!.start === segments[0]!.end) {
    // A tab at the very start of a line opens the first cell; the nothing before it is no cell.
    segments.shift();
  }
  return segments;
}

/** Splits a segment's content further: runs of 2+ spaces separate cells, and trailing numbers separated by single spaces are cells. */
function splitSegment(full: string, segStart: number, segEnd: number, out: Array<{ start: number; end: number }>): void {
  const text = full.slice(segStart, segEnd);
  let s = 0;
  while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
  let e = text.length;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s >= e) {
    out.push({ start: segStart, end: segEnd });
    return;
  }
  // Pieces separated by two or more white space characters (or an ideographic space).
  const pieces: Array<[number, number]> = [];
  let pieceStart = s;
  let i = s;
  while (i < e) {
    if (isSpaceCode(text.charCodeAt(i))) {
      let j = i;
      while (j < e && isSpaceCode(text.charCodeAt(j))) j++;
      const run = text.slice(i, j);
      if (j - i >= 2 || run.includes('\u3000')) {
        pieces.push([pieceStart, i]);
        pieceStart = j;
      }
      i = j;
    } else {
      i++;
    }
  }
  pieces.push([pieceStart, e]);
  for (const [ps, pe] of pieces) {
    // Within a piece, peel off numbers separated by single spaces: `（七）总计 6 0 0 0 0 0 6`.
    const words: Array<[number, number]> = [];
    let k = ps;
    while (k < pe) {
      while (k < pe && isSpaceCode(text.charCodeAt(k))) k++;
      const ws = k;
      while (k < pe && !isSpaceCode(text.charCodeAt(k))) k++;
      if (k > ws) words.push([ws, k]);
    }
    let firstValue = words.length;
    while (firstValue > 0) {
      const [ws, we] = words[firstValue - 1]!;
      const kind = classify(text.slice(ws, we)).kind;
      if (kind === 'number' || kind === 'dash' || kind === 'unit') firstValue--;
      else break;
    }
    if (firstValue === words.length || words.length === 1) {
      out.push({ start: segStart + ps, end: segStart + pe });
      continue;
    }
    if (firstValue > 0) out.push({ start: segStart + words[0]![0], end: segStart + words[firstValue - 1]![1] });
    for (const [ws, we] of words.slice(firstValue)) out.push({ start: segStart + ws, end: segStart + we });
  }
}

/** Every cell of the given lines, in document order. */
export function tokenize(text: string, lines: Line[]): Token[] {
  const tokens: Token[] = [];
  for (const line of lines) {
    if (line.blank || line.ruler || line.pageMark) continue;
    const cells: Array<{ start: number; end: number; glued?: boolean }> = [];
    for (const seg of segmentLine(line)) {
      // A label found inside a flattened line ends its cell: what is glued to it is the row's values.
      const ends = (line.labelEnds ?? []).filter((e) => seg.start < e && e < seg.end && /\S/.test(text.slice(e, seg.end)));
      const bounds = [seg.start, ...ends, seg.end];
      for (let k = 0; k + 1 < bounds.length; k++) {
        const before = cells.length;
        splitSegment(text, bounds[k]!, bounds[k + 1]!, cells);
        const first = cells[before];
        // Digits right after the label, with no separator, may be several cells written together.
        if (k > 0 && first && first.start === bounds[k] && /^[0-9０-９]{2,}$/.test(text.slice(first.start, first.end))) first.glued = true;
      }
    }
    // A Markdown cell cannot be written without the spaces around it, so `|  |` is what an empty cell of a
    // tab-separated row is: padding or a merged cell at a row's edge, a blank value inside it.
    const pipes = isPipeRow(line.text);
    let first = true;
    for (const cell of cells) {
      let s = cell.start;
      let e = cell.end;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      const trimmed = text.slice(s, e);
      const cls = classify(trimmed);
      const kind: TokenKind = trimmed === '' ? (cell.end > cell.start && !pipes ? 'blank' : 'empty') : cls.kind;
      const range = trimmed === '' ? { start: cell.start, end: cell.end } : { start: s, end: e };
      const token: Token = {
        kind,
        text: trimmed,
        raw: text.slice(range.start, range.end),
        range,
        line: line.index,
        firstOnLine: first,
        value: cls.value,
        unit: cls.unit,
      };
      if (cell.glued && kind === 'number') token.glued = true;
      if (cls.misread && kind === 'number') token.misread = true;
      const prev = tokens[tokens.length - 1];
      if (!first && kind === 'number' && prev?.kind === 'number' && text.slice(prev.range.end, range.start) === ' ')
        token.afterSingleSpace = true;
      tokens.push(token);
      first = false;
    }
  }
  return tokens;
}

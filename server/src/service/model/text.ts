// Line bookkeeping shared by the parser, the features and the LSP/CLI adapters: offsets ↔ line/character.

import type { Span } from './types';

export interface Position {
  line: number;
  character: number;
}

/** Offsets of the first character of every line; lines end at \n, \r\n or a lone \r. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

export function offsetAt(lineStarts: number[], textLength: number, position: Position): number {
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return textLength;
  const start = lineStarts[position.line]!;
  const next = lineStarts[position.line + 1] ?? textLength;
  return Math.min(start + Math.max(0, position.character), next);
}

/** 0-based line of an offset. */
export function lineOf(lineStarts: number[], offset: number): number {
  return positionAt(lineStarts, offset).line;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The line break the document already uses (its first one decides), so inserted text does not mix `\r\n` and `\n`. */
export function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** End of the content of line `line` (before its line break). */
export function lineContentEnd(text: string, lineStarts: number[], line: number): number {
  const start = lineStarts[line] ?? text.length;
  let end = lineStarts[line + 1] ?? text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** Offset of the first character of the line that holds `offset`. */
export function lineStartAt(doc: { lineStarts: number[] }, offset: number): number {
  return doc.lineStarts[positionAt(doc.lineStarts, offset).line] ?? 0;
}

/** The end of the content of the line holding `offset` (before its line break). */
export function lineEndAt(doc: { text: string; lineStarts: number[] }, offset: number): number {
  return lineContentEnd(doc.text, doc.lineStarts, positionAt(doc.lineStarts, offset).line);
}

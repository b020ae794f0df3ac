// Reads the tokens that may be a row's values: those after its label, up to the next label, a section
// heading or prose; header pieces among them are passed over, never taken as values.

import type { Anchor } from './anchors';
import { type Lexicon, isHeaderFragment } from './lexicon';
import type { Token } from './tokens';

/** Text cells longer than this are prose, which ends a row's values. */
const MAX_VALUE_TEXT = 8;
/** Two tokens this many lines apart have a blank line between them. */
const BLANK_LINE_STEP = 2;
/** A page number a PDF copy leaves between rows has at most this many digits. */
const MAX_PAGE_NUMBER_DIGITS = 3;

export function isValueToken(token: Token): boolean {
  return token.kind !== 'text' || token.text.length <= MAX_VALUE_TEXT;
}

/** A header piece (a vertical header's characters, a placeholder, a broken label): skipped among values. */
export function isHeaderPiece(lexicon: Lexicon, token: Token): boolean {
  return token.kind === 'text' && isHeaderFragment(lexicon, token.text);
}

export function filledCount(list: Token[]): number {
  return list.filter((t) => t.kind !== 'empty').length;
}

/** Does the anchor's own line hold values after it (a row layout rather than one cell per line)? */
function valuesOnLabelLine(lexicon: Lexicon, tokens: Token[], from: number, stop: number, line: number): boolean {
  for (let t = from; t < stop && tokens[t]!.line === line; t++) {
    const token = tokens[t]!;
    if (token.kind !== 'empty' && isValueToken(token) && !isHeaderPiece(lexicon, token)) return true;
  }
  return false;
}

/** Does a line (from token t on) hold nothing but values (a row that wraps onto it)? */
function lineOfValuesOnly(tokens: Token[], t: number, stop: number): boolean {
  const line = tokens[t]!.line;
  for (let u = t; u < stop && tokens[u]!.line === line; u++) {
    const kind = tokens[u]!.kind;
    if (kind === 'text' || kind === 'empty' || kind === 'blank') return false;
  }
  return true;
}

/** What values are read in: the tokens and labels of a region, its heading guard and the label lexicon. */
export interface ValueScope {
  tokens: Token[];
  anchors: Anchor[];
  crosses: (a: number, b: number) => boolean;
  lexicon: Lexicon;
}

/** Tokens after an anchor that may be its values: up to the next anchor, a heading, or prose. */
export function valuesAfter(scope: ValueScope, index: number, expected = Infinity): Token[] {
  const { tokens, anchors, crosses, lexicon } = scope;
  const anchor = anchors[index]!;
  const next = anchors[index + 1];
  const stop = next ? next.first : tokens.length;
  const values: Token[] = [];
  const labelLine = tokens[anchor.last]!.line;
  let prevLine = labelLine;
  // In a row layout (values on the label's line) the row ends with its line, so the placeholders that
  // open the next line belong to the next row; a row that wraps continues on lines of values only.
  const sameLine = valuesOnLabelLine(lexicon, tokens, anchor.last + 1, stop, labelLine);
  for (let t = anchor.last + 1; t < stop; t++) {
    const token = tokens[t]!;
    if (crosses(prevLine, token.line)) break;
    const piece = isHeaderPiece(lexicon, token);
    if (!piece && !isValueToken(token)) break;
    if (sameLine && token.line !== prevLine) {
      if (filledCount(values) >= expected) break;
      if (!lineOfValuesOnly(tokens, t, stop)) break;
    }
    if (piece) continue;
    values.push(token);
    prevLine = token.line;
  }
  return dropVerticalPieces(dropPageNumbers(values, expected), expected);
}

/**
 * `无` of a vertical `（四）无法提供` reads as a dash. Standing on a line of its own at the end of a row that
 * has one value too many, just before the next label, it is that label's piece, not the row's value.
 */
function dropVerticalPieces(values: Token[], expected: number): Token[] {
  if (filledCount(values) !== expected + 1) return values;
  const isPiece = (token: Token | undefined, neighbour: Token | undefined) =>
    token !== undefined &&
    token.kind === 'dash' &&
    /^[\u4e00-\u9fff]$/.test(token.text) &&
    (neighbour === undefined || neighbour.line !== token.line);
  if (isPiece(values[values.length - 1], values[values.length - 2])) return values.slice(0, -1);
  return values;
}

function isLoneNumber(block: Token[]): boolean {
  const only = block[0];
  return (
    block.length === 1 && only !== undefined && only.kind === 'number' && new RegExp(`^\\d{1,${MAX_PAGE_NUMBER_DIGITS}}$`).test(only.text)
  );
}

/** Splits tokens where `starts(i)` says a new group begins. */
function groupsOf(values: Token[], starts: (i: number) => boolean): Token[][] {
  const groups: Token[][] = [];
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || starts(i)) groups.push([]);
    groups[groups.length - 1]!.push(values[i]!);
  }
  return groups;
}

/**
 * A page number copied from a PDF as a bare number on a line of its own can fall between a row's values
 * and the next row, or between table 四's header and its data row. When the row has too many values, and
 * the values left after dropping such lone numbers stand together in one block of lines (set off by blank
 * lines) that still fills the row, or on one line that holds exactly the row's count, the lone numbers are
 * not the row's. Anything less clear stays as it is (and is reported as a wrong count or unreadable).
 */
export function dropPageNumbers(values: Token[], expected: number): Token[] {
  if (!Number.isFinite(expected) || filledCount(values) <= expected) return values;
  const blocks = groupsOf(values, (i) => values[i]!.line - values[i - 1]!.line >= BLANK_LINE_STEP);
  const kept = blocks.filter((b) => !isLoneNumber(b));
  const withValues = kept.filter((b) => filledCount(b) > 0);
  if (kept.length < blocks.length && withValues.length === 1 && filledCount(withValues[0]!) >= expected) return kept.flat();
  // Without blank lines around it, a page number is still a line of its own next to the one line that
  // holds exactly the row's values (table 四's data row in a PDF copy).
  const lines = groupsOf(values, (i) => values[i]!.line !== values[i - 1]!.line);
  const full = lines.filter((l) => filledCount(l) > 0 && !isLoneNumber(l));
  const only = full[0];
  if (
    full.length === 1 &&
    only &&
    filledCount(only) === expected &&
    lines.every((l) => l === only || isLoneNumber(l) || filledCount(l) === 0)
  )
    return only;
  return values;
}

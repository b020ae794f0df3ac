// Puts back numbers that a PDF→Markdown copy moved away from their labels (every label first, then every
// line of numbers), only where the order is certain: one line of numbers per label, each of the right count.

import type { Token } from './tokens';
import { filledCount } from './values';

/** One labelled row before its values are placed: its value tokens and how many cells it has. */
export interface PendingRow {
  tokens: Token[];
  expected: number;
  reconstructed?: boolean;
  /** Set when the row's values stand apart from it and cannot be assigned with certainty. */
  detached?: boolean;
}

function linesOf(tokens: Token[]): Token[][] {
  const lines: Token[][] = [];
  for (const token of tokens) {
    const last = lines[lines.length - 1];
    if (last && last[0]!.line === token.line) last.push(token);
    else lines.push([token]);
  }
  return lines.filter((l) => filledCount(l) > 0);
}

/**
 * Rows first..owner-1 have no values and row `owner` holds them all: assign the lines of numbers in order
 * when there is exactly one per row and each has its row's count.
 */
function assignRun(rows: PendingRow[], first: number, owner: number): void {
  const run = rows.slice(first, owner + 1);
  const fitsRun = (lines: Token[][]) => lines.length === run.length && run.every((row, i) => filledCount(lines[i]!) === row.expected);
  // A copy may keep the blank rows of the group labels among the numbers; they hold no row's values.
  const all = linesOf(rows[owner]!.tokens);
  const withValues = all.filter((line) => line.some((t) => t.kind !== 'blank' && t.kind !== 'empty'));
  const lines = fitsRun(all) ? all : withValues;
  const fits = fitsRun(lines);
  run.forEach((row, i) => {
    if (fits) {
      row.tokens = lines[i]!.filter((t) => t.kind !== 'empty');
      row.reconstructed = true;
    } else {
      row.detached = true;
    }
  });
}

/** Rows in a run of value-less labels that ends in a row holding too many values get their values back. */
export function reattachValues(rows: PendingRow[]): void {
  let first = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const filled = filledCount(row.tokens);
    if (filled === 0) {
      if (first < 0) first = i;
      continue;
    }
    if (first >= 0 && filled > row.expected) assignRun(rows, first, i);
    first = -1;
  }
}

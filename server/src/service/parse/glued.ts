// Splits the digits of a row whose cells were glued together (`21710000218` for seven cells) when exactly
// one split satisfies the row's own arithmetic; otherwise says why the row cannot be read.

/**
 * The arithmetic a row's cells obey, as groups of column positions: in each group the last position is
 * the sum of the others (table 三: 总计 = the six applicant columns; table 四: each block's 总计 = its four
 * results).
 */
export type SumGroups = number[][];

export type GluedSplit = { kind: 'unique'; values: string[][] } | { kind: 'none' } | { kind: 'ambiguous' } | { kind: 'too-costly' };

/** A count in these tables has at most this many digits; longer parts are not considered. */
const MAX_CELL_DIGITS = 7;
/** Work bound: splits tried before giving up (a 15-cell row of 30 digits stays far below it). */
const MAX_STEPS = 200_000;

interface Search {
  runs: string[];
  cells: number;
  groups: SumGroups;
  parts: string[][];
  found: string[][][];
  steps: number;
  /** Digits in the runs after each run, to prune splits that leave too few or too many digits. */
  after: number[];
}

/** Can the digits left still fill exactly the cells left? */
function fits(s: Search, run: number, offset: number, placed: number): boolean {
  const digitsLeft = s.runs[run]!.length - offset + s.after[run]!;
  const cellsLeft = s.cells - placed;
  return digitsLeft >= cellsLeft && digitsLeft <= cellsLeft * MAX_CELL_DIGITS;
}

function isCell(part: string): boolean {
  return part.length > 0 && part.length <= MAX_CELL_DIGITS && (part === '0' || part[0] !== '0');
}

/** Does every sum group whose cells are all known (the first `known` cells) add up? */
function sumsHold(values: number[], groups: SumGroups, known: number): boolean {
  for (const group of groups) {
    const last = group[group.length - 1]!;
    if (last >= known || last !== known - 1) continue;
    let sum = 0;
    for (const position of group.slice(0, -1)) sum += values[position]!;
    if (sum !== values[last]) return false;
  }
  return true;
}

/** Depth-first over runs and cut points; checks each sum as soon as its total cell is placed. */
function search(s: Search, run: number, offset: number, values: number[], current: string[]): void {
  if (s.found.length > 1 || s.steps > MAX_STEPS) return;
  s.steps++;
  const digits = s.runs[run];
  if (digits === undefined) {
    if (values.length === s.cells) s.found.push(s.parts.map((p) => [...p]));
    return;
  }
  if (offset === digits.length) {
    s.parts.push(current);
    search(s, run + 1, 0, values, []);
    s.parts.pop();
    return;
  }
  // Cells still needed after this one cannot exceed the digits left, nor fall below the runs left.
  for (let length = 1; length <= MAX_CELL_DIGITS && offset + length <= digits.length; length++) {
    const part = digits.slice(offset, offset + length);
    if (!isCell(part) || values.length >= s.cells) break;
    values.push(Number(part));
    if (fits(s, run, offset + length, values.length) && sumsHold(values, s.groups, values.length))
      search(s, run, offset + length, values, [...current, part]);
    values.pop();
  }
}

/**
 * Splits the digit runs (each run one or more cells, in order) into exactly `cells` cells so that every
 * sum group holds. Leading zeros are not allowed except for a lone 0.
 */
export function splitGlued(runs: string[], cells: number, groups: SumGroups): GluedSplit {
  const digits = runs.reduce((n, r) => n + r.length, 0);
  if (runs.some((r) => !/^\d+$/.test(r)) || digits < cells || runs.length > cells) return { kind: 'none' };
  const after = runs.map((_, i) => runs.slice(i + 1).reduce((n, r) => n + r.length, 0));
  const s: Search = { runs, cells, groups, parts: [], found: [], steps: 0, after };
  search(s, 0, 0, [], []);
  if (s.steps > MAX_STEPS) return { kind: 'too-costly' };
  if (s.found.length === 1) return { kind: 'unique', values: s.found[0]! };
  return s.found.length === 0 ? { kind: 'none' } : { kind: 'ambiguous' };
}

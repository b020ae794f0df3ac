// Turns a row's value tokens into cells: one token per cell when the count fits, digits glued together
// split when exactly one split satisfies the row's sums, and otherwise the row marked unreadable (why).

import { t, tableName } from '../l10n';
import type { Cell, LabelRef, Row, TableKind } from '../model/types';
import type { RowDef } from '../template/types';
import { type SumGroups, splitGlued } from './glued';
import { foldWidth } from './normalize';
import type { Token } from './tokens';

/** How a row's values were placed: read from its own label's line or lines, or put back together. */
export interface RowValues {
  tokens: Token[];
  /** The values stood apart from their label and were assigned by their order. */
  reconstructed?: boolean;
}

export function makeCell(kind: TableKind, row: RowDef, column: number, token: Token): Cell {
  // Object literals written out (not spread from a common base) keep this hot path cheap; the key order
  // is the one the cells have always had.
  const id = row.cellIds[column]!;
  const col = row.columns[column]!;
  const valueKind = row.valueKinds?.[column] ?? 'integer';
  const { raw, range } = token;
  switch (token.kind) {
    case 'number': {
      const value = token.value;
      // A number read from look-alike letters is a guess at what was meant (table/cell-invalid names it).
      const guessed = token.misread ? { certainty: 'reconstructed' as const } : {};
      if (value !== null && !Number.isInteger(value) && valueKind !== 'amount') {
        return { id, table: kind, row: row.key, col, raw, range, value, kind: 'invalid', problem: t('不是整数'), ...guessed };
      }
      if (value !== null && value < 0 && valueKind !== 'change') {
        return { id, table: kind, row: row.key, col, raw, range, value, kind: 'invalid', problem: t('是负数'), ...guessed };
      }
      return { id, table: kind, row: row.key, col, raw, range, value, kind: 'number', ...guessed };
    }
    case 'unit':
      return {
        id,
        table: kind,
        row: row.key,
        col,
        raw,
        range,
        kind: 'invalid',
        value: token.value,
        problem: t('含单位“{0}”', String(token.unit)),
      };
    case 'dash':
      return { id, table: kind, row: row.key, col, raw, range, kind: 'dash', value: null };
    case 'empty':
    case 'blank':
      return { id, table: kind, row: row.key, col, raw, range, kind: 'blank', value: null };
    default:
      return { id, table: kind, row: row.key, col, raw, range, kind: 'invalid', value: null, problem: t('不是数字') };
  }
}

/** Drops the empty cells at a row's edges that stand for merged cells, while the row is too long. */
function trimEdges(values: Token[], expected: number): Token[] {
  const out = [...values];
  while (out.length > expected && out[out.length - 1]!.kind === 'empty') out.pop();
  while (out.length > expected && out[0]!.kind === 'empty') out.shift();
  return out;
}

/** The column of a group's total: `tot` in table 三, `rv.tot` … in table 四. */
const TOTAL_COLUMN = /(^|\.)tot$/;

/**
 * The sums a row's cells obey, read from its columns: the columns that share a prefix (table 四's `rv.`,
 * `ld.`, `lr.`; table 三's columns have none) form a group whose `tot` column is the sum of the others.
 * Rows without a `tot` column (table 二) have no sums.
 */
export function sumGroupsOf(rowDef: RowDef): SumGroups | null {
  const groups = new Map<string, { parts: number[]; total: number | null }>();
  rowDef.columns.forEach((column, position) => {
    const prefix = column.includes('.') ? column.slice(0, column.lastIndexOf('.')) : '';
    const group = groups.get(prefix) ?? { parts: [], total: null };
    if (TOTAL_COLUMN.test(column)) group.total = position;
    else group.parts.push(position);
    groups.set(prefix, group);
  });
  const sums = [...groups.values()].filter((g) => g.total !== null && g.parts.length > 0);
  // The search checks a sum once its total is placed, so each group must end with its total.
  if (sums.length === 0 || sums.some((g) => g.parts.some((p) => p > g.total!))) return null;
  return sums.map((g) => [...g.parts, g.total!]);
}

/** Row values a gluing could explain: plain digit runs only, fewer than the cells, with enough digits. */
function gluedRuns(values: Token[], expected: number): string[] | null {
  if (values.length === 0 || values.length >= expected) return null;
  if (!values.every((v) => v.kind === 'number' && /^\d+$/.test(foldWidth(v.text)))) return null;
  const runs = values.map((v) => foldWidth(v.text));
  return runs.reduce((n, r) => n + r.length, 0) >= expected ? runs : null;
}

/** Cells cut out of glued digit runs, each with the exact range of its digits. */
function gluedCells(kind: TableKind, rowDef: RowDef, values: Token[], parts: string[][]): Cell[] {
  const cells: Cell[] = [];
  values.forEach((token, i) => {
    let offset = 0;
    for (const part of parts[i] ?? []) {
      const range = { start: token.range.start + offset, end: token.range.start + offset + part.length };
      // Width folding keeps one character per digit, so the source digits of a part sit at the same offsets.
      const piece: Token = { ...token, text: part, raw: token.raw.slice(offset, offset + part.length), range, value: Number(part) };
      cells.push({ ...makeCell(kind, rowDef, cells.length, piece), certainty: 'reconstructed' });
      offset += part.length;
    }
  });
  return cells;
}

function rowName(rowDef: RowDef, kind: TableKind): string {
  return rowDef.standard ? t('“{0}”一行', rowDef.standard) : t('{0}的数据行', tableName(kind));
}

/** So many cells missing from a row of plain numbers means its digits ran together. */
const GLUED_MIN_MISSING = 3;
/** A run with this many more digits than the cells it would have to fill besides its own looks glued. */
const GLUED_EXTRA_DIGITS = 2;

/** Reads glued digits, or says why they cannot be read; null when the row does not look glued. */
function readGlued(kind: TableKind, rowDef: RowDef, values: Token[]): { cells: Cell[] } | { unreadable: string } | null {
  const expected = rowDef.cellIds.length;
  const runs = gluedRuns(values, expected);
  if (!runs) return null;
  const groups = sumGroupsOf(rowDef);
  const raw = values.map((v) => v.raw).join(' ');
  const longest = Math.max(...runs.map((r) => r.length));
  // A row short of one or two values whose numbers are short is a row with values left out (cell-count),
  // not glued digits: glued digits leave most cells out, or one run holds more digits than the missing
  // cells and the one they hide in would need.
  // Digits the tokenizer cut off a label they were glued to (flattened copies) are glued whatever their count.
  const flagged = values.some((v) => v.glued === true);
  const mostCellsMissing = values.length <= expected - GLUED_MIN_MISSING;
  const runTooLong = longest >= expected - values.length + GLUED_EXTRA_DIGITS;
  const looksGlued = flagged || mostCellsMissing || runTooLong;
  if (!groups) {
    if (!looksGlued) return null;
    // Without a total to check against, only the cell count and the digits themselves can decide (`000`).
    const plain = splitGlued(runs, expected, []);
    if (plain.kind === 'unique') return { cells: gluedCells(kind, rowDef, values, plain.values) };
    return { unreadable: t('{0}的数字连在一起（{1}），无法确定拆分', rowName(rowDef, kind), raw) };
  }
  const split = splitGlued(runs, expected, groups);
  if (split.kind === 'unique') return { cells: gluedCells(kind, rowDef, values, split.values) };
  if (!looksGlued) return null;
  const why =
    split.kind === 'ambiguous'
      ? t('{0}的数字连在一起（{1}），有多种拆分都符合本行的合计，无法确定', rowName(rowDef, kind), raw)
      : t('{0}的数字连在一起（{1}），没有一种拆分符合本行的合计', rowName(rowDef, kind), raw);
  return { unreadable: why };
}

/** A thousands group written after a single space: `1 268`, `12 608` (the first part never starts with 0). */
function isThousandsPair(a: Token, b: Token): boolean {
  return b.afterSingleSpace === true && !a.misread && !b.misread && /^[1-9]\d{0,2}$/.test(a.text) && /^\d{3}$/.test(b.text);
}

/**
 * Two numbers a stray space split (`3 8` for 38, as OCR gives them): in a row whose sums check the result,
 * any two plain numbers after a single space may be one, the first not starting with 0.
 */
function isSplitPair(a: Token, b: Token): boolean {
  return b.afterSingleSpace === true && !a.misread && !b.misread && /^[1-9]\d*$/.test(a.text) && /^\d+$/.test(b.text);
}

/** Do a row's values satisfy its sums (a row without sums has nothing to satisfy)? */
function sumsHold(values: number[], groups: SumGroups | null): boolean {
  return (groups ?? []).every((g) => g.slice(0, -1).reduce((n, p) => n + values[p]!, 0) === values[g[g.length - 1]!]);
}

/**
 * A row with a few values too many, where numbers were written with a space as the thousands separator
 * (`行政处罚 12 608`) or split by a stray space (`3 8`, only in rows whose sums can confirm it): read only
 * when exactly one way of joining such pairs gives the row's count and satisfies its sums. The joined cells
 * are reconstructed.
 */
function readSpacedThousands(kind: TableKind, rowDef: RowDef, values: Token[]): Cell[] | null {
  const expected = rowDef.cellIds.length;
  const excess = values.length - expected;
  if (excess <= 0 || values.some((v) => v.kind !== 'number')) return null;
  const groups = sumGroupsOf(rowDef);
  const found: number[][] = [];
  // Choose `excess` disjoint pairs (i, i+1), by the index of each pair's first token.
  const search = (from: number, chosen: number[]) => {
    if (found.length > 1) return;
    if (chosen.length === excess) {
      const numbers = joinAt(values, chosen).map((tokens) => Number(tokens.map((t) => t.text).join('')));
      if (sumsHold(numbers, groups)) found.push([...chosen]);
      return;
    }
    for (let i = from; i + 1 < values.length; i++) {
      const pair = groups ? isSplitPair(values[i]!, values[i + 1]!) : isThousandsPair(values[i]!, values[i + 1]!);
      if (pair) search(i + 2, [...chosen, i]);
    }
  };
  search(0, []);
  if (found.length !== 1) return null;
  return joinAt(values, found[0]!).map((tokens, column) => {
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    const text = tokens.map((t) => t.text).join('');
    const joined: Token = {
      ...first,
      text,
      raw: tokens.map((t) => t.raw).join(' '),
      range: { start: first.range.start, end: last.range.end },
      value: Number(text),
    };
    const cell = makeCell(kind, rowDef, column, joined);
    return tokens.length > 1 ? { ...cell, certainty: 'reconstructed' as const } : cell;
  });
}

/** The row's values with the pairs starting at the given indexes joined: one token list per cell. */
function joinAt(values: Token[], pairStarts: number[]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < values.length; i++) {
    if (pairStarts.includes(i)) {
      out.push([values[i]!, values[i + 1]!]);
      i++;
    } else out.push([values[i]!]);
  }
  return out;
}

/** Too many values for the row, in a way no stray value explains: they come from other rows. */
const FOREIGN_VALUES_MARGIN = 3;

/** Reads one row: its cells when they can be placed, else `unreadable` with the reason. */
export function readRow(kind: TableKind, rowDef: RowDef, label: LabelRef | null, found: RowValues): Row {
  const expected = rowDef.cellIds.length;
  const values = trimEdges(found.tokens, expected);
  const allCells = values.map((token, i) => makeCell(kind, rowDef, Math.min(i, expected - 1), token));
  const start = label ? label.range.start : values.length ? values[0]!.range.start : 0;
  const endToken = [...values].reverse().find((v) => v.kind !== 'empty') ?? values[values.length - 1];
  const end = Math.max(label ? label.range.end : start, endToken ? endToken.range.end : start);
  const row: Row = { id: rowDef.key, label, range: { start, end }, cells: [], values: allCells, expected };
  if (values.length === expected) {
    // Header pieces never reach here (values.ts passes over them), so text left in a row of the right
    // count is a wrong value of that row.
    row.cells = found.reconstructed ? allCells.map((c) => ({ ...c, certainty: 'reconstructed' })) : allCells;
    return row;
  }
  if (values.length >= expected + FOREIGN_VALUES_MARGIN) {
    row.unreadable = t('{0}后面有 {1} 个数值，多于 {2} 列，数值可能来自其他行', rowName(rowDef, kind), values.length, expected);
    return row;
  }
  const spaced = readSpacedThousands(kind, rowDef, values);
  if (spaced) {
    row.cells = spaced;
    row.values = spaced;
    return row;
  }
  const glued = readGlued(kind, rowDef, values);
  if (glued && 'cells' in glued) {
    row.cells = glued.cells;
    row.values = glued.cells;
  } else if (glued) row.unreadable = glued.unreadable;
  return row;
}

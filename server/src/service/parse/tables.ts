// Finds tables 二, 三 and 四 by their labels and reads the values that follow each row label, whatever the
// line structure. Finding labels, reading values, assembling a table and judging what was read with
// certainty live in anchors.ts, values.ts, assemble.ts, rows.ts and certainty.ts; this file groups the
// labels into tables.

import { msg } from '../l10n';
import type { FormatId, Table } from '../model/types';
import type { TableTemplates } from '../template/types';
import { type Anchor, type LineGuard, findAnchors } from './anchors';
import { type Lexicon, lexiconOf } from './lexicon';
import { type Run, type TableContext, buildTable } from './assemble';
import type { Token } from './tokens';
import { valuesAfter } from './values';
import { type RegionCache, regionTables, regionsOf } from './regions';

/** Labels of one table further apart than this many lines belong to two tables (or to prose). */
const MAX_LINES_BETWEEN_LABELS = 60;
/** A table is recognised by at least this many different labels of its own... */
const MIN_DISTINCT_LABELS = 3;
/** ...or, for table 四 pasted with its top header row only, by a data row of at least this many values (it has 15). */
const T4_MIN_VALUES = 10;

function distinctKeys(anchors: Anchor[], run: Run): number {
  return new Set(run.anchors.map((a) => anchors[a]!.matches.find((m) => m.entry.table === run.kind)!.entry.key)).size;
}

/** Table 四 pasted with only its top header row (行政复议 … 行政诉讼) still shows itself by the row of numbers under it. */
function hasTable4DataRow(ctx: TableContext, run: Run): boolean {
  if (run.kind !== 't4') return false;
  const rowSize = ctx.lexicon.templates['2021'].t4.rows[0]!.cellIds.length;
  const values = valuesAfter(ctx, run.anchors[run.anchors.length - 1]!, rowSize);
  return values.filter((v) => v.kind !== 'empty' && v.kind !== 'text').length >= T4_MIN_VALUES;
}

/** Groups anchors into tables: consecutive labels of one table, not separated by a section heading. */
function groupRuns(ctx: TableContext): Run[] {
  const { anchors, tokens, crosses } = ctx;
  const runs: Run[] = [];
  let current: Run | null = null;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i]!;
    const line = tokens[anchor.first]!.line;
    if (current) {
      const prevLine = tokens[anchors[current.anchors[current.anchors.length - 1]!]!.last]!.line;
      if (crosses(prevLine, line) || line - prevLine > MAX_LINES_BETWEEN_LABELS) current = null;
    }
    if (anchor.kinds.size === 1) {
      const kind = [...anchor.kinds][0]!;
      if (!current || current.kind !== kind) {
        current = { kind, anchors: [] };
        runs.push(current);
      }
      current.anchors.push(i);
    } else if (current && anchor.kinds.has(current.kind)) {
      current.anchors.push(i);
    }
  }
  return runs.filter((run) => distinctKeys(anchors, run) >= MIN_DISTINCT_LABELS || hasTable4DataRow(ctx, run));
}

export interface TableParseInput {
  text: string;
  tokens: Token[];
  /** Lines that are section headings: no table crosses them. */
  headingLines: number[];
  expectedFormat: FormatId | null;
  /** The lines of section 四's body (first and last, inclusive), where a table 四 without headers may stand. */
  section4Lines?: { first: number; last: number } | null;
  /** Where unchanged regions' tables are kept (incremental analysis), or null to read every region. */
  regions?: RegionCache | null;
  /** The table templates the labels are matched against. */
  templates: TableTemplates;
  /** The lexicons the language service built, by template set (or null to build one for this parse). */
  lexicons?: WeakMap<TableTemplates, Lexicon> | null;
}

function lineGuard(headingLines: number[]): LineGuard {
  const headingSet = new Set(headingLines);
  const sorted = [...headingLines].sort((a, b) => a - b);
  // Is there a heading line h with a < h <= b? Binary search for the first heading after a.
  const crosses = (a: number, b: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! > a) hi = mid;
      else lo = mid + 1;
    }
    return lo < sorted.length && sorted[lo]! <= b;
  };
  return { blocked: (line) => headingSet.has(line), crosses };
}

export function parseTables(input: TableParseInput): Table[] {
  const { text, tokens, expectedFormat } = input;
  const guard = lineGuard(input.headingLines);
  const headingSet = new Set(input.headingLines);
  const format = expectedFormat ?? '2021';
  const lexicon = lexiconOf(input.templates, input.lexicons ?? null);
  // No table crosses a heading, so each region between headings is read on its own, and a region an edit
  // did not touch is not read again (regions.ts).
  const tables = regionsOf(tokens, input.headingLines).flatMap((region) =>
    regionTables(region, headingSet, format, input.templates, input.regions ?? null, () => {
      const ctx: TableContext = { tokens: region, anchors: findAnchors(lexicon, text, region, guard), crosses: guard.crosses, lexicon };
      return groupRuns(ctx).map((run) => buildTable(ctx, run, format));
    }),
  );
  if (!tables.some((table) => table.kind === 't4') && input.section4Lines) {
    const bare = headerlessTable4(tokens, input.section4Lines, expectedFormat ?? '2021');
    if (bare) tables.push(bare);
  }
  return tables;
}

function headerlessTable(cells: Token[], format: FormatId): Table {
  return {
    kind: 't4',
    format,
    range: { start: cells[0]!.range.start, end: cells[cells.length - 1]!.range.end },
    section: null,
    rows: [],
    headers: [],
    markers2019: [],
    markers2021: [],
    status: 'unreadable',
    unreadableReason: msg('表四没有表头，无法确定每个数值所在的列'),
    cells: new Map(),
  };
}

/**
 * Table 四 pasted without its header rows: a stretch of section 四 that holds nothing but a row's worth of
 * numbers, on one line or one per line. It is table 四, so the table is not missing, but with no header
 * nothing shows which column each number stands in: it is marked unreadable and no arithmetic is checked.
 */
function headerlessTable4(tokens: Token[], lines: { first: number; last: number }, format: FormatId): Table | null {
  let run: Token[] = [];
  const flush = (): Table | null => {
    const cells = run.filter((token) => token.kind !== 'empty');
    run = [];
    if (cells.length < T4_MIN_VALUES || !cells.some((token) => token.kind === 'number')) return null;
    return headerlessTable(cells, format);
  };
  for (const token of tokens) {
    if (token.line < lines.first) continue;
    if (token.line > lines.last) break;
    if (token.kind === 'number' || token.kind === 'dash' || token.kind === 'blank' || token.kind === 'empty') {
      run.push(token);
      continue;
    }
    const table = flush();
    if (table) return table;
  }
  return flush();
}

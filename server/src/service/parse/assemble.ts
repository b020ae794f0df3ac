// Assembles one table from a run of its labels: decides what each label stands for (row, group or header),
// which format the table is in, and which values belong to which row.

import { t } from '../l10n';
import type { FormatId, LabelRef, Row, Span, Table, TableKind } from '../model/types';
import type { RowDef, TableTemplate, TableTemplates } from '../template/types';
import type { Anchor } from './anchors';
import { assess } from './certainty';
import { type PendingRow, reattachValues } from './detached';
import type { LabelMatch } from './lexicon';
import { splitOrdinal } from './normalize';
import { readRow } from './rows';
import type { Token } from './tokens';
import { type ValueScope, valuesAfter } from './values';

export interface Run {
  kind: TableKind;
  /** Indexes into the anchor list, in document order. */
  anchors: number[];
}

/** A region's tokens and labels, its heading guard, and the lexicon (with its templates) they are read by. */
export type TableContext = ValueScope;

/** The templates of a table kind in both formats, 2021 first. */
function bothFormats(templates: TableTemplates, kind: TableKind): TableTemplate[] {
  return [templates['2021'][kind], templates['2019'][kind]];
}

function otherFormat(format: FormatId): FormatId {
  return format === '2021' ? '2019' : '2021';
}

/** The row a header stands for when a row's worth of values follows it (`总计` → （七）总计), in either format. */
function rowWrittenBareAs(templates: TableTemplates, kind: TableKind, headerKey: string): RowDef | undefined {
  for (const template of bothFormats(templates, kind)) {
    const row = template.rows.find((r) => r.writtenBareAs === headerKey);
    if (row) return row;
  }
  return undefined;
}

/** Is the row key the total of the outcomes (（七）总计) in either format? */
function isResultsTotal(templates: TableTemplates, kind: TableKind, key: string): boolean {
  return bothFormats(templates, kind).some((template) => template.rows.some((r) => r.key === key && r.resultsTotal === true));
}

interface Resolved {
  anchor: Anchor;
  match: LabelMatch;
  values: Token[];
  isRow: boolean;
}

/** How many values a row label of this table takes (the most any format gives it). */
function expectedCount(templates: TableTemplates, kind: TableKind, candidates: LabelMatch[]): number {
  let count = 0;
  for (const m of candidates) {
    if (m.entry.role !== 'row') continue;
    for (const format of m.entry.formats) {
      const def = templates[format][kind].rows.find((r) => r.key === m.entry.key);
      if (def) count = Math.max(count, def.cellIds.length);
    }
  }
  return count || Infinity;
}

/** So many numbers after 总计 or 其他 make it a row, not a column header followed by a stray number. */
const UNPREFIXED_MIN_VALUES = 4;

/**
 * A column header a row may be written as (the template's `writtenBareAs`: 总计 and 其他 without their
 * ordinal) is that header, or, with a row's worth of numbers, the row （七）总计 or 3.其他.
 */
function unprefixedRow(
  ctx: TableContext,
  kind: TableKind,
  index: number,
  preferred: LabelMatch,
  values: Token[],
): { match: LabelMatch; values: Token[] } | null {
  const templates = ctx.lexicon.templates;
  const key = rowWrittenBareAs(templates, kind, preferred.entry.key)?.key;
  if (!key || values.filter((v) => v.kind === 'number' || v.kind === 'dash').length < UNPREFIXED_MIN_VALUES) return null;
  const entry = ctx.lexicon.entries.find((e) => e.table === kind && e.role === 'row' && e.key === key);
  if (!entry) return null;
  const match = { entry, match: preferred.match, distance: preferred.distance };
  return { match, values: valuesAfter(ctx, index, expectedCount(templates, kind, [match])) };
}

/**
 * A label that is a row in one format and a group or header in the other (（六）其他处理, 总计) is a row
 * when values follow it. Without values it decides by its ordinal (（七）总计 is the row, 总计 the header)
 * or by the row after it (（六）其他处理 followed by 1.申请人… heads a group; followed by （七）总计 it is
 * the 2019 row).
 */
function resolveOne(ctx: TableContext, run: Run, position: number): Resolved {
  const index = run.anchors[position]!;
  const anchor = ctx.anchors[index]!;
  const kind = run.kind;
  const candidates = anchor.matches.filter((m) => m.entry.table === kind);
  const templates = ctx.lexicon.templates;
  let values = valuesAfter(ctx, index, expectedCount(templates, kind, candidates));
  const withValues = values.some((v) => v.kind !== 'empty');
  const row = candidates.find((m) => m.entry.role === 'row');
  const other = candidates.find((m) => m.entry.role !== 'row');
  let match = candidates[0]!;
  const unprefixed = row ? null : unprefixedRow(ctx, kind, index, match, values);
  if (unprefixed) ({ match, values } = unprefixed);
  if (row && other) {
    const nextIndex = run.anchors[position + 1];
    const nextKeys =
      nextIndex === undefined ? [] : ctx.anchors[nextIndex]!.matches.filter((m) => m.entry.table === kind).map((m) => m.entry.key);
    const prefixed = splitOrdinal(anchor.raw).ordinal !== null;
    // Before （七）总计 it is the 2019 row when values follow it, or when （七）总计 has none either: a copy
    // that moved every number away from its label.
    const nextBare = nextIndex !== undefined && valuesAfter(ctx, nextIndex).length === 0;
    const beforeTotal = nextKeys.some((key) => isResultsTotal(templates, kind, key));
    const groupBeforeTotal = other.entry.role === 'group' && beforeTotal && (values.length > 0 || nextBare);
    match = withValues || (row.entry.needsPrefix && prefixed) || groupBeforeTotal ? row : other;
  }
  return { anchor, match, values, isRow: match.entry.role === 'row' };
}

/** Chooses the table format from the labels that only one format has. */
function decideFormat(templates: TableTemplates, kind: TableKind, resolved: Resolved[], fallback: FormatId): FormatId {
  let old = 0;
  let current = 0;
  for (const { match } of resolved) {
    const { entry } = match;
    const only = entry.formats.length === 1 ? entry.formats[0]! : null;
    if (!only || !templates[only][kind].formatMarkers.includes(entry.key)) continue;
    if (only === '2019') old++;
    else current++;
  }
  if (old > current) return '2019';
  if (current > old) return '2021';
  return fallback;
}

function labelRef(anchor: Anchor, match: LabelMatch, standard?: string): LabelRef {
  const std = standard ?? match.entry.standard;
  return {
    raw: anchor.raw,
    range: anchor.range,
    standard: std,
    key: match.entry.key,
    match: std !== match.entry.standard ? 'typo' : match.match,
  };
}

interface Labels {
  headers: LabelRef[];
  markers2019: LabelRef[];
  markers2021: LabelRef[];
  rows: Array<{ def: RowDef; ref: LabelRef; item: Resolved }>;
}

/**
 * Sorts the resolved labels into rows (first label of each row), headers and format markers. A marker is a
 * label of one format only that the template lists among that format's markers.
 */
function sortLabels(resolved: Resolved[], template: TableTemplate, other: TableTemplate): Labels {
  const out: Labels = { headers: [], markers2019: [], markers2021: [], rows: [] };
  const byFormat = { [template.format]: template, [other.format]: other } as Record<FormatId, TableTemplate>;
  for (const item of resolved) {
    const entry = item.match.entry;
    const own = item.isRow ? template.rows.find((r) => r.key === entry.key) : undefined;
    const def = own ?? (item.isRow ? other.rows.find((r) => r.key === entry.key) : undefined);
    const ref = labelRef(item.anchor, item.match, own?.standard);
    const markerOf = (f: FormatId) => byFormat[f].formatMarkers.includes(entry.key);
    if (entry.formats.length === 1) {
      if (markerOf('2019')) out.markers2019.push(ref);
      if (markerOf('2021') && entry.formats.includes('2021')) out.markers2021.push(ref);
    }
    // A second label for the same row is kept as a header-like duplicate; the first one is the row.
    if (!def || out.rows.some((r) => r.def.key === def.key)) out.headers.push(ref);
    else out.rows.push({ def, ref, item });
  }
  return out;
}

/** Reads the labelled rows, after giving back the values a copy moved away from their labels. */
function readLabelledRows(kind: TableKind, ctx: TableContext, labels: Labels, offLine: Set<Row>): Row[] {
  const pending: PendingRow[] = labels.rows.map(({ def, item }) => ({ tokens: item.values, expected: def.cellIds.length }));
  reattachValues(pending);
  return labels.rows.map(({ def, ref, item }, i) => {
    const p = pending[i]!;
    if (p.detached) {
      const row: Row = { id: def.key, label: ref, range: ref.range, cells: [], values: [], expected: def.cellIds.length };
      row.unreadable = t('{0}的数值与标签分开，无法确定对应关系', t('“{0}”一行', def.standard));
      return row;
    }
    const labelLine = ctx.tokens[item.anchor.last]!.line;
    const row = readRow(kind, def, ref, { tokens: p.tokens, reconstructed: p.reconstructed });
    if (p.tokens.some((v) => v.line !== labelLine)) offLine.add(row);
    return row;
  });
}

/**
 * Table 四 has no row labels: its one data row (the template's row without a label) is what follows the
 * last header label. Numbers between the header labels mean another layout (a value after each column
 * name) that cannot be read safely.
 */
function unlabelledDataRow(ctx: TableContext, run: Run, resolved: Resolved[], rowDef: RowDef): { row: Row | null; interleaved: boolean } {
  const interleaved = resolved.slice(0, -1).some((item) => item.values.some((v) => v.kind === 'number' || v.kind === 'unit'));
  const values = valuesAfter(ctx, run.anchors[run.anchors.length - 1]!, rowDef.cellIds.length);
  if (!values.some((v) => v.kind !== 'empty')) return { row: null, interleaved };
  return { row: readRow(run.kind, rowDef, null, { tokens: values }), interleaved };
}

/** From the table's first label to its last label or value, whichever ends later. */
function tableSpan(ctx: TableContext, run: Run, rows: Row[]): Span {
  const start = ctx.anchors[run.anchors[0]!]!.range.start;
  const end = Math.max(ctx.anchors[run.anchors[run.anchors.length - 1]!]!.range.end, ...rows.map((r) => r.range.end));
  return { start, end };
}

/** A table whose values stand between its header labels: unreadable, with no cell placed. */
function markInterleaved(table: Table): void {
  table.status = 'unreadable';
  table.unreadableReason = t('表四的数值夹在表头之间，无法确定每个数值所在的单元格');
  table.cells.clear();
  for (const row of table.rows) row.cells = [];
}

export function buildTable(ctx: TableContext, run: Run, fallback: FormatId): Table {
  const kind = run.kind;
  const templates = ctx.lexicon.templates;
  const resolved = run.anchors.map((_, position) => resolveOne(ctx, run, position));
  const format = decideFormat(templates, kind, resolved, fallback);
  const template = templates[format][kind];
  const labels = sortLabels(resolved, template, templates[otherFormat(format)][kind]);
  const offLine = new Set<Row>();
  const rows = readLabelledRows(kind, ctx, labels, offLine);
  const dataRowDef = template.rows.find((r) => !r.standard);
  const data = dataRowDef ? unlabelledDataRow(ctx, run, resolved, dataRowDef) : { row: null, interleaved: false };
  if (data.row) rows.push(data.row);
  const { headers, markers2019, markers2021 } = labels;
  const range = tableSpan(ctx, run, rows);
  const table: Table = { kind, format, range, section: null, rows, headers, markers2019, markers2021, status: 'ok', cells: new Map() };
  assess(table, template, offLine);
  if (data.interleaved) markInterleaved(table);
  return table;
}

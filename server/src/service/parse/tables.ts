// Finds tables 二, 三 and 四 by their labels and reads the values that follow each row label, whatever the
// line structure. Where values cannot be placed in cells with certainty the table is marked unreadable.

import { t, tableName } from '../l10n';
import type { Cell, CellKind, FormatId, LabelRef, Row, Span, Table, TableKind } from '../model/types';
import { TABLES } from '../template/tables';
import type { RowDef, TableTemplate } from '../template/types';
import { LEXICON, type LabelMatch, matchLabel } from './lexicon';
import { JOIN, foldWidth, normalizeForMatch, splitOrdinal } from './normalize';
import type { Token } from './tokens';

interface Anchor {
  /** First and last (inclusive) token of the label; broken labels span several tokens. */
  first: number;
  last: number;
  range: Span;
  raw: string;
  matches: LabelMatch[];
  kinds: Set<TableKind>;
}

/** Text cells longer than this are prose, which ends a row's values. */
const MAX_VALUE_TEXT = 8;

function isJoinable(tokens: Token[], i: number, j: number): boolean {
  const a = tokens[i];
  const b = tokens[j];
  if (!b || b.kind !== 'text' || a.kind !== 'text') return false;
  // Punctuation alone (a `？` placeholder) is never the first half of a broken label.
  if (normalizeForMatch(a.text) === '') return false;
  if (b.line === a.line) return j === i + 1;
  // A label broken over lines continues at the start of a following line, at most two blank lines on.
  return b.firstOnLine && b.line - a.line <= 3;
}

function better(a: LabelMatch[] | null, b: LabelMatch[] | null): boolean {
  if (!b || b.length === 0) return false;
  if (!a || a.length === 0) return true;
  return a[0].match === 'typo' && b[0].match !== 'typo';
}

function findAnchors(text: string, tokens: Token[], blocked: (line: number) => boolean): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'text' || blocked(token.line)) continue;
    const single = matchLabel(token.text);
    let best: LabelMatch[] | null = single.length ? single : null;
    let last = i;
    let joined = token.text;
    for (let j = i + 1; j <= i + 2 && isJoinable(tokens, j - 1, j) && !blocked(tokens[j].line); j++) {
      joined += JOIN + tokens[j].text;
      const candidate = matchLabel(joined);
      const nextAlone = matchLabel(tokens[j].text);
      const improves = better(best, candidate) || (best && best[0].match !== 'typo' && candidate.length > 0 && candidate[0].match !== 'typo' && nextAlone.length === 0 && j === i + 1 && last === i && best[0].entry.body.length < candidate[0].entry.body.length);
      if (improves) {
        best = candidate;
        last = j;
      } else if (nextAlone.length > 0) {
        break;
      }
    }
    if (!best) {
      const parts = splitAnchors(text, tokens, i, blocked);
      anchors.push(...parts);
      if (parts.length) i = parts[parts.length - 1].last;
      continue;
    }
    const range = { start: token.range.start, end: tokens[last].range.end };
    anchors.push({ first: i, last, range, raw: text.slice(range.start, range.end), matches: best, kinds: new Set(best.map((m) => m.entry.table)) });
    i = last;
  }
  return anchors;
}

/**
 * A cell that holds several labels separated by single spaces, as PDF copies give them
 * (`（三）不予公开 1.属于国家秘密`, `结果维持 结果纠正 其他结果`, or a whole header row of spaced-out
 * characters `结 果 维 持 结 果 纠 正 …`): split it where every part is a label. Longest parts are tried
 * first so that spaced-out labels (`结 果 维 持`) stay whole. A part may be a typo of a label (`本年度止件数`)
 * only when it is a single word: joined single characters must spell a label exactly. The last part may
 * continue at the start of the next line, where a PDF wrapped it.
 */
function splitAnchors(text: string, tokens: Token[], index: number, blocked: (line: number) => boolean): Anchor[] {
  const token = tokens[index];
  if (!/\s/.test(token.text) || /[。；，,]/.test(token.text)) return [];
  const words: Span[] = [];
  const re = /[^\s\u00a0\u3000]+/g;
  for (let m = re.exec(token.text); m; m = re.exec(token.text)) {
    words.push({ start: token.range.start + m.index, end: token.range.start + m.index + m[0].length });
  }
  if (words.length < 2 || words.length > MAX_SPLIT_WORDS) return [];
  const parts: Anchor[] = [];
  const anchorOf = (range: Span, matches: LabelMatch[]): Anchor => ({ first: index, last: index, range, raw: text.slice(range.start, range.end), matches, kinds: new Set(matches.map((m) => m.entry.table)) });
  let i = 0;
  while (i < words.length) {
    let found: Anchor | null = null;
    for (let j = Math.min(words.length, i + MAX_LABEL_WORDS); j > i && !found; j--) {
      if (i === 0 && j === words.length) continue;
      const range = { start: words[i].start, end: words[j - 1].end };
      const matches = matchLabel(text.slice(range.start, range.end));
      if (matches.length && matches[0].match !== 'typo') {
        found = anchorOf(range, matches);
        i = j;
      }
    }
    if (!found) {
      const matches = matchLabel(text.slice(words[i].start, words[i].end));
      if (matches.length) {
        found = anchorOf(words[i], matches);
        i++;
      }
    }
    if (!found) {
      // The last label may be wrapped onto the next line (`（四）无法提供 1.本机关不掌` / `握相关政府信息 0 0 …`).
      const next = tokens[index + 1];
      if (parts.length === 0 || !isJoinable(tokens, index, index + 1) || next.line === token.line || blocked(next.line)) return [];
      const start = words[i].start;
      const matches = matchLabel(text.slice(start, words[words.length - 1].end) + JOIN + next.text);
      if (!matches.length || matches[0].match === 'typo') return [];
      const range = { start, end: next.range.end };
      parts.push({ ...anchorOf(range, matches), last: index + 1 });
      break;
    }
    parts.push(found);
  }
  return parts;
}

/** A header row of table 四 spaced out character by character has some 40 words. */
const MAX_SPLIT_WORDS = 80;
/** The longest label spaced out character by character. */
const MAX_LABEL_WORDS = 32;

function isValueToken(token: Token): boolean {
  return token.kind !== 'text' || token.text.length <= MAX_VALUE_TEXT;
}

/** Tokens after an anchor that may be its values: up to the next anchor, a heading, or prose. */
function valuesAfter(tokens: Token[], anchors: Anchor[], index: number, crosses: (a: number, b: number) => boolean, expected = Infinity): Token[] {
  const anchor = anchors[index];
  const next = anchors[index + 1];
  const stop = next ? next.first : tokens.length;
  const values: Token[] = [];
  const labelLine = tokens[anchor.last].line;
  let prevLine = labelLine;
  // In a row layout (values on the label's line) the row ends with its line, so the placeholders that
  // open the next line belong to the next row; a row that wraps continues on lines of values only.
  let sameLine = false;
  for (let t = anchor.last + 1; t < stop && tokens[t].line === labelLine; t++) {
    if (tokens[t].kind !== 'empty' && isValueToken(tokens[t])) sameLine = true;
  }
  for (let t = anchor.last + 1; t < stop; t++) {
    const token = tokens[t];
    if (crosses(prevLine, token.line) || !isValueToken(token)) break;
    if (sameLine && token.line !== prevLine) {
      if (values.filter((v) => v.kind !== 'empty').length >= expected) break;
      let onlyValues = true;
      for (let u = t; u < stop && tokens[u].line === token.line; u++) {
        if (tokens[u].kind === 'text' || tokens[u].kind === 'empty' || tokens[u].kind === 'blank') onlyValues = false;
      }
      if (!onlyValues) break;
    }
    values.push(token);
    prevLine = token.line;
  }
  return dropPageNumbers(values, expected);
}

/**
 * A page number copied from a PDF as a bare number on a line of its own can fall between a row's values
 * and the next row, or between table 四's header and its data row. When the row has too many values, and
 * the values left after dropping such lone numbers stand together in one block of lines (set off by blank
 * lines) that still fills the row, or on one line that holds exactly the row's count, the lone numbers are
 * not the row's. Anything less clear stays as it is (and is reported as a wrong count or unreadable).
 */
function dropPageNumbers(values: Token[], expected: number): Token[] {
  const filled = (list: Token[]) => list.filter((t) => t.kind !== 'empty').length;
  if (!Number.isFinite(expected) || filled(values) <= expected) return values;
  const blocks: Token[][] = [];
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i].line - values[i - 1].line >= 2) blocks.push([]);
    blocks[blocks.length - 1].push(values[i]);
  }
  const lone = (block: Token[]) => block.length === 1 && block[0].kind === 'number' && /^\d{1,3}$/.test(block[0].text);
  const kept = blocks.filter((b) => !lone(b));
  const withValues = kept.filter((b) => filled(b) > 0);
  if (kept.length < blocks.length && withValues.length === 1 && filled(withValues[0]) >= expected) return kept.flat();
  // Without blank lines around it, a page number is still a line of its own next to the one line that
  // holds exactly the row's values (table 四's data row in a PDF copy).
  const lines: Token[][] = [];
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i].line !== values[i - 1].line) lines.push([]);
    lines[lines.length - 1].push(values[i]);
  }
  const full = lines.filter((l) => filled(l) > 0 && !lone(l));
  if (full.length === 1 && filled(full[0]) === expected && lines.every((l) => l === full[0] || lone(l) || filled(l) === 0)) return full[0];
  return values;
}

function hasValues(values: Token[]): boolean {
  return values.some((t) => t.kind !== 'empty');
}

/** Drops the empty cells at a row's edges that stand for merged cells, while the row is too long. */
function trimEdges(values: Token[], expected: number): Token[] {
  const out = [...values];
  while (out.length > expected && out[out.length - 1].kind === 'empty') out.pop();
  while (out.length > expected && out[0].kind === 'empty') out.shift();
  return out;
}

const DECIMAL_COLUMNS = new Set(['t2.fee', 't2.proc.amount']);
const SIGNED_COLUMNS = /^t2\.\w+\.delta$/;

function makeCell(kind: TableKind, row: RowDef, column: number, token: Token): Cell {
  const id = row.cellIds[column];
  const base = { id, table: kind, row: row.key, col: row.columns[column], raw: token.raw, range: token.range };
  let cellKind: CellKind;
  let value: number | null = token.value;
  let problem: string | undefined;
  switch (token.kind) {
    case 'number':
      cellKind = 'number';
      if (value !== null && !Number.isInteger(value) && !DECIMAL_COLUMNS.has(id)) {
        cellKind = 'invalid';
        problem = t('不是整数');
      } else if (value !== null && value < 0 && !SIGNED_COLUMNS.test(id)) {
        cellKind = 'invalid';
        problem = t('是负数');
      }
      break;
    case 'unit':
      cellKind = 'invalid';
      problem = t('含单位“{0}”', String(token.unit));
      break;
    case 'dash':
      cellKind = 'dash';
      value = null;
      break;
    case 'empty':
    case 'blank':
      cellKind = 'blank';
      value = null;
      break;
    default:
      cellKind = 'invalid';
      value = null;
      problem = t('不是数字');
  }
  return { ...base, kind: cellKind, value, problem };
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

/** Chooses the table format from the labels that only one format has. */
function decideFormat(kind: TableKind, resolved: Array<{ match: LabelMatch; isRow: boolean }>, fallback: FormatId): FormatId {
  let old = 0;
  let current = 0;
  for (const { match, isRow } of resolved) {
    const { entry } = match;
    if (kind === 't3') {
      if (isRow && entry.key === 'r6') old++;
      if (/^r6\.\d$/.test(entry.key)) current++;
      continue;
    }
    if (entry.formats.length !== 1) continue;
    const template = TABLES[entry.formats[0]][kind];
    if (template.formatMarkers.includes(entry.key)) {
      if (entry.formats[0] === '2019') old++;
      else current++;
    }
  }
  if (old > current) return '2019';
  if (current > old) return '2021';
  return fallback;
}

/** How many values a row label of this table takes (the most any format gives it). */
function expectedCount(kind: TableKind, candidates: LabelMatch[]): number {
  let count = 0;
  for (const m of candidates) {
    if (m.entry.role !== 'row') continue;
    for (const format of m.entry.formats) {
      const def = TABLES[format][kind].rows.find((r) => r.key === m.entry.key);
      if (def) count = Math.max(count, def.cellIds.length);
    }
  }
  return count || Infinity;
}

/** Column headers of table 三 that, with values after them, are rows written without their ordinal. */
const UNPREFIXED_ROWS: Record<string, string> = { 'col.tot': 'r7', 'col.oth': 'r6.3' };
const UNPREFIXED_MIN_VALUES = 4;

interface Run {
  kind: TableKind;
  anchors: number[];
}

/** Groups anchors into tables: consecutive labels of one table, not separated by a section heading. */
function groupRuns(anchors: Anchor[], tokens: Token[], crosses: (a: number, b: number) => boolean): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i];
    const line = tokens[anchor.first].line;
    if (current) {
      const prev = anchors[current.anchors[current.anchors.length - 1]];
      const prevLine = tokens[prev.last].line;
      if (crosses(prevLine, line) || line - prevLine > 60) current = null;
    }
    if (anchor.kinds.size === 1) {
      const kind = [...anchor.kinds][0];
      if (!current || current.kind !== kind) {
        current = { kind, anchors: [] };
        runs.push(current);
      }
      current.anchors.push(i);
    } else if (current && anchor.kinds.has(current.kind)) {
      current.anchors.push(i);
    }
  }
  const distinctKeys = (run: Run) => new Set(run.anchors.map((a) => anchors[a].matches.find((m) => m.entry.table === run.kind)!.entry.key)).size;
  // Table 四 pasted with only its top header row (行政复议 … 行政诉讼) still shows itself by the row of
  // numbers right under the header.
  const t4DataRow = (run: Run) => {
    if (run.kind !== 't4') return false;
    const values = valuesAfter(tokens, anchors, run.anchors[run.anchors.length - 1], crosses, TABLES['2021'].t4.rows[0].cellIds.length);
    return values.filter((v) => v.kind !== 'empty' && v.kind !== 'text').length >= T4_MIN_VALUES;
  };
  return runs.filter((run) => distinctKeys(run) >= 3 || t4DataRow(run));
}

/** A row of at least this many values is table 四's data row (it has 15). */
const T4_MIN_VALUES = 10;

export interface TableParseInput {
  text: string;
  tokens: Token[];
  /** Lines that are section headings: no table crosses them. */
  headingLines: number[];
  expectedFormat: FormatId | null;
  /** The lines of section 四's body (first and last, inclusive), where a table 四 without headers may stand. */
  section4Lines?: { first: number; last: number } | null;
}

export function parseTables(input: TableParseInput): Table[] {
  const { text, tokens, headingLines, expectedFormat } = input;
  const headingSet = new Set(headingLines);
  const sortedHeadings = [...headingLines].sort((a, b) => a - b);
  const blocked = (line: number) => headingSet.has(line);
  // Is there a heading line h with a < h <= b? Binary search for the first heading after a.
  const crosses = (a: number, b: number) => {
    let lo = 0;
    let hi = sortedHeadings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedHeadings[mid] > a) hi = mid;
      else lo = mid + 1;
    }
    return lo < sortedHeadings.length && sortedHeadings[lo] <= b;
  };
  const anchors = findAnchors(text, tokens, blocked);
  const runs = groupRuns(anchors, tokens, crosses);
  const tables: Table[] = [];
  for (const run of runs) {
    const table = buildTable(tokens, anchors, run, crosses, expectedFormat ?? '2021');
    if (table) tables.push(table);
  }
  if (!tables.some((t) => t.kind === 't4') && input.section4Lines) {
    const bare = headerlessTable4(tokens, input.section4Lines, expectedFormat ?? '2021');
    if (bare) tables.push(bare);
  }
  return tables;
}

/**
 * Table 四 pasted without its header rows: a stretch of section 四 that holds nothing but a row's worth of
 * numbers, on one line or one per line. It is table 四, so the table is not missing, but with no header
 * nothing shows which column each number stands in: it is marked unreadable and no arithmetic is checked.
 */
function headerlessTable4(tokens: Token[], lines: { first: number; last: number }, format: FormatId): Table | null {
  let run: Token[] = [];
  const flush = (): Table | null => {
    const cells = run.filter((t) => t.kind !== 'empty');
    run = [];
    if (cells.length < T4_MIN_VALUES || !cells.some((t) => t.kind === 'number')) return null;
    return {
      kind: 't4',
      format,
      range: { start: cells[0].range.start, end: cells[cells.length - 1].range.end },
      section: null,
      rows: [],
      headers: [],
      markers2019: [],
      markers2021: [],
      status: 'unreadable',
      unreadableReason: t('表四没有表头，无法确定每个数值所在的列'),
      cells: new Map(),
    };
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

function buildTable(
  tokens: Token[],
  anchors: Anchor[],
  run: Run,
  crosses: (a: number, b: number) => boolean,
  fallback: FormatId,
): Table | null {
  const kind = run.kind;
  // Resolve each anchor to one entry of this table: a label that is a row in one format and a group or
  // header in the other (（六）其他处理, 总计) is a row when values follow it. A row whose cells are all
  // empty decides by its ordinal (（七）总计 is the row, 总计 the header) or by the row after it
  // (（六）其他处理 followed by 1.申请人… heads a group; followed by （七）总计 it is the 2019 row).
  const resolved = run.anchors.map((index, position) => {
    const anchor = anchors[index];
    const candidates = anchor.matches.filter((m) => m.entry.table === kind);
    let values = valuesAfter(tokens, anchors, index, crosses, expectedCount(kind, candidates));
    const withValues = hasValues(values);
    const row = candidates.find((m) => m.entry.role === 'row');
    const other = candidates.find((m) => m.entry.role !== 'row');
    let preferred = candidates[0];
    // 总计 and 其他 without their ordinal read as column headers; with a row's worth of numbers after them
    // they are the rows （七）总计 and 3.其他 (the ordinal left out, as group prefixes often are).
    const unprefixed = kind === 't3' && !row ? UNPREFIXED_ROWS[preferred.entry.key] : undefined;
    if (unprefixed && values.filter((v) => v.kind === 'number' || v.kind === 'dash').length >= UNPREFIXED_MIN_VALUES) {
      const entry = LEXICON.find((e) => e.table === 't3' && e.role === 'row' && e.key === unprefixed);
      if (entry) {
        preferred = { entry, match: preferred.match, distance: preferred.distance };
        values = valuesAfter(tokens, anchors, index, crosses, expectedCount(kind, [preferred]));
      }
    }
    if (row && other) {
      const nextIndex = run.anchors[position + 1];
      const nextKeys = nextIndex === undefined ? [] : anchors[nextIndex].matches.filter((m) => m.entry.table === kind).map((m) => m.entry.key);
      const prefixed = splitOrdinal(anchor.raw).ordinal !== null;
      if (withValues) preferred = row;
      else if (row.entry.needsPrefix && prefixed) preferred = row;
      else if (other.entry.role === 'group' && nextKeys.includes('r7') && values.length > 0) preferred = row;
      else preferred = other;
    }
    return { index, anchor, match: preferred, values, isRow: preferred.entry.role === 'row' };
  });
  const format = decideFormat(kind, resolved, fallback);
  const template: TableTemplate = TABLES[format][kind];
  const other: TableTemplate = TABLES[format === '2021' ? '2019' : '2021'][kind];

  const rows: Row[] = [];
  const headers: LabelRef[] = [];
  const markers2019: LabelRef[] = [];
  const markers2021: LabelRef[] = [];
  let end = anchors[run.anchors[run.anchors.length - 1]].range.end;

  for (const item of resolved) {
    const { anchor, match } = item;
    const entry = match.entry;
    const own = item.isRow ? template.rows.find((r) => r.key === entry.key) : undefined;
    const foreign = item.isRow && !own ? other.rows.find((r) => r.key === entry.key) : undefined;
    const rowDef = own ?? foreign;
    const ref = labelRef(anchor, match, own?.standard);
    const markerOf = (f: FormatId) => TABLES[f][kind].formatMarkers.includes(entry.key) && (kind !== 't3' || (f === '2019') === (entry.key === 'r6'));
    if (entry.formats.length === 1 || kind === 't3') {
      if (markerOf('2019') && (item.isRow || entry.role !== 'row') && (kind !== 't3' || item.isRow)) markers2019.push(ref);
      if (markerOf('2021') && entry.formats.includes('2021')) markers2021.push(ref);
    }
    if (!rowDef) {
      headers.push(ref);
      continue;
    }
    if (rows.some((r) => r.id === rowDef.key)) {
      // A second label for the same row: keep the first, treat this one as a header-like duplicate.
      headers.push(ref);
      continue;
    }
    rows.push(readRow(kind, rowDef, ref, item.values));
    const last = rows[rows.length - 1];
    end = Math.max(end, last.range.end);
  }

  // Table 四 has no row labels: its one data row is what follows the last header label. Numbers between
  // the header labels mean another layout (a value after each column name) that cannot be read safely.
  let interleaved = false;
  if (kind === 't4') {
    interleaved = resolved.slice(0, -1).some((item) => item.values.some((t) => t.kind === 'number' || t.kind === 'unit'));
    const lastIndex = run.anchors[run.anchors.length - 1];
    const rowDef = template.rows[0];
    const values = valuesAfter(tokens, anchors, lastIndex, crosses, rowDef.cellIds.length);
    if (hasValues(values)) {
      rows.push(readRow(kind, rowDef, null, values));
      end = Math.max(end, rows[rows.length - 1].range.end);
    }
  }

  const start = anchors[run.anchors[0]].range.start;
  const table: Table = {
    kind,
    format,
    range: { start, end },
    section: null,
    rows,
    headers,
    markers2019,
    markers2021,
    status: 'ok',
    cells: new Map(),
  };
  assess(table, template);
  if (interleaved) {
    table.status = 'unreadable';
    table.unreadableReason = t('表四的数值夹在表头之间，无法确定每个数值所在的单元格');
    table.cells.clear();
    for (const row of table.rows) row.cells = [];
  }
  return table;
}

function readRow(kind: TableKind, rowDef: RowDef, label: LabelRef | null, found: Token[]): Row {
  const expected = rowDef.cellIds.length;
  const values = trimEdges(found, expected);
  const allCells = values.map((token, i) => makeCell(kind, rowDef, Math.min(i, expected - 1), token));
  const start = label ? label.range.start : values.length ? values[0].range.start : 0;
  const endToken = [...values].reverse().find((t) => t.kind !== 'empty') ?? values[values.length - 1];
  const end = Math.max(label ? label.range.end : start, endToken ? endToken.range.end : start);
  return {
    id: rowDef.key,
    label,
    range: { start, end },
    cells: values.length === expected ? allCells : [],
    values: allCells,
    expected,
  };
}

/** Decides whether the values could be placed with certainty, and fills the cell index. */
function assess(table: Table, template: TableTemplate): void {
  let mismatched = 0;
  let reason: string | undefined;
  for (const row of table.rows) {
    const count = row.values.length;
    if (count === row.expected) continue;
    mismatched++;
    // The Chinese reason quotes the row's label (or the table's name); the English one says `row “…”` or `table 4`.
    const where = row.label ? row.label.standard : template.name;
    const whereInText = row.label ? t('“{0}”一行', row.label.standard) : tableName(template.kind);
    if (count >= row.expected + 3) reason = t('“{0}”后面有 {1} 个数值，多于 {2} 列，数值可能来自其他行', where, count, row.expected, whereInText);
    const digits = Math.max(0, ...row.values.filter((c) => c.kind === 'number').map((c) => foldWidth(c.raw).replace(/\D/g, '').length));
    if (count <= row.expected - 3 && digits >= row.expected - count + 1) reason = t('“{0}”的数字可能连在一起（{1}）', where, row.values.map((c) => c.raw).join(' '), whereInText);
    if (count === 0 && row.expected > 1) reason ??= undefined;
  }
  if (!reason && mismatched >= 3) reason = t('有 {0} 行的数值个数与格式不符，无法确定每个数值所在的单元格', mismatched);
  const labelled = table.rows.filter((r) => r.label);
  if (!reason && labelled.length >= 3 && labelled.filter((r) => r.values.length === 0).length >= Math.ceil(labelled.length / 2)) {
    reason = t('多数行标签后面没有数值，数值与标签可能已经分离');
  }
  if (reason) {
    table.status = 'unreadable';
    table.unreadableReason = reason;
    for (const row of table.rows) row.cells = [];
    return;
  }
  for (const row of table.rows) for (const cell of row.cells) table.cells.set(cell.id, cell);
  const complete = template.rows.every((def) => table.rows.some((r) => r.id === def.key && r.cells.length === def.cellIds.length));
  table.status = complete ? 'ok' : 'partial';
}

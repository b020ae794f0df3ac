// The tables of a document read region by region, a region being the lines from one section heading to the
// next (no table crosses a heading), each region's tables kept by what its tokens are, relative to where
// the region starts. An edit re-reads the tables of the region it touched; the others are reused, moved to
// their new offsets.

import type { FormatId, Span, Table } from '../model/types';
import type { TableTemplates } from '../template/types';
import type { Token } from './tokens';

/** Regions whose tables are kept; a document has one per section and a few more. */
const MAX_REGIONS = 2_000;
/** Characters of tokens kept in keys at most. */
const MAX_KEY_CHARS = 8 * 1024 * 1024;

interface KeptRegion {
  /** Where the region's first token started when its tables were read. */
  origin: number;
  /** The templates the tables were read against: a region read against others is read again. */
  templates: TableTemplates;
  tables: Table[];
  /** Per table, what later stages keep about it (the per-table checks' findings), relative to `origin`. */
  memos: Map<string, unknown>[];
}

/** Where a table read in an incremental analysis came from: its region's kept entry, offsets relative to it. */
export interface TableOrigin {
  /** What is kept about this table while its region is kept, offsets relative to the kept origin. */
  memo: Map<string, unknown>;
  /** How far this table lies from the kept one: add it to a kept offset. */
  shift: number;
}

/**
 * The regions kept for reuse, owned by one language service (see caches.ts) and shared by the analyses
 * of its open documents; never module state, so two services never see each other's tables.
 */
export class RegionCache {
  /** The origin of each table handed out by regionTables while regions are reused. */
  readonly origins = new WeakMap<Table, TableOrigin>();
  /** The tables kept in `regions`, which analyses of several versions share and so must not change. */
  readonly keptTables = new WeakSet<Table>();
  readonly regions = new Map<string, KeptRegion>();
  /** Characters of the keys in `regions`. */
  keyChars = 0;

  /** Empties the cache; what is computed afterwards is computed from nothing. */
  clear(): void {
    this.regions.clear();
    this.keyChars = 0;
  }
}

/**
 * The table with its section set: the table itself, or a shallow copy when the table is one kept for
 * later versions (shared with the analyses of earlier ones).
 */
export function withSection(table: Table, section: Table['section'], cache: RegionCache | null): Table {
  if (table.section === section) return table;
  if (!cache?.keptTables.has(table)) {
    table.section = section;
    return table;
  }
  const copy: Table = { ...table, section };
  const origin = cache.origins.get(table);
  if (origin) cache.origins.set(copy, origin);
  return copy;
}

/** Where a table came from, if it was read (or reused) by an incremental analysis with this cache. */
export function tableOrigin(table: Table, cache: RegionCache): TableOrigin | undefined {
  return cache.origins.get(table);
}

/** The lines where the regions begin: the first line, then each heading line. */
export function regionsOf(tokens: Token[], headingLines: number[]): Token[][] {
  const bounds = [...new Set(headingLines)].sort((a, b) => a - b);
  const regions: Token[][] = [];
  let current: Token[] = [];
  let next = 0;
  for (const token of tokens) {
    while (next < bounds.length && token.line >= bounds[next]!) {
      if (current.length) regions.push(current);
      current = [];
      next++;
    }
    current.push(token);
  }
  if (current.length) regions.push(current);
  return regions;
}

/**
 * What a region's reading depends on: every token (kind, text, exact source, offsets and line relative to
 * the region's first token), which lines are headings, and the expected format (the model holds no text in a language, so none is part of the key).
 */
function keyOf(region: Token[], headingLines: Set<number>, format: FormatId): string {
  const origin = region[0]!.range.start;
  const firstLine = region[0]!.line;
  const parts: string[] = [format];
  for (const token of region) {
    parts.push(
      `${token.kind}\u0001${token.raw}\u0001${token.text}\u0001${token.range.start - origin}\u0001${token.range.end - origin}\u0001${token.line - firstLine}\u0001${token.firstOnLine ? 1 : 0}\u0001${token.value ?? ''}\u0001${token.unit ?? ''}\u0001${token.glued ? 1 : 0}\u0001${headingLines.has(token.line) ? 1 : 0}`,
    );
  }
  return parts.join('\u0002');
}

/**
 * The tables of one region, read by `read` or reused from an identical region read before. Regions are
 * kept only with a cache, which only an incremental analysis passes: a batch of different reports (the
 * CLI) would pay for keys and copies without ever reusing one.
 */
export function regionTables(
  region: Token[],
  headingLines: Set<number>,
  format: FormatId,
  templates: TableTemplates,
  cache: RegionCache | null,
  read: () => Table[],
): Table[] {
  if (!cache) return read();
  const key = keyOf(region, headingLines, format);
  const origin = region[0]!.range.start;
  const kept = cache.regions.get(key);
  if (kept && kept.templates === templates) {
    return kept.tables.map((table, i) => {
      // A region that has not moved takes the kept tables themselves: nothing changes a table once it is
      // read, except its section, which the parser sets on a copy (withSection).
      const moved = origin === kept.origin ? table : shiftRanges(table, origin - kept.origin);
      cache.origins.set(moved, { memo: kept.memos[i]!, shift: origin - kept.origin });
      return moved;
    });
  }
  const tables = read();
  if (cache.regions.size >= MAX_REGIONS || cache.keyChars + key.length > MAX_KEY_CHARS) cache.clear();
  // Kept as a copy: the caller goes on to set each table's section.
  const entry: KeptRegion = { origin, templates, tables: tables.map((table) => shiftRanges(table, 0)), memos: tables.map(() => new Map()) };
  for (const table of entry.tables) cache.keptTables.add(table);
  cache.regions.set(key, entry);
  tables.forEach((table, i) => cache.origins.set(table, { memo: entry.memos[i]!, shift: 0 }));
  cache.keyChars += key.length;
  return tables;
}

/**
 * A deep copy of a table (or of findings) with every range moved by `by`. Objects shared inside it (a cell
 * in its row and in the table's cell map) stay shared in the copy.
 */
export function shiftRanges<T>(value: T, by: number): T {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const done = copies.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      copies.set(value, out);
      for (const item of value) out.push(copy(item));
      return out;
    }
    if (value instanceof Map) {
      const out = new Map();
      copies.set(value, out);
      for (const [k, v] of value) out.set(k, copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      copies.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    if (isSpan(value)) {
      const out = { ...value, start: value.start + by, end: value.end + by };
      copies.set(value, out);
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  };
  return copy(value) as T;
}

function isSpan(value: object): value is Span {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

// The table-label lexicon built from a set of table templates, and typo-tolerant matching of a cell's text
// against it.

import type { FormatId, TableKind } from '../model/types';
import type { LabelDef, TableTemplates } from '../template/types';
import { editDistance, foldWidth, normalizeForMatch, splitOrdinal, typoBudget } from './normalize';

export type EntryRole = 'row' | 'group' | 'header';

export interface LexiconEntry {
  table: TableKind;
  formats: FormatId[];
  role: EntryRole;
  key: string;
  standard: string;
  /** Ordinal value of the standard label's prefix, if it has one. */
  prefixValue: number | null;
  /** Normalised body of the standard label and of its aliases. */
  body: string;
  aliasBodies: string[];
  needsPrefix: boolean;
}

export interface LabelMatch {
  entry: LexiconEntry;
  match: 'exact' | 'alias' | 'typo';
  distance: number;
}

function bodyOf(label: string): { body: string; prefixValue: number | null } {
  const split = splitOrdinal(label);
  return { body: normalizeForMatch(split.body), prefixValue: split.ordinal?.value ?? null };
}

function buildEntries(templates: TableTemplates): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  const add = (table: TableKind, format: FormatId, role: EntryRole, def: LabelDef) => {
    const id = `${table}|${role}|${def.key}|${def.standard}`;
    const existing = byId.get(id);
    if (existing) {
      if (!existing.formats.includes(format)) existing.formats.push(format);
      return;
    }
    const { body, prefixValue } = bodyOf(def.standard);
    byId.set(id, {
      table,
      formats: [format],
      role,
      key: def.key,
      standard: def.standard,
      prefixValue,
      body,
      aliasBodies: (def.aliases ?? []).map((a) => bodyOf(a).body),
      needsPrefix: def.needsPrefix ?? false,
    });
  };
  for (const format of ['2021', '2019'] as FormatId[]) {
    for (const kind of ['t2', 't3', 't4'] as TableKind[]) {
      const template = templates[format][kind];
      for (const row of template.rows) if (row.standard) add(kind, format, 'row', row);
      for (const group of template.groups) add(kind, format, 'group', group);
      for (const header of template.headers) add(kind, format, 'header', header);
    }
  }
  return [...byId.values()];
}

/** The labels of one set of table templates, ready for matching, with the answers given so far. */
export interface Lexicon {
  templates: TableTemplates;
  entries: LexiconEntry[];
  /** The longest label body, to reject long prose cells quickly. */
  maxBody: number;
  /** The longest standard label, with its ordinal. */
  maxStandard: number;
  /** The longest body of a table 三 row label. */
  maxT3RowBody: number;
  /** Every label body and alias body, joined, to tell a fragment of a broken header from a stray word. */
  labelText: string;
  /** matchLabel's answers by cell text. */
  matches: Map<string, LabelMatch[]>;
  /** isHeaderFragment's answers by cell text. */
  fragments: Map<string, boolean>;
}

/**
 * The lexicon of a set of table templates: taken from `known` (the language service's, built once per
 * template set, its answers kept from draft to draft) or built for this parse alone.
 */
export function lexiconOf(templates: TableTemplates, known: WeakMap<TableTemplates, Lexicon> | null = null): Lexicon {
  const kept = known?.get(templates);
  if (kept) return kept;
  const entries = buildEntries(templates);
  const lexicon: Lexicon = {
    templates,
    entries,
    maxBody: Math.max(...entries.map((e) => e.body.length)),
    maxStandard: Math.max(...entries.map((e) => e.standard.length)),
    maxT3RowBody: Math.max(...entries.filter((e) => e.table === 't3' && e.role === 'row').map((e) => e.body.length)),
    labelText: entries.flatMap((e) => [e.body, ...e.aliasBodies]).join('\u0002'),
    matches: new Map(),
    fragments: new Map(),
  };
  known?.set(templates, lexicon);
  return lexicon;
}

/**
 * Every lexicon entry the text may stand for, best first. Exact and alias matches beat typos; a typo
 * must be within the label's edit budget.
 */
export function matchLabel(lexicon: Lexicon, text: string): LabelMatch[] {
  const cache = lexicon.matches;
  const cached = cache.get(text);
  if (cached) return cached;
  const result = matchUncached(lexicon, text);
  // Drafts repeat the same short cells (0, 总计, 信息内容) over and over; remembering them keeps a
  // keystroke's re-parse cheap. The cache is bounded so a huge document cannot grow it without end.
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, result);
  return result;
}

/** Entries each cache keeps at most. */
const MAX_CACHED = 20000;

/**
 * An Arabic label number followed by white space instead of its mark (`1 属于国家秘密`), as Word's automatic
 * numbering pastes. (A Chinese numeral so followed is an ordinal for splitOrdinal already.)
 */
const SPACED_ORDINAL = /^([0-9０-９])[\s\u00a0\u3000]+(?=\S)/;

function splitLabelOrdinal(text: string): { ordinal: { value: number } | null; body: string } {
  const split = splitOrdinal(text);
  if (split.ordinal) return split;
  const spaced = SPACED_ORDINAL.exec(text);
  return spaced ? { ordinal: { value: Number(foldWidth(spaced[1]!)) }, body: text.slice(spaced[0].length) } : split;
}

/** A body this many characters longer than the longest label may still be a typo of one (two insertions). */
const BODY_LENGTH_SLACK = 2;
/** Ranks every typo after every exact or alias match, however small its distance. */
const TYPO_RANK = 100;

function matchUncached(lexicon: Lexicon, text: string): LabelMatch[] {
  // Excel and WPS put a cell that holds a line break in double quotes when it is copied as text.
  const split = splitLabelOrdinal(text.replace(/^"+/, ''));
  const body = normalizeForMatch(split.body);
  if (body.length === 0 || body.length > lexicon.maxBody + BODY_LENGTH_SLACK) return [];
  // A label of table 三 never carries digits in its body except 三安全一稳定-like words; a body that is
  // mostly digits is a value, not a label.
  if (/^\d+$/.test(body)) return [];
  const prefix = split.ordinal?.value ?? null;
  const found: LabelMatch[] = [];
  for (const entry of lexicon.entries) {
    if (entry.needsPrefix && prefix === null) continue;
    // A wrong ordinal (（四）予以公开) still matches the body, but a prefix on an unprefixed label does not
    // make it a different label.
    let match: LabelMatch['match'] | null = null;
    let distance = 0;
    if (body === entry.body) match = 'exact';
    else if (entry.aliasBodies.includes(body)) match = 'alias';
    else {
      const budget = typoBudget(entry.body.length);
      if (budget > 0) {
        distance = editDistance(body, entry.body, budget);
        if (distance <= budget) match = 'typo';
      }
    }
    if (match) found.push({ entry, match, distance });
  }
  const rank = (m: LabelMatch) => (m.match === 'typo' ? TYPO_RANK : 0) + m.distance;
  found.sort((a, b) => rank(a) - rank(b));
  const [nearest] = found;
  if (nearest && nearest.match !== 'typo') return found.filter((m) => m.match !== 'typo');
  if (nearest) {
    const best = nearest.distance;
    return found.filter((m) => m.distance === best);
  }
  return [];
}

/**
 * Column placeholders that OCR tools and language models write when they cannot read a table's header
 * (`类别`, `数据1`…`数据6`, `列1`, `第1列`, `Column1`, `Unnamed: 0`, `字段2`): a header, never a value.
 */
const PLACEHOLDER =
  /^(?:(?:类别|项目|类型|序号|名称|内容|指标|数据|数值|列|栏|字段|column|col|field|header|data|unnamed)[\s_\-:：]*(?:[0-9]{0,3}|[一二三四五六七八九十]{1,3})|第\s*[0-9一二三四五六七八九十]{1,3}\s*[列栏])$/i;

/**
 * A cell that is a piece of a header or label and so never a value: a placeholder header, an ordinal
 * alone (`三、`, `（三）`), one character of a vertical header (`本`, `结 结 其 尚`), or a label broken over
 * lines (`尚未` / `审结 总 计`, `府信息公开申请`). Every white-space separated word must be a piece of
 * some label.
 */
export function isHeaderFragment(lexicon: Lexicon, text: string): boolean {
  const fragmentCache = lexicon.fragments;
  const cached = fragmentCache.get(text);
  if (cached !== undefined) return cached;
  const result = isFragmentUncached(lexicon.labelText, text);
  // Bounded like the label cache: short cells repeat, a huge document must not grow it without end.
  if (fragmentCache.size >= MAX_CACHED) fragmentCache.clear();
  fragmentCache.set(text, result);
  return result;
}

function isFragmentUncached(labelText: string, text: string): boolean {
  const folded = foldWidth(text).trim();
  if (PLACEHOLDER.test(folded)) return true;
  const split = splitOrdinal(folded);
  if (split.ordinal && normalizeForMatch(split.body) === '') return true;
  const words = folded
    .split(/[\s\u00a0\u3000]+/)
    .map(normalizeForMatch)
    .filter((w) => w !== '');
  if (words.length === 0) return false;
  return words.every((w) => !/\d/.test(w) && labelText.includes(w));
}

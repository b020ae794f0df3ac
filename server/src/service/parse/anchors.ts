// Finds the table labels in the token stream: whole labels, labels broken over cells or lines, several
// labels spaced out in one cell, and typos that only their place in the table identifies.

import type { Span, TableKind } from '../model/types';
import type { RowDef } from '../template/types';
import { type LabelMatch, type Lexicon, isHeaderFragment, matchLabel } from './lexicon';
import { JOIN, editDistance, normalizeForMatch, splitOrdinal } from './normalize';
import type { Token } from './tokens';

export interface Anchor {
  /** First and last (inclusive) token of the label; broken labels span several tokens. */
  first: number;
  last: number;
  range: Span;
  raw: string;
  matches: LabelMatch[];
  kinds: Set<TableKind>;
}

/** Is a line a section heading (no label is read on it), and does a heading stand between two lines? */
export interface LineGuard {
  blocked: (line: number) => boolean;
  crosses: (a: number, b: number) => boolean;
}

/** A header row of table 四 spaced out character by character has some 40 words. */
const MAX_SPLIT_WORDS = 80;
/** The longest label spaced out character by character. */
const MAX_LABEL_WORDS = 32;
/** A broken label continues at most this many lines further down (two blank lines between its parts). */
const MAX_LABEL_LINE_GAP = 3;

function isJoinable(tokens: Token[], i: number, j: number): boolean {
  const a = tokens[i];
  const b = tokens[j];
  if (!a || !b || b.kind !== 'text' || a.kind !== 'text') return false;
  // Punctuation alone (a `？` placeholder) is never the first half of a broken label.
  if (normalizeForMatch(a.text) === '') return false;
  if (b.line === a.line) return j === i + 1;
  return b.firstOnLine && b.line - a.line <= MAX_LABEL_LINE_GAP;
}

function better(a: LabelMatch[] | null, b: LabelMatch[] | null): boolean {
  if (!b || b.length === 0) return false;
  if (!a || a.length === 0) return true;
  return a[0]!.match === 'typo' && b[0]!.match !== 'typo';
}

function anchorOf(text: string, first: number, last: number, range: Span, matches: LabelMatch[]): Anchor {
  return { first, last, range, raw: text.slice(range.start, range.end), matches, kinds: new Set(matches.map((m) => m.entry.table)) };
}

/**
 * Joining the next cell makes a longer exact label out of an exact one (`（二）部分公开` + its note on the
 * next line) only when the next cell is no label of its own.
 */
function extendsExact(best: LabelMatch[] | null, candidate: LabelMatch[], nextAlone: LabelMatch[], firstJoin: boolean): boolean {
  if (!best || !firstJoin || nextAlone.length > 0 || candidate.length === 0) return false;
  if (best[0]!.match === 'typo' || candidate[0]!.match === 'typo') return false;
  return best[0]!.entry.body.length < candidate[0]!.entry.body.length;
}

/** A piece of a vertical label holds one character, or two where a PDF kept a pair together. */
const MAX_VERTICAL_PIECE_CHARS = 2;
/** The longest raw text of a piece: an ordinal with spaces (`（ 三 ）`) or two characters with spaces. */
const MAX_VERTICAL_PIECE_TEXT = 8;

/** A piece of a vertical label: one or two characters, or an ordinal alone (`三、`, `（四）`). */
function isVerticalPiece(token: Token): boolean {
  // `（十）` and two characters is the longest piece; anything longer is ruled out before normalising it.
  if ((token.kind !== 'text' && token.kind !== 'dash') || token.text.length > MAX_VERTICAL_PIECE_TEXT) return false;
  const split = splitOrdinal(token.text);
  return normalizeForMatch(split.body).length <= MAX_VERTICAL_PIECE_CHARS && normalizeForMatch(token.text).length > 0;
}

/** A vertical label spells at most this many characters (`（五）不予处理` one per line is 7 pieces). */
const MAX_VERTICAL_PIECES = 20;
/** Pieces of a vertical label stand on consecutive lines, or with one blank line between them. */
const MAX_VERTICAL_LINE_STEP = 2;
/** Fewer pieces than this on lines of their own are a label broken once or twice, which labelAt joins. */
const MIN_VERTICAL_PIECES = 3;

/**
 * A label written vertically, one character per line or cell (`三、` `本` `年` `度` `办` `理` `结` `果`, as a
 * one-cell-per-line copy gives a merged group cell): the longest run of pieces on consecutive lines that
 * spells a label exactly. Such pieces are never values, even `无` of `（四）无法提供`.
 */
function verticalLabelAt(lexicon: Lexicon, text: string, tokens: Token[], i: number, guard: LineGuard): Anchor | null {
  let end = i;
  while (end < tokens.length && end - i < MAX_VERTICAL_PIECES && isVerticalPiece(tokens[end]!) && !guard.blocked(tokens[end]!.line)) {
    const prev = tokens[end - 1];
    if (end > i && (!prev || tokens[end]!.line - prev.line > MAX_VERTICAL_LINE_STEP || !tokens[end]!.firstOnLine)) break;
    end++;
  }
  for (let last = end - 1; last - i + 1 >= MIN_VERTICAL_PIECES; last--) {
    const joined = tokens
      .slice(i, last + 1)
      .map((t) => t.text)
      .join('');
    const matches = matchLabel(lexicon, joined);
    if (matches.length && matches[0]!.match !== 'typo') {
      return anchorOf(text, i, last, { start: tokens[i]!.range.start, end: tokens[last]!.range.end }, matches);
    }
  }
  return null;
}

/**
 * A single character, or an ordinal alone (`（四）`): a piece of some vertical group label, which does not
 * make the row label after it a typo.
 */
function isLoneCharacter(token: Token): boolean {
  const split = splitOrdinal(token.text);
  return split.ordinal === null ? normalizeForMatch(token.text).length <= 1 : normalizeForMatch(split.body) === '';
}

/** Up to this many pieces are joined and matched as they come (a label broken once or twice). */
const FREELY_JOINED_PIECES = 3;
/** A long label wrapped by a PDF copy into lines of a few characters comes in at most this many pieces. */
const MAX_LABEL_PIECES = 8;

function spellsPartOfLabel(lexicon: Lexicon, joined: string): boolean {
  return isHeaderFragment(lexicon, splitOrdinal(joined).body.replace(/\u0001/g, ''));
}

/**
 * The label that starts at token i, joined with the cells that follow it on the same line or at the start
 * of the next lines where that reads better (a label broken over cells, or wrapped by a PDF copy).
 */
function labelAt(lexicon: Lexicon, text: string, tokens: Token[], i: number, guard: LineGuard): Anchor | null {
  const single = matchLabel(lexicon, tokens[i]!.text);
  let best: LabelMatch[] | null = single.length ? single : null;
  let last = i;
  let joined = tokens[i]!.text;
  for (let j = i + 1; j <= i + MAX_LABEL_PIECES - 1 && isJoinable(tokens, j - 1, j) && !guard.blocked(tokens[j]!.line); j++) {
    joined += JOIN + tokens[j]!.text;
    // Beyond three pieces only a text that still spells part of a label is worth matching.
    if (j - i >= FREELY_JOINED_PIECES && !spellsPartOfLabel(lexicon, joined)) break;
    const candidate = matchLabel(lexicon, joined);
    const nextAlone = matchLabel(lexicon, tokens[j]!.text);
    // `理` left over from a vertical group label does not make the row label after it a typo.
    const typoAtBest = candidate.length === 0 || candidate[0]!.match === 'typo';
    if (!best && isLoneCharacter(tokens[i]!) && nextAlone.length > 0 && nextAlone[0]!.match !== 'typo' && typoAtBest) break;
    if (better(best, candidate) || extendsExact(best, candidate, nextAlone, j === i + 1 && last === i)) {
      best = candidate;
      last = j;
    } else if (nextAlone.length > 0) {
      break;
    }
  }
  if (!best) return null;
  const range = { start: tokens[i]!.range.start, end: tokens[last]!.range.end };
  return anchorOf(text, i, last, range, best);
}

export function findAnchors(lexicon: Lexicon, text: string, tokens: Token[], guard: LineGuard): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((token.kind !== 'text' && token.kind !== 'dash') || guard.blocked(token.line)) continue;
    const anchor =
      verticalLabelAt(lexicon, text, tokens, i, guard) ?? (token.kind === 'text' ? labelAt(lexicon, text, tokens, i, guard) : null);
    if (anchor) {
      anchors.push(anchor);
      i = anchor.last;
      continue;
    }
    const spaced = splitAnchors(lexicon, text, tokens, i, guard);
    const parts = spaced.length ? spaced : gluedLabels(lexicon, text, tokens, i);
    anchors.push(...parts);
    if (parts.length) i = parts[parts.length - 1]!.last;
  }
  const kept = dropRepeatedRowLabels(tokens, dropForeignHeaders(tokens, anchors, guard));
  return addPlacedTypos(lexicon, text, tokens, kept, guard);
}

/**
 * A Word table whose label cell is merged across several columns exports the label once per column
 * (`一、本年新收…` `一、本年新收…` `38` `4` …): cells side by side on one line that are the same row label
 * are one label, and only the last copy, which the values follow, is kept.
 */
function dropRepeatedRowLabels(tokens: Token[], anchors: Anchor[]): Anchor[] {
  const sameRow = (a: Anchor, b: Anchor) =>
    b.first === a.last + 1 &&
    tokens[a.last]!.line === tokens[b.first]!.line &&
    a.matches.length > 0 &&
    a.matches.some((m) => m.entry.role === 'row' && m.match !== 'typo') &&
    normalizeForMatch(a.raw) === normalizeForMatch(b.raw);
  return anchors.filter((anchor, i) => {
    const next = anchors[i + 1];
    return !(next && sameRow(anchor, next));
  });
}

/** The white-space separated words of a token, as source ranges. */
function wordsOf(token: Token): Span[] {
  const words: Span[] = [];
  // A Markdown cell's `<br>` is a line break inside the cell, so it separates words like white space.
  const separator = /<br\s*\/?>|[\s\u00a0\u3000]+/gi;
  let from = 0;
  const push = (end: number) => {
    if (end > from) words.push({ start: token.range.start + from, end: token.range.start + end });
  };
  for (let m = separator.exec(token.text); m; m = separator.exec(token.text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(token.text.length);
  return words;
}

/** The longest run of words from `from` that spells a label exactly (never the whole cell). */
function exactLabelFrom(lexicon: Lexicon, text: string, words: Span[], from: number): { end: number; matches: LabelMatch[] } | null {
  for (let j = Math.min(words.length, from + MAX_LABEL_WORDS); j > from; j--) {
    if (from === 0 && j === words.length) continue;
    const matches = matchLabel(lexicon, text.slice(words[from]!.start, words[j - 1]!.end));
    if (matches.length && matches[0]!.match !== 'typo') return { end: j, matches };
  }
  return null;
}

/**
 * A cell that holds several labels separated by single spaces, as PDF copies give them
 * (`（三）不予公开 1.属于国家秘密`, `结果维持 结果纠正 其他结果`, or a whole header row of spaced-out
 * characters `结 果 维 持 结 果 纠 正 …`): split it where every part is a label. Longest parts are tried
 * first so that spaced-out labels (`结 果 维 持`) stay whole. A part may be a typo of a label (`本年度止件数`)
 * only when it is a single word: joined single characters must spell a label exactly. The last part may
 * continue at the start of the next line, where a PDF wrapped it.
 */
function splitAnchors(lexicon: Lexicon, text: string, tokens: Token[], index: number, guard: LineGuard): Anchor[] {
  const token = tokens[index]!;
  if (!/\s|<br\s*\/?>/i.test(token.text) || /[。；，,]/.test(token.text)) return [];
  const words = wordsOf(token);
  if (words.length < 2 || words.length > MAX_SPLIT_WORDS) return [];
  const parts: Anchor[] = [];
  let i = 0;
  while (i < words.length) {
    const exact = exactLabelFrom(lexicon, text, words, i);
    if (exact) {
      parts.push(anchorOf(text, index, index, { start: words[i]!.start, end: words[exact.end - 1]!.end }, exact.matches));
      i = exact.end;
      continue;
    }
    const single = matchLabel(lexicon, text.slice(words[i]!.start, words[i]!.end));
    if (single.length) {
      parts.push(anchorOf(text, index, index, words[i]!, single));
      i++;
      continue;
    }
    const wrapped = parts.length ? wrappedLabel(lexicon, text, tokens, index, words[i]!.start, guard) : null;
    if (wrapped) parts.push(wrapped);
    return wrapped ? parts : [];
  }
  return parts;
}

/** Two labels glued together are at most this many labels long; longer cells are prose and not searched. */
const MAX_GLUED_LABELS = 2;

/** Where an ordinal may start inside a cell: an opening parenthesis, a digit, a Chinese numeral or a circled number. */
const ORDINAL_START = /[（(0-9０-９一二三四五六七八九十\u2460-\u2473]/;

/**
 * A group label and the row label after it merged into one cell with nothing between them, as OCR and
 * language-model Markdown write a merged first column (`三、本年度办理结果（一）予以公开`): split it where
 * an ordinal starts, when the part before is a label exactly and the part after is a label.
 */
function gluedLabels(lexicon: Lexicon, text: string, tokens: Token[], index: number): Anchor[] {
  const token = tokens[index]!;
  const cell = token.text;
  if (cell.length > MAX_GLUED_LABELS * lexicon.maxStandard) return [];
  for (let k = 1; k < cell.length; k++) {
    if (!ORDINAL_START.test(cell[k]!) || !splitOrdinal(cell.slice(k)).ordinal) continue;
    const head = matchLabel(lexicon, cell.slice(0, k));
    if (!head.length || head[0]!.match === 'typo') continue;
    const tail = matchLabel(lexicon, cell.slice(k));
    if (!tail.length) continue;
    const start = token.range.start;
    return [
      anchorOf(text, index, index, { start, end: start + k }, head),
      anchorOf(text, index, index, { start: start + k, end: token.range.end }, tail),
    ];
  }
  return [];
}

/** The last label of a spaced cell wrapped onto the next line (`（四）无法提供 1.本机关不掌` / `握相关政府信息 0 0 …`). */
function wrappedLabel(lexicon: Lexicon, text: string, tokens: Token[], index: number, start: number, guard: LineGuard): Anchor | null {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!next || !isJoinable(tokens, index, index + 1) || next.line === token.line || guard.blocked(next.line)) return null;
  const matches = matchLabel(lexicon, text.slice(start, token.range.end) + JOIN + next.text);
  if (!matches.length || matches[0]!.match === 'typo') return null;
  return anchorOf(text, index, index + 1, { start, end: next.range.end }, matches);
}

/**
 * A column header of another table inside a table's header rows (`其他` or `总计` among table 四's broken
 * headers `其他` / `结果`) is part of this table's header, not the start of another table: it is dropped
 * when it follows, without a section heading between, a label of a table that has no such header.
 */
function dropForeignHeaders(tokens: Token[], anchors: Anchor[], guard: LineGuard): Anchor[] {
  const kept: Anchor[] = [];
  let lastLine = -Infinity;
  for (const anchor of anchors) {
    const prev = kept[kept.length - 1];
    const line = tokens[anchor.first]!.line;
    const headerOnly = anchor.matches.every((m) => m.entry.role === 'header');
    const foreign =
      prev !== undefined && prev.kinds.size === 1 && prev.kinds.has('t4') && ![...anchor.kinds].some((k) => prev.kinds.has(k));
    const near = line - lastLine <= MAX_LABEL_LINE_GAP && !guard.crosses(tokens[prev?.last ?? anchor.first]!.line, line);
    lastLine = tokens[anchor.last]!.line;
    if (headerOnly && foreign && near) continue;
    kept.push(anchor);
  }
  return kept;
}

/** The rows around a placed typo stand at most this many lines apart (one-cell-per-line rows take 8 each). */
const MAX_PLACED_SPAN_LINES = 40;

/** A label at a row's place may differ from it in two characters, or in a third of a long one. */
const PLACED_TYPO_MIN_BUDGET = 2;
const PLACED_TYPO_SHARE = 3;

/** How far a label standing exactly where the template expects a row may stray from that row's label. */
function placedTypoBudget(length: number): number {
  return Math.max(PLACED_TYPO_MIN_BUDGET, Math.floor(length / PLACED_TYPO_SHARE));
}

type RowIndexes = Array<{ rows: RowDef[]; index: number }>;

/** The table 三 row a matched anchor stands for, as its index in each format's row list. */
function rowIndexes(lexicon: Lexicon, anchor: Anchor): RowIndexes {
  const out: RowIndexes = [];
  for (const m of anchor.matches) {
    if (m.entry.table !== 't3' || m.entry.role !== 'row') continue;
    for (const format of m.entry.formats) {
      const rows = lexicon.templates[format].t3.rows;
      const index = rows.findIndex((r) => r.key === m.entry.key);
      if (index >= 0) out.push({ rows, index });
    }
  }
  return out;
}

/** The row a numbered cell between two rows of table 三 stands for, if its ordinal and text fit one. */
function placedRow(
  lexicon: Lexicon,
  token: Token,
  prev: Anchor,
  next: Anchor,
  indexesOf: (anchor: Anchor) => RowIndexes,
): LabelMatch | null {
  // The longest body of a table 三 row label is the longest text a placed typo of one can have; a cell
  // twice as long as any label is prose, cheap to rule out before normalising it.
  const maxRowBody = lexicon.maxT3RowBody;
  if (token.text.length > 2 * maxRowBody) return null;
  const split = splitOrdinal(token.text);
  if (!split.ordinal) return null;
  const body = normalizeForMatch(split.body);
  if (body.length < PLACED_TYPO_MIN_BUDGET || body.length > maxRowBody + placedTypoBudget(maxRowBody)) return null;
  let best: LabelMatch | null = null;
  for (const before of indexesOf(prev)) {
    const after = indexesOf(next).find((n) => n.rows === before.rows);
    if (!after) continue;
    for (const def of before.rows.slice(before.index + 1, after.index)) {
      const entry = lexicon.entries.find((e) => e.table === 't3' && e.role === 'row' && e.key === def.key);
      if (!entry || entry.prefixValue !== split.ordinal.value) continue;
      const budget = placedTypoBudget(entry.body.length);
      const distance = editDistance(body, entry.body, budget);
      if (distance <= budget && (!best || distance < best.distance)) best = { entry, match: 'typo', distance };
    }
  }
  return best;
}

/**
 * A row label too far from its standard text to match on its own (`2.其他法律行政止公开`) is still that row
 * when it stands between the rows found before and after it (group labels between them aside), carries the
 * row's ordinal and is close enough.
 */
function addPlacedTypos(lexicon: Lexicon, text: string, tokens: Token[], anchors: Anchor[], guard: LineGuard): Anchor[] {
  // Row positions of every anchor, worked out once per call: the search below asks for them often.
  const indexes = new Map(anchors.map((a) => [a, rowIndexes(lexicon, a)]));
  const indexesOf = (a: Anchor): RowIndexes => indexes.get(a) ?? rowIndexes(lexicon, a);
  const rowAnchors = anchors.filter((a) => indexesOf(a).length > 0);
  const out: Anchor[] = [];
  let before = -1;
  for (let a = 0; a < anchors.length; a++) {
    const anchor = anchors[a]!;
    out.push(anchor);
    if (indexesOf(anchor).length > 0) before++;
    const prev = rowAnchors[before];
    const next = rowAnchors[before + 1];
    const stop = anchors[a + 1]?.first ?? 0;
    if (!prev || !next || tokens[next.first]!.line - tokens[prev.last]!.line > MAX_PLACED_SPAN_LINES) continue;
    for (let i = anchor.last + 1; i < stop; i++) {
      const token = tokens[i]!;
      if (
        token.kind !== 'text' ||
        guard.crosses(tokens[prev.last]!.line, token.line) ||
        guard.crosses(token.line, tokens[next.first]!.line)
      )
        continue;
      const match = placedRow(lexicon, token, prev, next, indexesOf);
      if (match) out.push(anchorOf(text, i, i, token.range, [match]));
    }
  }
  return out;
}

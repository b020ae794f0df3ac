// Cuts the lines of a flattened copy (a crawler or web page that put the whole report, or each part of it,
// on one line, table cells glued together) into virtual lines: at section headings, between a heading and
// the body glued to it, at the labels of the standard tables, after the title and before the 落款; and marks
// where a label's glued digits begin. Virtual lines keep exact offsets into the text and together cover
// their physical line, so nothing is lost; the lines of an ordinary draft are returned unchanged.

import type { FormatId, Span, TableKind } from '../model/types';
import { SECTIONS } from '../template/sections';
import type { TableTemplates } from '../template/types';
import { detectHeading } from './headings';
import { type Line, isPipeRow, makeLine } from './tokens';

/**
 * A line at least this long may be a flattened copy: a section heading is cut out of it wherever its number
 * and title stand. In a shorter line only a heading right after the end of a sentence or of a table is cut
 * out. (Table labels are cut out of lines of any length, but only where at least three stand together with
 * values and no tab or pipe between them already.)
 */
export const LONG_LINE = 100;

/** The form characters are compared in: width folded, and the marks an ordinal, a list or a quote may use read as one. */
function canon(ch: string): string {
  // Most characters are Chinese ideographs, ASCII letters or digits, which NFKC leaves as they are.
  const code = ch.charCodeAt(0);
  if ((code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 && !PUNCT_ASCII.test(ch))) return ch;
  return CANON.get(ch) ?? foldMark(ch);
}

function foldMark(ch: string): string {
  const folded = ch.normalize('NFKC');
  if (/^[、，,.．]$/.test(folded)) return '.';
  if (/^["“”'‘’「」]$/.test(folded)) return '"';
  return folded;
}

const PUNCT_ASCII = /[.,"']/;

/** Ranges of UTF-16 codes outside canon's fast path that drafts use: Latin-1, general and CJK punctuation, full-width forms. */
const CANON_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x21, 0x7f],
  [0x80, 0x100],
  [0x2000, 0x2070],
  [0x3000, 0x3040],
  [0xff00, 0xfff0],
];

/**
 * Every character of a long text passes through canon, often many times: the folded form of the
 * characters in CANON_RANGES is worked out once, when the module loads, and never changes.
 */
const CANON: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  for (const [from, to] of CANON_RANGES) {
    for (let code = from; code < to; code++) table.set(String.fromCharCode(code), foldMark(String.fromCharCode(code)));
  }
  return table;
})();

const SPACE_RE = /[\s\u00a0\u3000\ufeff]/;
/** White space as the parser counts it (tested by code for the common characters: this runs per character). */
const SPACE = {
  test(ch: string | undefined): boolean {
    if (ch === undefined) return false;
    const code = ch.charCodeAt(0);
    if (code > 0x20 && code < 0x7f) return false;
    if (code >= 0x4e00 && code <= 0x9fff) return false;
    return SPACE_RE.test(ch);
  },
};

/**
 * Where `needle` ends if the text at `pos` spells it (white space in the text skipped, marks compared
 * loosely), or -1.
 */
function matchAt(text: string, pos: number, limit: number, needle: string): number {
  let i = pos;
  for (const ch of needle) {
    if (SPACE.test(ch)) continue;
    while (i < limit && SPACE.test(text[i])) i++;
    if (i >= limit || canon(text.charAt(i)) !== canon(ch)) return -1;
    i++;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------------
// Section headings

const SECTION_ORDINAL = /(?:第\s*)?([一二三四五六])\s*(?:[、.．]|部分[、，,：:]?)/g;
/** The ends a section title may have, for titles that are neither the standard one nor a known variant. */
const TITLE_END = /情况|事项|措施|概述/g;
const MAX_TITLE = 40;

interface HeadingCut {
  start: number;
  /** End of the heading's title (and of a colon after it). */
  end: number;
}

/**
 * A section heading starting at `start` (its ordinal) inside a long line: the ordinal's value and a title
 * of that section right after it. The standard title or a known variant, longest first; else the shortest
 * span up to a title-like ending that reads as that section's heading.
 */
function headingAt(
  labels: LineLabels,
  text: string,
  start: number,
  ordinalEnd: number,
  value: number,
  limit: number,
  exactOnly: boolean,
): HeadingCut | null {
  const def = SECTIONS.find((s) => s.key === value);
  if (!def) return null;
  // Table 三's numbered rows (`四、结转下年度继续办理`) begin like sections but are not.
  if (labelAt(labels, text, start, limit)) return null;
  let end = knownTitleEnd(text, def, ordinalEnd, limit);
  if (end < 0 && !exactOnly) {
    const window = text.slice(ordinalEnd, Math.min(limit, ordinalEnd + MAX_TITLE));
    TITLE_END.lastIndex = 0;
    for (let m = TITLE_END.exec(window); m; m = TITLE_END.exec(window)) {
      // A title of its own words holds no digits, no sentence marks and no other part's number.
      if (/[0-9０-９。；;，,！？]|[一二三四五六][、.．]/.test(window.slice(0, m.index))) break;
      const e = ordinalEnd + m.index + m[0].length;
      const heading = detectHeading(text, makeLine(text, 0, 0, start, e));
      if (heading && heading.key === value && heading.number?.value === value) {
        end = e;
        break;
      }
    }
  }
  // A title followed by a list mark is a sentence listing the parts (`一、总体情况；二、…`), not a heading.
  return untitledEnd(text, start, end, limit);
}

/** The end of the section's standard title or of its longest known variant spelled at `pos`, or -1. */
function knownTitleEnd(text: string, def: (typeof SECTIONS)[number], pos: number, limit: number): number {
  let end = -1;
  for (const title of [def.title, ...def.variants]) {
    const e = matchAt(text, pos, limit, title);
    if (e > end) end = e;
  }
  return end;
}

/** Unnumbered titles this long or longer may be cut out of a long line (`概述` alone is too common a word). */
const MIN_UNNUMBERED_TITLE = 6;
/** What may stand right before an unnumbered title inside a long line: the end of a sentence, of a table, of the report's title. */
const BEFORE_UNNUMBERED = /(?:^|[。！？!?；;）)」”0-9０-９]|万元|年度报告)$/;

/**
 * The few characters before `index`, white space right before it left out: enough for the tests on what
 * precedes a heading, without copying the whole of a long line for each candidate.
 */
function textBefore(slice: string, index: number): string {
  let end = index;
  while (end > 0 && SPACE.test(slice[end - 1])) end--;
  return slice.slice(Math.max(0, end - TEXT_BEFORE_CHARS), end);
}

/** What the tests of the text before a heading look at: a few characters (an end of sentence, a 落款 date). */
const TEXT_BEFORE_CHARS = 8;
/** What the look-ahead tests look at by default: a heading's title and what follows it. */
const AHEAD_CHARS = 60;
/** The values that may follow a cluster of glued labels: a row of table 四 written out is well within it. */
const VALUES_AHEAD_CHARS = 400;
/** The end of a line where a 落款 may stand: agency name and date are short. */
const SIGNATURE_TAIL_CHARS = 80;
/** A label without its ordinal is looked for only when this long: shorter words occur in any sentence. */
const MIN_BARE_LABEL = 4;
/** The longest ordinal before a label found without it (`（三）`). */
const MAX_ORDINAL_BEFORE = 3;

/** The text from `start` on, up to `limit` and at most `length` characters: what the look-ahead tests need. */
function ahead(text: string, start: number, limit: number, length = AHEAD_CHARS): string {
  return text.slice(start, Math.min(limit, start + length));
}

/** What may stand right before a numbered heading inside a line that is not long. */
const BEFORE_IN_SHORT_LINE = /(?:^|[。！？!?；;：:）)」”0-9０-９])$/;

function headingCuts(labels: LineLabels, text: string, line: Line, long: boolean): HeadingCut[] {
  const cuts: HeadingCut[] = [];
  const slice = line.text;
  SECTION_ORDINAL.lastIndex = 0;
  for (let m = SECTION_ORDINAL.exec(slice); m; m = SECTION_ORDINAL.exec(slice)) {
    const start = line.start + m.index;
    // An ordinal inside a word or a citation (`第二十条第（一）项`, `三、四季度`) is not a section's number.
    const before = textBefore(slice, m.index);
    if (/[一二三四五六七八九十第（(]$/.test(before)) continue;
    // Right after the end of a sentence, a table or the report's title, or after white space in a long
    // line, a number and title are a heading. After a word (`详见二、主动公开政府信息情况表`) they are one
    // only in a long line and when a body or a table visibly begins after the title.
    const spaced = m.index > 0 && SPACE.test(slice[m.index - 1]);
    const clean = BEFORE_IN_SHORT_LINE.test(before) || /(?:年度报告|年报)$/.test(before) || (long && spaced);
    if (!long && !clean) continue;
    const value = ['一', '二', '三', '四', '五', '六'].indexOf(m[1]!) + 1;
    const cut = headingAt(labels, text, start, start + m[0].length, value, line.end, false);
    if (!cut) continue;
    if (!clean && !(BODY_START.test(ahead(text, cut.end, line.end)) || labelAt(labels, text, cut.end, line.end))) continue;
    cuts.push(cut);
    SECTION_ORDINAL.lastIndex = cut.end - line.start;
  }
  // Titles written without a number, as some reports do, where a sentence or a table has just ended, in a
  // long line. (Every title long enough for this ends in 情况, 事项 or 措施.)
  if (!long || !/情况|事项|措施/.test(slice)) return cuts;
  for (const def of SECTIONS) {
    for (const title of [def.title, ...def.variants]) {
      if (title.length < MIN_UNNUMBERED_TITLE) continue;
      for (let at = slice.indexOf(title); at >= 0; at = slice.indexOf(title, at + 1)) {
        const start = line.start + at;
        if (cuts.some((c) => c.start <= start && start < c.end)) continue;
        if (!BEFORE_UNNUMBERED.test(textBefore(slice, at))) continue;
        const end = knownTitleEnd(text, def, start, line.end);
        // Without a number, only a title followed by what a body or a table begins with is a heading: in a
        // sentence the title goes on with words (`主动公开政府信息情况如下`).
        if (end < 0 || !(BODY_START.test(ahead(text, end, line.end)) || labelAt(labels, text, end, line.end))) continue;
        const cut = untitledEnd(text, start, end, line.end);
        if (cut) cuts.push(cut);
      }
    }
  }
  return cuts.sort((a, b) => a.start - b.start);
}

/** How a section's body goes on right after an unnumbered title: a sub-heading, a year, a colon. */
const BODY_START = /^[\s\u3000]*(?:[（(][一二三四五六七八九十][）)]|[0-9０-９]{4}\s*年|[：:])/;

/** The heading cut for a title found at `start`, unless what follows shows it is named in a list. */
function untitledEnd(text: string, start: number, end: number, limit: number): HeadingCut | null {
  if (end < 0) return null;
  const after = ahead(text, end, limit).replace(/^[\s\u3000]+/, '');
  // A full stop after it ends a sentence that names the part (`…；六、其他需要报告的事项。`); `表` or
  // `统计表` after it make it a table's caption.
  if (/^(?:[、，,；;。和及与等的]|表|统计|一览|方面|部分)/.test(after)) return null;
  const colon = /^[\s\u3000]*[：:]/.exec(ahead(text, end, limit));
  return { start, end: colon ? end + colon[0].length : end };
}

/**
 * A line of any length that starts with a numbered section heading and goes on with its body
 * (`六、其他需要报告的事项本机关未收取…`): the heading's end, where the body begins, or null.
 */
function leadingHeadingEnd(labels: LineLabels, text: string, line: Line): number | null {
  const first = line.text[firstText(line.text, 0, line.text.length)];
  if (first === undefined || !'一二三四五六第#'.includes(first) || /[\t|]/.test(line.text)) return null;
  const lead = /^[\s\u3000]*(?:#{1,6}\s+)?/.exec(line.text)![0].length;
  SECTION_ORDINAL.lastIndex = 0;
  const m = SECTION_ORDINAL.exec(line.text.slice(lead));
  if (!m || m.index !== 0) return null;
  const start = line.start + lead;
  const value = ['一', '二', '三', '四', '五', '六'].indexOf(m[1]!) + 1;
  const cut = headingAt(labels, text, start, start + m[0].length, value, line.end, true);
  // The body must hold words: a page number or a leader after the title is no body.
  if (!cut || !/[\u4e00-\u9fff]/.test(text.slice(cut.end, line.end))) return null;
  return cut.end;
}

// ---------------------------------------------------------------------------------------------------
// Table labels

interface LabelText {
  text: string;
  /** A row label: what follows it is its values. */
  row: boolean;
  /** A label of the template without its ordinal. */
  bare?: boolean;
}

const LEADING_ORDINAL = /^(?:[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十][、.．]|[1-9][.．、])/;
/** An ordinal right before a label that was found without one (its mark may be lost: `三本年度办理结果`). */
const ORDINAL_BEFORE = /(?:[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十][、.．]?|[1-9][.．、])$/;

function tableLabels(templates: TableTemplates): LabelText[] {
  const seen = new Map<string, LabelText>();
  const add = (text: string, row: boolean) => {
    if (!text) return;
    const prior = seen.get(text);
    seen.set(text, { text, row: row || (prior?.row ?? false) });
    // Copies lose ordinals (`不予公开` under a vertical `（三）`, `三本年度办理结果`): the words alone are a
    // label too, when long enough not to be any word of a sentence.
    const bare = text.replace(LEADING_ORDINAL, '');
    if (bare !== text && bare.length >= MIN_BARE_LABEL && !seen.has(bare)) seen.set(bare, { text: bare, row, bare: true });
  };
  for (const format of ['2021', '2019'] as FormatId[]) {
    for (const kind of ['t2', 't3', 't4'] as TableKind[]) {
      const template = templates[format][kind];
      for (const row of template.rows) {
        add(row.standard, true);
        for (const alias of row.aliases ?? []) add(alias, true);
      }
      for (const group of template.groups) add(group.standard, false);
      for (const header of template.headers) {
        add(header.standard, false);
        for (const alias of header.aliases ?? []) add(alias, false);
      }
    }
  }
  return [...seen.values()].sort((a, b) => b.text.length - a.text.length);
}

/** The labels of a template set, indexed for scanning long lines, and the cuts found so far per line text. */
export interface LineLabels {
  /** Labels by their first two compared characters, longest first: few candidates to try at each place. */
  byHead: Map<string, LabelText[]>;
  /**
   * For each UTF-16 code, whether a label may start with it (in any of the spellings `canon` folds
   * together): a table lookup per character keeps the scan of long lines cheap.
   */
  mayStart: Uint8Array;
  /** The cuts of each line text, by the title's agency (cutsOfLineText). */
  cutsByAgency: Map<string | null, Map<string, LineCuts>>;
  /** Entries and characters of line text in `cutsByAgency`, which is bounded in both. */
  cutEntries: number;
  cutChars: number;
}

/**
 * The indexed labels of a template set: taken from `known` (the language service's, built once per
 * template set) or built for this parse alone.
 */
function lineLabelsOf(templates: TableTemplates, known: WeakMap<TableTemplates, LineLabels> | null): LineLabels {
  const kept = known?.get(templates);
  if (kept) return kept;
  const labels = tableLabels(templates);
  const byFirst = new Map<string, LabelText[]>();
  const byHead = new Map<string, LabelText[]>();
  for (const label of labels) {
    const first = canon(label.text.replace(/^\s+/, '').charAt(0));
    byFirst.set(first, [...(byFirst.get(first) ?? []), label]);
    const head = headOf(label.text, 0, label.text.length);
    byHead.set(head, [...(byHead.get(head) ?? []), label]);
  }
  const mayStart = new Uint8Array(0x10000);
  for (const first of byFirst.keys()) {
    const code = first.charCodeAt(0);
    mayStart[code] = 1;
    // The full-width form of an ASCII character, and the marks and quotes `canon` reads as one.
    if (code > 0x20 && code < 0x7f) mayStart[code + 0xfee0] = 1;
    if (first === '.') for (const ch of '、，,．') mayStart[ch.charCodeAt(0)] = 1;
    if (first === '"') for (const ch of "“”'‘’「」") mayStart[ch.charCodeAt(0)] = 1;
  }
  const cutsByAgency = new Map<string | null, Map<string, LineCuts>>();
  const set: LineLabels = { byHead, mayStart, cutsByAgency, cutEntries: 0, cutChars: 0 };
  known?.set(templates, set);
  return set;
}

/** The first two compared characters of a label (white space skipped), or of the text at `pos`. */
function headOf(text: string, pos: number, limit: number): string {
  let i = pos;
  while (i < limit && SPACE.test(text[i])) i++;
  if (i >= limit) return '';
  const first = canon(text.charAt(i++));
  while (i < limit && SPACE.test(text[i])) i++;
  return i < limit ? first + canon(text.charAt(i)) : first;
}

/** The labels that may start at `pos`, longest first. */
function candidatesAt(labels: LineLabels, text: string, pos: number, limit: number): LabelText[] | undefined {
  return labels.byHead.get(headOf(text, pos, limit));
}

interface LabelHit extends Span {
  row: boolean;
}

/** Every table label in the span, left to right, the longest at each place, none overlapping. */
function labelHits(labels: LineLabels, text: string, span: Span): LabelHit[] {
  const hits: LabelHit[] = [];
  for (let i = span.start; i < span.end; i++) {
    if (!labels.mayStart[text.charCodeAt(i)]) continue;
    const candidates = candidatesAt(labels, text, i, span.end);
    if (!candidates) continue;
    for (const label of candidates) {
      const end = matchAt(text, i, span.end, label.text);
      if (end < 0) continue;
      // A label found without its ordinal takes the ordinal standing right before it.
      const ordinal = label.bare ? ORDINAL_BEFORE.exec(text.slice(Math.max(span.start, i - MAX_ORDINAL_BEFORE), i)) : null;
      const start = ordinal && !((hits.at(-1)?.end ?? -1) > i - ordinal[0].length) ? i - ordinal[0].length : i;
      hits.push({ start, end, row: label.row });
      i = end - 1;
      break;
    }
  }
  return hits;
}

/** Whether a table label starts at `pos`. */
function labelAt(labels: LineLabels, text: string, pos: number, limit: number): boolean {
  while (pos < limit && SPACE.test(text[pos])) pos++;
  return (candidatesAt(labels, text, pos, limit) ?? []).some((label) => matchAt(text, pos, limit, label.text) >= 0);
}

/** A row label glued to its values may come after this many group labels glued before it (`三、本年度办理结果（一）予以公开15`). */
const MAX_GLUED_GROUP_LABELS = 2;

/**
 * A line that is one row whose values are glued to its label (`一、本年新收政府信息公开申请数量21710000218`,
 * `行政许可25`, as PDF copies give them): where the label ends, or null. Only a row label standing at the
 * start (after at most two group labels glued before it, which are cut off too), with nothing but numbers
 * after it, counts. The ends are given in order, the row label's last.
 */
function gluedRowLabelEnd(labels: LineLabels, text: string, start: number, end: number): number[] | null {
  // The line must end in numbers that begin right after a character that is not white space: a cheap test
  // that rules out nearly every line (a tab-separated row has a tab before its numbers).
  const last = lastText(text, start, end);
  if (last < start || !DIGIT.test(text.charAt(last))) return null;
  let run = last;
  while (run > start && (DIGIT.test(text.charAt(run - 1)) || SPACE.test(text.charAt(run - 1)))) run--;
  if (run === start || !DIGIT.test(text.charAt(run))) return null;
  let pos = start;
  while (pos < end && SPACE.test(text[pos])) pos++;
  const groupEnds: number[] = [];
  while (groupEnds.length <= MAX_GLUED_GROUP_LABELS) {
    const candidates = candidatesAt(labels, text, pos, end);
    if (!candidates) return null;
    const label = candidates.find((c) => matchAt(text, pos, end, c.text) >= 0);
    if (!label) return null;
    const labelEnd = matchAt(text, pos, end, label.text);
    if (/^[0-9０-９]+(?:[\s\u00a0\u3000]+[0-9０-９]+)*[\s\u00a0\u3000]*$/.test(text.slice(labelEnd, end)))
      return label.row ? [...groupEnds, labelEnd] : null;
    // A label followed by another label is a group label, even one that is also a row of the other format
    // (`（六）其他处理`, a row in 2019 and a group in 2021).
    groupEnds.push(labelEnd);
    pos = labelEnd;
  }
  return null;
}

/** What may stand between two labels of a table: values (digits, placeholders) and white space. */
const VALUES_GAP = /^[\s\u00a0\u30000-9０-９.．,，\-—–/／无空]*$/;
/**
 * One row whose label is not a standard one (a typo, or a label the template does not know) between
 * values: its ordinal right after the digits of the row before (`…0000002.其他法律行政止公开000000`).
 */
const UNKNOWN_ROW =
  /^([\s\u00a0\u30000-9０-９\-—–/／]*?)((?:[1-9][.．、]|[（(][一二三四五六七八九十][）)]|[一二三四][、])[^0-9０-９。；;，,：:\s]{2,40})[\s\u00a0\u30000-9０-９\-—–/／]*$/;
/** A table's labels stand at least this many together. */
const MIN_CLUSTER = 3;

interface LabelCut {
  start: number;
  /** End of the label, where the values glued to it begin. */
  labelEnd: number;
}

/**
 * The cuts at the labels of tables standing in a span of a long line: clusters of at least three labels
 * with nothing but values (or one unknown numbered row) between them, with a value somewhere, so that a
 * sentence naming a few labels (`行政许可、行政处罚和行政强制`) is never cut. After a cluster's last
 * values the text goes on in a line of its own.
 */
/**
 * Drops the hits that are words inside a numbered label the template does not know: `其他` in
 * `2.其他法律行政止公开` follows a row's ordinal but is not itself numbered, and words go on after it.
 */
function dropInnerHits(text: string, hits: LabelHit[], span: Span): LabelHit[] {
  return hits.filter((hit, k) => {
    const from = hits[k - 1]?.end ?? span.start;
    const before = text.slice(from, hit.start);
    const own = text.slice(hit.start, hit.end);
    if (/^(?:[1-9][.．、]|[（(][一二三四五六七八九十][）)]|[一二三四][、])/.test(own)) return true;
    if (!/(?:^|[\s0-9０-９])(?:[1-9][.．、]|[（(][一二三四五六七八九十][）)]|[一二三四][、])[^0-9０-９\s]*$/.test(before)) return true;
    const next = hits[k + 1];
    const after = ahead(text, hit.end, next ? next.start : span.end);
    return !/^[^0-9０-９\s\-—–/／]/.test(after);
  });
}

function labelCuts(labels: LineLabels, text: string, span: Span): { cuts: LabelCut[]; tails: number[]; labelEnds: number[] } {
  // A label right after a tab or a pipe already starts a cell of its own: no cut is needed there.
  const separated = (at: number) => at > 0 && /[\t|]/.test(text.charAt(at - 1));
  const hits = dropInnerHits(text, labelHits(labels, text, span), span);
  const cuts: LabelCut[] = [];
  const tails: number[] = [];
  // Where a label that already starts a cell is glued to the digits after it (`总计0\t0\t2…`).
  const labelEnds: number[] = [];
  let cluster: LabelCut[] = [];
  let hasValue = false;
  // Labels written one right after the other, with nothing at all between them, are a table whose cells
  // are blank: no sentence strings labels together so.
  let glued = true;
  const flush = (after: number) => {
    if (cluster.length >= MIN_CLUSTER) {
      const values = /^[\s\u00a0\u30000-9０-９.．,，\-—–/／]*/.exec(ahead(text, after, span.end, VALUES_AHEAD_CHARS))![0];
      if (/[0-9０-９\-—–/／]/.test(values)) hasValue = true;
      if (hasValue || glued) {
        cuts.push(...cluster.filter((c) => !separated(c.start)));
        labelEnds.push(...cluster.filter((c) => separated(c.start) && /[0-9０-９]/.test(text[c.labelEnd] ?? '')).map((c) => c.labelEnd));
        const tail = after + values.length;
        if (tail <= lastText(text, span.start, span.end) && !separated(tail)) tails.push(tail);
      }
    }
    cluster = [];
    hasValue = false;
    glued = true;
  };
  for (const hit of hits) {
    const previous = cluster.at(-1);
    if (previous) {
      const prevEnd = previous.labelEnd;
      const gap = text.slice(prevEnd, hit.start);
      if (VALUES_GAP.test(gap)) {
        if (/[0-9０-９\-—–/／]/.test(gap)) hasValue = true;
        if (gap !== '') glued = false;
      } else {
        const unknown = UNKNOWN_ROW.exec(gap);
        if (unknown) {
          if (/[0-9０-９]/.test(gap)) hasValue = true;
          glued = false;
          const at = prevEnd + unknown[1]!.length;
          cluster.push({ start: at, labelEnd: at + unknown[2]!.length });
        } else {
          flush(prevEnd);
        }
      }
    }
    cluster.push({ start: hit.start, labelEnd: hit.end });
  }
  const lastInCluster = cluster.at(-1);
  if (lastInCluster) flush(lastInCluster.labelEnd);
  return { cuts, tails, labelEnds };
}

// ---------------------------------------------------------------------------------------------------
// The title

/** A report's title at the start of a line, glued to the first paragraph: up to its `年度报告` or `年报`. */
const TITLE_HEAD = /^[\s\u3000]*[^。；;，,！!？?：:\s\u3000][^。；;，,！!？?：:]{0,58}?(?:年度报告|年报)/;
/** The title is looked for in the first lines that hold text. */
const TITLE_LINES = 15;

/** Where the title ends in a line that glues it to a paragraph, or null. */
function titleEnd(line: Line): number | null {
  const m = TITLE_HEAD.exec(line.text);
  // A title names the year; a sentence about the report (`本报告根据《…》和年度报告格式…`) does not.
  if (!m || !/(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年/.test(m[0]) || /[《》]|^[\s\u3000]*本/.test(m[0])) return null;
  const rest = line.text.slice(m[0].length);
  // What follows is a paragraph (it holds a sentence), not the rest of a title such as `（2023年）`.
  return /[。；;，,]/.test(rest) && /^[\s\u3000]*[^\s\u3000（(）)]/.test(rest) ? line.start + m[0].length : null;
}

// ---------------------------------------------------------------------------------------------------
// The 落款

/** An agency and a full date closing a long line after a sentence: the 落款 glued to the last section. */
/** A full date at the end of a text, as a 落款 writes it. */
const DATE_TAIL = String.raw`(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The agency a title names: what stands before its year (`泽州县人民政府办公室2021年…`). */
function agencyOfTitle(title: string): string | null {
  const m = /^[\s\u3000]*([^\s\u3000\d《》。，,]{2,30}?)[\s\u3000]*(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年/.exec(title);
  return m ? m[1]! : null;
}

const SIGNATURE_TAIL =
  /[。！!；;]\s*([^。！!；;，,：:\s\d][^。！!；;，,：:]{1,30}?\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*$/;

// ---------------------------------------------------------------------------------------------------

const CJK = /[\u4e00-\u9fff]/;
const DIGIT = /[0-9０-９]/;
/**
 * Where a line that is not long may hold table labels glued together: values right before the next row's
 * ordinal (`0000000二、`, `7（一）`, `0 3.`), a label's end right before an ordinal (`）1.`), or a run of
 * digits glued to a word (`数量0000000`). Tab-separated rows and prose lines have none of these.
 */
/** A line of glued header labels is at least this long (table 四's header rows are). */
const GLUED_HEADER = 30;
const GLUE =
  /[0-9０-９][ \u00a0\u3000]?(?:[（(][一二三四五六七八九十][）)]|[一二三四][、.．]|[1-9][.．、][^0-9０-９])|[）)”"\u4e00-\u9fff][1-9][.．、][^0-9０-９]|[\u4e00-\u9fff）)”][0-9０-９]{3}/;

/**
 * The lines the parser works on: the physical lines, with each long line that holds a section heading or a
 * table inside it cut into virtual lines. Indices are renumbered in order (on the given lines themselves,
 * which the parser makes afresh for each analysis); `physical` keeps the physical line. A line with no such
 * structure in it is returned as it is.
 */
export function flattenLines(
  text: string,
  lines: Line[],
  templates: TableTemplates,
  known: WeakMap<TableTemplates, LineLabels> | null = null,
): Line[] {
  const labels = lineLabelsOf(templates, known);
  const out: Line[] = [];
  let textLines = 0;
  let agency: string | null = null;
  for (const line of lines) {
    if (!line.blank) textLines++;
    // Lines without a Chinese character (rows of numbers, rulers) hold no heading and no label: most lines of
    // a table are such, and the parser runs on every keystroke.
    if (line.blank || !CJK.test(line.text)) {
      line.index = out.length;
      out.push(line);
      continue;
    }
    const title = textLines <= TITLE_LINES ? titleEnd(line) : null;
    // The agency of the report's title, to find a 落款 glued to the last sentence.
    if (agency === null && textLines <= TITLE_LINES && /年度报告|年报/.test(line.text)) agency = agencyOfTitle(line.text);
    // Everything below depends on the line's own text only (and on the title's agency; a title cut aside),
    // so the result is kept by that text, relative to the line's start: unchanged lines of an edited
    // document, and the lines every report repeats, are not cut again.
    const cuts =
      title === null ? cutsOfLineText(labels, text, line, agency) : shiftCuts(lineCuts(labels, text, line, title, agency), -line.start);
    if (!cuts.pieces) {
      line.index = out.length;
      if (cuts.glued !== null) line.labelEnds = cuts.glued.map((e) => line.start + e);
      out.push(line);
      continue;
    }
    for (const piece of cuts.pieces) {
      const virtual = makeLine(text, out.length, line.physical, line.start + piece.start, line.start + piece.end);
      if (piece.labelEnds?.length) virtual.labelEnds = piece.labelEnds.map((e) => line.start + e);
      out.push(virtual);
    }
  }
  return out;
}

/** How a line is cut: its pieces (with where labels end in them), or none and where a glued label ends. */
interface LineCuts {
  pieces: Piece[] | null;
  glued: number[] | null;
}

function lineCuts(labels: LineLabels, text: string, line: Line, title: number | null, agency: string | null): LineCuts {
  let pieces = isPipeRow(line.text) ? null : cutLine(labels, text, line, line.end - line.start >= LONG_LINE, title, agency);
  if (!pieces) {
    const bodyStart = leadingHeadingEnd(labels, text, line);
    if (bodyStart !== null)
      pieces = [
        { start: line.start, end: bodyStart },
        { start: bodyStart, end: line.end },
      ];
  }
  if (!pieces) return { pieces: null, glued: gluedRowLabelEnd(labels, text, line.start, line.end) };
  for (const piece of pieces) {
    if (piece.labelEnds?.length) continue;
    const glued = gluedRowLabelEnd(labels, text, piece.start, piece.end);
    if (glued !== null) piece.labelEnds = glued;
  }
  return { pieces, glued: null };
}

function shiftCuts(cuts: LineCuts, by: number): LineCuts {
  return {
    pieces:
      cuts.pieces?.map((p) =>
        p.labelEnds
          ? { start: p.start + by, end: p.end + by, labelEnds: p.labelEnds.map((e) => e + by) }
          : { start: p.start + by, end: p.end + by },
      ) ?? null,
    glued: cuts.glued === null ? null : cuts.glued.map((e) => e + by),
  };
}

/**
 * Cuts of lines are kept by the title's agency, then by their text, relative to the line's start (two
 * levels, so no key is built by copying a line), per template set (LineLabels.cutsByAgency); bounded in
 * entries and in characters kept.
 */
const MAX_CUT_ENTRIES = 50_000;
const MAX_CUT_CHARS = 16 * 1024 * 1024;

function clearCuts(labels: LineLabels): void {
  labels.cutsByAgency.clear();
  labels.cutEntries = 0;
  labels.cutChars = 0;
}

function cutsOfLineText(labels: LineLabels, text: string, line: Line, agency: string | null): LineCuts {
  let byText = labels.cutsByAgency.get(agency);
  const hit = byText?.get(line.text);
  if (hit) return hit;
  const cuts = shiftCuts(lineCuts(labels, text, line, null, agency), -line.start);
  if (labels.cutEntries >= MAX_CUT_ENTRIES || labels.cutChars + line.text.length > MAX_CUT_CHARS) {
    clearCuts(labels);
    byText = undefined;
  }
  if (!byText) labels.cutsByAgency.set(agency, (byText = new Map()));
  byText.set(line.text, cuts);
  labels.cutEntries++;
  labels.cutChars += line.text.length;
  return cuts;
}

/** Offset of the first character that is not white space in [start, end), or end. */
function firstText(text: string, start: number, end: number): number {
  while (start < end && SPACE.test(text[start])) start++;
  return start;
}

/** Offset of the last character that is not white space in [start, end), or start - 1. */
function lastText(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end - 1;
}

interface Piece extends Span {
  labelEnds?: number[];
}

function cutLine(labels: LineLabels, text: string, line: Line, long: boolean, title: number | null, agency: string | null): Piece[] | null {
  const starts = new Map<number, number | undefined>();
  if (title !== null) starts.set(title, undefined);
  // A short line with tabs is a table row: a heading in it is found as a row's cell (headings.ts), or it
  // is no heading.
  const headings = !long && line.text.includes('\t') ? [] : headingCuts(labels, text, line, long);
  const bodies: Span[] = [];
  let from = line.start;
  headings.forEach((heading, k) => {
    if (heading.start > from) bodies.push({ start: from, end: heading.start });
    starts.set(heading.start, undefined);
    // What follows a heading is its body only when it holds words: a page number or a leader is none.
    const next = headings[k + 1]?.start ?? line.end;
    if (CJK.test(text.slice(heading.end, next))) starts.set(heading.end, undefined);
    from = heading.end;
  });
  if (from < line.end) bodies.push({ start: from, end: line.end });
  const labelEnds: number[] = [];
  // In a line that is not long, labels stand glued next to digits (`数量0000000二、…`, `）1.属于…`), or
  // a header's labels one after the other in a line of some length (`行政复议行政诉讼结果维持…`).
  const glue = long || GLUE.test(line.text) || (line.end - line.start >= GLUED_HEADER && !line.text.includes('\t'));
  for (const body of glue ? bodies : []) {
    const found = labelCuts(labels, text, body);
    for (const cut of found.cuts) {
      starts.set(cut.start, cut.labelEnd);
      labelEnds.push(cut.labelEnd);
    }
    for (const tail of found.tails) if (!starts.has(tail)) starts.set(tail, undefined);
    labelEnds.push(...found.labelEnds);
  }
  const lastBody = bodies.length ? bodies[bodies.length - 1] : null;
  if (lastBody && text[lastText(text, lastBody.start, lastBody.end)] === '日') {
    // The 落款 is short: looking at the end of the line only keeps this linear in long lines.
    const tailStart = Math.max(lastBody.start, lastBody.end - SIGNATURE_TAIL_CHARS);
    const tail = text.slice(tailStart, lastBody.end);
    const signature = SIGNATURE_TAIL.exec(tail);
    // Without a sentence end before it (`…无泽州县某局2022年1月13日`), the 落款 is found by the agency the
    // title names.
    const byAgency = !signature && agency ? new RegExp(`${escapeRegExp(agency)}\\s*${DATE_TAIL}$`).exec(tail) : null;
    const at = signature ? tailStart + signature.index + signature[0].indexOf(signature[1]!) : byAgency ? tailStart + byAgency.index : -1;
    if (at > lastBody.start && !starts.has(at)) starts.set(at, undefined);
  }
  // A cut with nothing but white space on one side of it would only make a blank line.
  const first = firstText(text, line.start, line.end);
  const last = lastText(text, line.start, line.end);
  const points = [...starts.keys()].filter((p) => p > first && p <= last).sort((a, b) => a - b);
  if (points.length === 0 && labelEnds.length === 0) return null;
  const bounds = [line.start, ...points, line.end];
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece: Piece = { start: bounds[k]!, end: bounds[k + 1]! };
    const ends = labelEnds.filter((e) => piece.start < e && e < piece.end).sort((a, b) => a - b);
    if (ends.length) piece.labelEnds = ends;
    pieces.push(piece);
  }
  return pieces;
}

// Finds the report's structure outside the tables: section headings (numbered or not), sub-headings,
// the title with agency and year, the statistical period and the signature (落款).

import type { DateRef, Heading, Ordinal, SectionKey, Span, Subheading } from '../model/types';
import { SECTIONS } from '../template/sections';
import type { SectionDef } from '../template/types';
import { editDistance, normalizeForMatch, splitOrdinal } from './normalize';
import type { Line } from './tokens';

const MAX_HEADING_TITLE = 40;

function trimRange(text: string, start: number, end: number): Span {
  while (start < end && /[\s\u00a0\u3000\ufeff]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0\u3000\ufeff]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Strips Markdown heading marks and bold markers around a line's content, returning the inner range. */
function innerRange(text: string, line: Line): Span {
  let { start, end } = trimRange(text, line.start, line.end);
  const hashes = /^#{1,6}\s+/.exec(text.slice(start, end));
  if (hashes) start += hashes[0].length;
  if (text.startsWith('**', start) && text.slice(start, end).endsWith('**') && end - start > 4) {
    start += 2;
    end -= 2;
  }
  return trimRange(text, start, end);
}

function keywordsMatch(def: SectionDef, normalized: string): boolean {
  return def.keywords.every((group) => group.some((k) => normalized.includes(k)));
}

function titleMatchesKnown(def: SectionDef, normalized: string): 'standard' | 'variant' | 'near' | null {
  if (normalized === normalizeForMatch(def.title)) return 'standard';
  if (def.variants.some((v) => normalizeForMatch(v) === normalized)) return 'variant';
  const all = [def.title, ...def.variants].map(normalizeForMatch);
  if (all.some((t) => editDistance(t, normalized, 2) <= 2)) return 'near';
  return null;
}

/** Recognises a section heading on a line, or returns null. `isTableLine` excludes table rows. */
export function detectHeading(text: string, line: Line): Heading | null {
  if (line.blank || line.ruler || line.text.includes('\t') || /^\s*\|/.test(line.text)) return null;
  const inner = innerRange(text, line);
  const content = text.slice(inner.start, inner.end);
  if (content.length === 0 || content.length > MAX_HEADING_TITLE + 6) return null;
  const split = splitOrdinal(content);
  let number: Ordinal | null = null;
  if (split.ordinal) {
    // Parenthesised markers belong to sub-headings, never to the six sections.
    if (split.ordinal.style === 'paren-cn' || split.ordinal.style === 'paren-arabic') return null;
    number = {
      text: split.ordinal.text,
      range: { start: inner.start, end: inner.start + split.ordinal.length },
      value: split.ordinal.value,
      style: split.ordinal.style,
    };
  }
  let titleText = split.body.replace(/\*\*/g, '');
  const titleStart = inner.start + split.bodyOffset;
  // A trailing colon or full stop is not part of the title.
  const trailing = /[：:。.；;]+$/.exec(titleText);
  const titleEnd = inner.end - (trailing ? trailing[0].length : 0);
  titleText = text.slice(titleStart, titleEnd);
  if (titleText.length === 0 || titleText.length > MAX_HEADING_TITLE) return null;
  // Sentences are not headings.
  if (/[。；;！!？?]/.test(titleText) || (titleText.match(/[，,]/g)?.length ?? 0) > 1) return null;
  const normalized = normalizeForMatch(titleText);
  const candidates = SECTIONS.filter((def) => keywordsMatch(def, normalized));
  if (candidates.length === 0) return null;
  let def = candidates[0];
  if (candidates.length > 1) {
    def = (number && candidates.find((c) => c.key === number!.value)) ?? candidates.find((c) => titleMatchesKnown(c, normalized)) ?? candidates[0];
  }
  const known = titleMatchesKnown(def, normalized);
  if (!number || number.style === 'arabic') {
    // Without a Chinese section number, only a line that reads like a section title counts.
    if (!known) {
      const endsLikeTitle = /(情况|措施|事项|概述)$/.test(normalized);
      if (!endsLikeTitle || normalized.length < 8 || normalized.length > 24 || number) return null;
    }
  }
  return {
    key: def.key as SectionKey,
    range: inner,
    number,
    title: { text: titleText, range: { start: titleStart, end: titleEnd } },
    standardTitle: known === 'standard',
  };
}

/** Sub-heading markers `（一）`, `(2)` at the start of a line. */
export function detectSubheading(text: string, line: Line): Subheading | null {
  if (line.blank || line.ruler || line.text.includes('\t')) return null;
  const inner = innerRange(text, line);
  const content = text.slice(inner.start, inner.end);
  const split = splitOrdinal(content);
  if (!split.ordinal || (split.ordinal.style !== 'paren-cn' && split.ordinal.style !== 'paren-arabic')) return null;
  const marker: Ordinal = {
    text: split.ordinal.text,
    range: { start: inner.start, end: inner.start + split.ordinal.length },
    value: split.ordinal.value,
    style: split.ordinal.style,
    width: split.ordinal.width,
  };
  const titleStart = inner.start + split.bodyOffset;
  return { range: inner, marker, title: { text: text.slice(titleStart, inner.end), range: { start: titleStart, end: inner.end } } };
}

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function findDate(text: string, span: Span): DateRef | null {
  const slice = text.slice(span.start, span.end).normalize('NFKC');
  // NFKC keeps the length of ASCII-range text the same; full-width digits fold one-to-one.
  const m = DATE.exec(slice);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, range: { start: span.start + m.index, end: span.start + m.index + m[0].length } };
}

export interface TitleInfo {
  range: Span;
  text: string;
  agency: string | null;
  year: number | null;
}

/** The title: the first lines before the first section that together name 年度报告 or 年报. */
export function findTitle(text: string, lines: Line[], before: number): TitleInfo | null {
  const candidates: Line[] = [];
  for (const line of lines) {
    if (line.start >= before) break;
    if (line.blank) continue;
    const content = line.text.trim();
    if (content.length > 60 || /[。；]/.test(content)) break;
    candidates.push(line);
    if (/年度报告|年报|工作报告/.test(content)) {
      const first = candidates.length > 3 ? candidates[candidates.length - 3] : candidates[0];
      const range = trimRange(text, first.start, line.end);
      const parts = candidates.slice(candidates.indexOf(first)).map((l) => l.text.trim());
      const joined = parts.join('');
      const year = /(\d{4})\s*年/.exec(joined.normalize('NFKC'));
      const agencyMatch = /^(.*?)(?:\s*[（(]?\d{4}\s*年度?[）)]?|\s*政府信息公开)/.exec(joined.normalize('NFKC'));
      const agency = agencyMatch && agencyMatch[1].trim() ? agencyMatch[1].trim() : null;
      return { range, text: text.slice(range.start, range.end), agency, year: year ? Number(year[1]) : null };
    }
    if (candidates.length >= 4) break;
  }
  return null;
}

/** The statistical year from `统计期限…YYYY年1月1日…12月31日` or `YYYY年1月至12月`. */
export function findPeriodYear(text: string): { year: number; range: Span } | null {
  const folded = text.slice(0, 20000).normalize('NFKC');
  const patterns = [
    /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|~)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/,
    /(\d{4})\s*年\s*1\s*月\s*(?:至|到|—|-|~)\s*(?:(\d{4})\s*年\s*)?12\s*月/,
  ];
  for (const re of patterns) {
    const m = re.exec(folded);
    if (m) return { year: Number(m[1]), range: { start: m.index, end: m.index + m[0].length } };
  }
  return null;
}

export interface SignatureInfo {
  range: Span;
  agency: string | null;
  agencyRange: Span | null;
  date: DateRef | null;
}

/** The 落款 after the last section: a short agency line and a date line at the end of the text. */
export function findSignature(text: string, lines: Line[], after: number): SignatureInfo | null {
  const tail: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 3; i--) {
    const line = lines[i];
    if (line.start < after) break;
    if (line.blank) continue;
    tail.unshift(line);
  }
  if (tail.length === 0) return null;
  // The date: the last non-blank line, short, holding a full date.
  const last = tail[tail.length - 1];
  const lastContent = last.text.trim();
  const date = lastContent.length <= 40 ? findDate(text, { start: last.start, end: last.end }) : null;
  if (!date) return null;
  // Nothing but the agency may stand before the date on its line, and nothing after it.
  if (/[^\s\u00a0\u3000]/.test(text.slice(date.range.end, last.end))) return null;
  let agencyRange: Span | null = null;
  const beforeDate = trimRange(text, last.start, date.range.start);
  if (beforeDate.end - beforeDate.start > 30 || /[。；，,]/.test(text.slice(beforeDate.start, beforeDate.end))) return null;
  if (beforeDate.end > beforeDate.start) {
    agencyRange = beforeDate;
  } else if (tail.length >= 2) {
    const prev = tail[tail.length - 2];
    const content = prev.text.trim();
    if (content.length <= 30 && !/[。；，,]/.test(content) && prev.start >= after) agencyRange = trimRange(text, prev.start, prev.end);
  }
  const start = agencyRange ? agencyRange.start : date.range.start;
  return {
    range: { start, end: date.range.end },
    agency: agencyRange ? text.slice(agencyRange.start, agencyRange.end) : null,
    agencyRange,
    date,
  };
}

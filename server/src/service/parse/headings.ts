// Finds the report's structure outside the tables: section headings (numbered or not), sub-headings,
// the title with agency and year, the statistical period and the signature (落款).

import type { DateRef, Heading, Ordinal, SectionKey, Span, Subheading } from '../model/types';
import { SECTIONS } from '../template/sections';
import type { SectionDef } from '../template/types';
import { cnNumeralValue, editDistance, normalizeForMatch, splitOrdinal } from './normalize';
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
const DATE_DASHED = /(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/;
const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', О: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const DATE_CN = /([〇零ОＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** A full date in the span: `2022年1月13日`, `2022-01-13` or `二〇二二年一月十三日`. */
export function findDate(text: string, span: Span, allowDashed = false): DateRef | null {
  // NFKC folds full-width digits one-to-one, so offsets in the folded slice are offsets in the text.
  const slice = text.slice(span.start, span.end).normalize('NFKC');
  let found: { index: number; length: number; year: number; month: number; day: number } | null = null;
  const m = DATE.exec(slice) ?? (allowDashed ? DATE_DASHED.exec(slice) : null);
  if (m) found = { index: m.index, length: m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else {
    const c = DATE_CN.exec(slice);
    if (c) {
      const year = Number([...c[1]].map((ch) => CN_YEAR_DIGITS[ch] ?? 'x').join(''));
      found = { index: c.index, length: c[0].length, year, month: cnNumeralValue(c[2]), day: cnNumeralValue(c[3]) };
    }
  }
  if (!found || !Number.isFinite(found.year) || !(found.month >= 1 && found.month <= 12 && found.day >= 1 && found.day <= 31)) return null;
  return { year: found.year, month: found.month, day: found.day, range: { start: span.start + found.index, end: span.start + found.index + found.length } };
}

export interface TitleInfo {
  range: Span;
  text: string;
  agency: string | null;
  year: number | null;
}

const AGENCY_END = /(政府|办公室|办公厅|局|委员会|委|办|中心|院|厅|署|所|处|街道|街道办事处|镇|乡|县|市|区|旗|州|盟|公司)$/;

/**
 * The title: the first short line before the first section that names 年度报告 or 年报, together with up
 * to two short lines right above it that hold the agency or the year (titles are often split so).
 */
export function findTitle(text: string, lines: Line[], before: number): TitleInfo | null {
  const seen: Line[] = [];
  for (const line of lines) {
    if (line.start >= before || seen.length >= 15) break;
    if (line.blank) continue;
    const content = line.text.trim();
    if (content.length <= 60 && !/[。；]/.test(content) && /年度报告|年报|工作报告/.test(content)) {
      let first = line;
      for (let k = seen.length - 1; k >= 0 && k >= seen.length - 2; k--) {
        const above = seen[k].text.trim().normalize('NFKC');
        if (above.length > 30 || /[。；，,：:]/.test(above)) break;
        if (!AGENCY_END.test(above) && !/^\d{4}\s*年度?$/.test(above) && !/\d{4}\s*年度?$/.test(above)) break;
        first = seen[k];
      }
      const range = trimRange(text, first.start, line.end);
      const joined = lines.slice(first.index, line.index + 1).map((l) => l.text.trim()).join('').normalize('NFKC');
      const year = /(\d{4})\s*年/.exec(joined);
      const agencyMatch = /^(.*?)(?:\s*[（(]?\d{4}\s*年度?[）)]?|\s*政府信息公开)/.exec(joined);
      const agency = agencyMatch && agencyMatch[1].trim() ? agencyMatch[1].trim() : null;
      return { range, text: text.slice(range.start, range.end), agency, year: year ? Number(year[1]) : null };
    }
    seen.push(line);
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

/**
 * The 落款 after the last section: the last short line holding a full date (with nothing after the date),
 * and the agency before the date on that line or on the short line above it. Lines after it, such as a
 * web page's footer, are ignored.
 */
export function findSignature(text: string, lines: Line[], after: number): SignatureInfo | null {
  const tail: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 8; i--) {
    const line = lines[i];
    if (line.end <= after) break;
    if (line.blank) continue;
    tail.unshift(line);
  }
  for (let k = tail.length - 1; k >= 0; k--) {
    const line = tail[k];
    const start = Math.max(line.start, after);
    if (line.text.trim().length > 40) continue;
    const date = findDate(text, { start, end: line.end }, true);
    if (!date) continue;
    // Nothing but the agency may stand before the date on its line, and nothing after it.
    if (/[^\s\u00a0\u3000。.]/.test(text.slice(date.range.end, line.end))) continue;
    const beforeDate = trimRange(text, start, date.range.start);
    const beforeText = text.slice(beforeDate.start, beforeDate.end);
    if (beforeDate.end - beforeDate.start > 30 || /[。；，,]/.test(beforeText) || /日期|时间/.test(beforeText)) continue;
    let agencyRange: Span | null = null;
    if (beforeDate.end > beforeDate.start) {
      agencyRange = beforeDate;
    } else if (k >= 1) {
      const prev = tail[k - 1];
      const content = prev.text.trim();
      if (content.length <= 30 && !/[。；，,：:]/.test(content) && prev.start >= after) agencyRange = trimRange(text, prev.start, prev.end);
    }
    const rangeStart = agencyRange ? agencyRange.start : date.range.start;
    return {
      range: { start: rangeStart, end: date.range.end },
      agency: agencyRange ? text.slice(agencyRange.start, agencyRange.end) : null,
      agencyRange,
      date,
    };
  }
  return null;
}

// Finds the report's structure outside the tables: section headings (numbered or not), sub-headings,
// the title with agency and year, the statistical period and the signature (落款).

import type { DateRef, Heading, Ordinal, SectionKey, Span, Subheading } from '../model/types';
import { SECTIONS } from '../template/sections';
import type { SectionDef } from '../template/types';
import { cnNumeralValue, editDistance, foldWidth, normalizeForMatch, splitOrdinal } from './normalize';
import type { Line } from './tokens';

/** The longest section title: the standard ones have at most 21 characters, variants a few more. */
const MAX_HEADING_TITLE = 40;
/** What a heading line may hold besides its title: an ordinal (`十一、`) and Markdown marks around it. */
const MAX_HEADING_EXTRA = 6;
/** A title this close to a known one (two typos) reads as that title. */
const NEAR_TITLE_DISTANCE = 2;
/**
 * An unnumbered line that ends like a title (…情况, …措施) and matches no known title is a heading only
 * when it is as long as titles are: shorter is a phrase, longer a sentence.
 */
const UNNUMBERED_TITLE_MIN = 8;
const UNNUMBERED_TITLE_MAX = 24;
/** Markdown bold or italic markers `**` and `__` are two characters. */
const MARK_LENGTH = 2;

function trimRange(text: string, start: number, end: number): Span {
  while (start < end && /[\s\u00a0\u3000\ufeff]/.test(text.charAt(start))) start++;
  while (end > start && /[\s\u00a0\u3000\ufeff]/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Strips Markdown heading marks and bold markers around a line's content, returning the inner range. */
function innerRange(text: string, line: Line): Span {
  return unwrapMarkup(text, trimRange(text, line.start, line.end));
}

/** Strips Markdown heading marks and bold or italic markers (`### `, `**…**`, `__…__`) around a span. */
function unwrapMarkup(text: string, span: Span): Span {
  let { start, end } = span;
  const hashes = /^#{1,6}\s+/.exec(text.slice(start, end));
  if (hashes) start += hashes[0].length;
  const opening = /^(?:\*\*|__)/.exec(text.slice(start, end));
  if (opening) {
    const mark = opening[0];
    // The closing marker may stand before a trailing colon (`**一、总体情况**：`) or right after the
    // number (`**一、**总体情况`); the title keeps neither marker.
    const content = text.slice(start, end);
    const closing = content.length > 2 * MARK_LENGTH ? content.lastIndexOf(mark) : -1;
    if (closing >= MARK_LENGTH && /^[：:。.\s\u3000]*$/.test(content.slice(closing + MARK_LENGTH))) {
      end = start + closing;
      start += MARK_LENGTH;
    } else if (closing >= MARK_LENGTH) {
      start += MARK_LENGTH;
    }
  }
  return trimRange(text, start, end);
}

/** A heading's number alone in a cell, as Word's list numbering pastes it before a tab: `六、`, `**六、`. */
const NUMBER_CELL = /^(?:#{1,6}\s+)?(?:\*\*)?[一二三四五六七八九十]{1,2}[、.．]?(?:\*\*)?$/;
/** A page number left after a heading by a PDF or Word copy: `四、…情况 3`, `四、…情况\t3`. */
const PAGE_NUMBER_CELL = /^[0-9０-９]{1,3}$/;

/**
 * The part of a line that may hold a section heading, or null when the line is a table row. A heading
 * pasted as a table row keeps its text in one cell and leaves the others empty (`三、…情况\t\t\t`,
 * `| 四、…情况 | | |`); Word's numbering puts a tab after the number (`六、\t其他…`); a PDF copy leaves the
 * page number after it (`…情况\t3`, `…情况 3`). A row with two or more cells of text is a table row.
 */
export function headingContent(text: string, line: Line): { range: Span; inRow: boolean; pageNumber: boolean } | null {
  if (line.blank || line.ruler) return null;
  // A pipe at either end of the line also marks a Markdown row (`四、…情况 |`).
  const pipes = /^\s*\||\|\s*$/.test(line.text) || (line.text.match(/\|/g)?.length ?? 0) >= 2;
  const cells: Span[] = [];
  let cellStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === '\t' || (pipes && text[i] === '|')) {
      const cell = trimRange(text, cellStart, i);
      if (cell.end > cell.start) cells.push(cell);
      cellStart = i + 1;
    }
  }
  const inRow = pipes || line.text.includes('\t');
  const [first, second, third] = cells;
  if (!first) return null;
  let range: Span;
  let pageNumber = false;
  if (!second) range = first;
  else if (cells.length === 2 && NUMBER_CELL.test(text.slice(first.start, first.end))) range = { start: first.start, end: second.end };
  else if (cells.length === 2 && PAGE_NUMBER_CELL.test(text.slice(second.start, second.end))) {
    range = first;
    pageNumber = true;
  } else if (
    third &&
    cells.length === 3 &&
    NUMBER_CELL.test(text.slice(first.start, first.end)) &&
    PAGE_NUMBER_CELL.test(text.slice(third.start, third.end))
  ) {
    range = { start: first.start, end: second.end };
    pageNumber = true;
  } else return null;
  range = unwrapMarkup(text, range);
  // A page number after the title, set off by white space or by a table of contents' leader (`……3`,
  // `.....3`): never part of a section title.
  const page = /(?:[\s\u00a0\u3000]+|[\s\u00a0\u3000]*[…⋯.．·•_\-—]{2,}[\s\u00a0\u3000]*)[0-9０-９]{1,3}$/.exec(
    text.slice(range.start, range.end),
  );
  if (page && /[\u4e00-\u9fff）)]$/.test(text.slice(range.start, range.end - page[0].length))) {
    range = unwrapMarkup(text, trimRange(text, range.start, range.end - page[0].length));
    pageNumber = true;
  }
  return range.end > range.start ? { range, inRow, pageNumber } : null;
}

function keywordsMatch(def: SectionDef, normalized: string): boolean {
  return def.keywords.every((group) => group.some((k) => normalized.includes(k)));
}

function titleMatchesKnown(def: SectionDef, normalized: string): 'standard' | 'variant' | 'near' | null {
  if (normalized === normalizeForMatch(def.title)) return 'standard';
  if (def.variants.some((v) => normalizeForMatch(v) === normalized)) return 'variant';
  const all = [def.title, ...def.variants].map(normalizeForMatch);
  if (all.some((t) => editDistance(t, normalized, NEAR_TITLE_DISTANCE) <= NEAR_TITLE_DISTANCE)) return 'near';
  return null;
}

/** A section number at the start of a heading (`一、`, `1.`), or null; undefined for a sub-heading's `（一）`. */
function sectionNumber(split: ReturnType<typeof splitOrdinal>, start: number): Ordinal | null | undefined {
  if (!split.ordinal) return null;
  // Parenthesised markers belong to sub-headings, never to the six sections.
  if (split.ordinal.style === 'paren-cn' || split.ordinal.style === 'paren-arabic') return undefined;
  return {
    text: split.ordinal.text,
    range: { start, end: start + split.ordinal.length },
    value: split.ordinal.value,
    style: split.ordinal.style,
  };
}

/** The title after the number, without bold closing after the number or a trailing colon or full stop. */
function titleSpan(text: string, inner: Span, bodyOffset: number): Span {
  let start = inner.start + bodyOffset;
  // Bold that closes right after the number (`**一、**总体情况`) is no part of the title.
  const markup = /^(?:\*\*|__)[\s\u3000]*/.exec(text.slice(start, inner.end));
  if (markup) start += markup[0].length;
  // A trailing colon or full stop is not part of the title, nor is bold closing around it (`…情况**：`).
  const trailing = /(?:[：:。.；;]|\*\*|__)+$/.exec(text.slice(start, inner.end));
  return { start, end: inner.end - (trailing ? trailing[0].length : 0) };
}

/** Text that cannot be a section title: too long, a sentence, or a table's caption. */
function notATitle(titleText: string): boolean {
  if (titleText.length === 0 || titleText.length > MAX_HEADING_TITLE) return true;
  // Sentences are not headings.
  if (/[。；;！!？?]/.test(titleText) || (titleText.match(/[，,]/g)?.length ?? 0) > 1) return true;
  // A table's caption repeats its section's title (`表1 主动公开政府信息情况`, `…情况统计表`): not a heading.
  return /^(?:附?表\s*[0-9０-９一二三四五六七八九十]+|附表)|表$/.test(titleText.replace(/[\s\u3000：:]+$/, ''));
}

/** The section a title names: by its keywords, and among several by the number, then by a known title. */
function sectionOf(normalized: string, number: Ordinal | null): SectionDef | null {
  const candidates = SECTIONS.filter((def) => keywordsMatch(def, normalized));
  if (candidates.length <= 1) return candidates[0] ?? null;
  return (
    (number && candidates.find((c) => c.key === number.value)) ?? candidates.find((c) => titleMatchesKnown(c, normalized)) ?? candidates[0]!
  );
}

/**
 * Without a Chinese section number, only a line that reads like a section title counts: a line that ends in
 * a full stop or holds a comma is a sentence (`2021年，我镇未收到政务信息公开申请事项。`), and a title no
 * known one is near must end like a title and be as long as one.
 */
function readsLikeTitle(
  content: string,
  titleText: string,
  normalized: string,
  known: ReturnType<typeof titleMatchesKnown>,
  numbered: boolean,
): boolean {
  const knownTitle = known === 'standard' || known === 'variant';
  const sentence = /[。，,]/.test(content.replace(/\*\*/g, '')) || /^[0-9０-９]{4}\s*年/.test(titleText);
  if (!knownTitle && sentence) return false;
  if (known) return true;
  const endsLikeTitle = /(情况|措施|事项|概述)$/.test(normalized);
  const titleLength = normalized.length >= UNNUMBERED_TITLE_MIN && normalized.length <= UNNUMBERED_TITLE_MAX;
  return endsLikeTitle && titleLength && !numbered;
}

/** Recognises a section heading on a line, or returns null. Table rows are no headings. */
export function detectHeading(text: string, line: Line): Heading | null {
  const found = headingContent(text, line);
  if (!found) return null;
  const inner = found.range;
  const content = text.slice(inner.start, inner.end);
  if (content.length === 0 || content.length > MAX_HEADING_TITLE + MAX_HEADING_EXTRA) return null;
  const split = splitOrdinal(content);
  const number = sectionNumber(split, inner.start);
  if (number === undefined) return null;
  const title = titleSpan(text, inner, split.bodyOffset);
  const titleText = text.slice(title.start, title.end);
  if (notATitle(titleText)) return null;
  const normalized = normalizeForMatch(titleText);
  const def = sectionOf(normalized, number);
  if (!def) return null;
  const known = titleMatchesKnown(def, normalized);
  if ((!number || number.style === 'arabic') && !readsLikeTitle(content, titleText, normalized, known, number !== null)) return null;
  return {
    key: def.key as SectionKey,
    range: inner,
    number,
    title: { text: titleText, range: title },
    standardTitle: known === 'standard',
  };
}

/** Sub-heading markers `（一）`, `(2)` at the start of a line. */
export function detectSubheading(text: string, line: Line): Subheading | null {
  // As for section headings, the one tab Word's list numbering puts after the marker is no table row.
  const markerTab = /^[\s\u3000]*(?:\*\*)?[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]\t[^\t]+$/.test(line.text);
  if (line.blank || line.ruler || (line.text.includes('\t') && !markerTab)) return null;
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
const CN_YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  О: '0',
  Ｏ: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const DATE_CN = /([〇零○ОＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** A month of the year and a day of a month (1 to 31, whatever the month). */
function isCalendarDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A full date in the span: `2022年1月13日`, `2022-01-13` or `二〇二二年一月十三日`. */
export function findDate(text: string, span: Span, allowDashed = false): DateRef | null {
  // NFKC folds full-width digits one-to-one, so offsets in the folded slice are offsets in the text.
  const slice = foldWidth(text.slice(span.start, span.end));
  let found: { index: number; length: number; year: number; month: number; day: number } | null = null;
  const m = DATE.exec(slice) ?? (allowDashed ? DATE_DASHED.exec(slice) : null);
  if (m) found = { index: m.index, length: m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else {
    const c = DATE_CN.exec(slice);
    if (c) {
      const year = Number([...c[1]!].map((ch) => CN_YEAR_DIGITS[ch] ?? 'x').join(''));
      found = { index: c.index, length: c[0].length, year, month: cnNumeralValue(c[2]!), day: cnNumeralValue(c[3]!) };
    }
  }
  if (!found || !Number.isFinite(found.year) || !isCalendarDay(found.month, found.day)) return null;
  return {
    year: found.year,
    month: found.month,
    day: found.day,
    range: { start: span.start + found.index, end: span.start + found.index + found.length },
  };
}

export interface TitleInfo {
  range: Span;
  text: string;
  agency: string | null;
  year: number | null;
}

const AGENCY_END = /(政府|办公室|办公厅|局|委员会|委|办|中心|院|厅|署|所|处|街道|街道办事处|镇|乡|县|市|区|旗|州|盟|公司)$/;

// Lines a web page puts around the report when it is copied from a government site: the metadata block
// (索引号：… 发布机构：… 标　　题：…) and the breadcrumb (当前位置：首页 > 政府信息公开 > 年度报告).
const PAGE_FIELD =
  /^(?:索引号|发布机构|发文机关|发文单位|发布日期|发布时间|成文日期|生效日期|废止日期|主题分类|信息分类|组配分类|体裁分类|服务对象分类|标题|名称|信息名称|文号|发文字号|浏览次数|访问次数|点击数|来源|信息来源|有效性|时效|公开方式|公开范围|公开时限|公开形式|关键词|主题词|所属机构|责任部门|作者|摘要|内容概述|当前位置|您当前的位置|您现在的位置|当前位置是|位置)[:：]/;
const BREADCRUMB = /(?:首页|主页|网站首页)\s*[>＞»›]|[>＞»›]\s*(?:政府信息公开|信息公开|年度报告|年报)/;

/** A line of a web page's metadata block or its breadcrumb, not part of the report. */
export function isPageFurniture(content: string): boolean {
  const squeezed = content.replace(/[\s\u00a0\u3000]/g, '');
  return PAGE_FIELD.test(squeezed) || BREADCRUMB.test(content);
}

// The footer a web page puts under the report: bracketed links (【打印本页】【关闭窗口】), sharing and
// font controls, the site's owner, licence and copyright lines, and the page's time stamp.
const PAGE_FOOTER =
  /^(?:[【[][^】\]]{1,12}[】\]][\s\u00a0\u3000]*)+$|^(?:分享到|扫一扫|打印本页|关闭窗口|返回顶部|相关链接|相关文件|上一篇|下一篇|网站地图|联系我们|字体[:：]|附件[:：]?$)|版权所有|Copyright|©|ICP备|网站标识码|公网安备|主办单位|^主办[:：]|承办[:：]|技术支持|网站维护|浏览次数|阅读次数|访问次数|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/i;

/** A footer line is at most this long; a longer line is a sentence of the report. */
const MAX_FOOTER_LINE = 80;

/** A line of a web page's footer or metadata after the report, not part of it. */
export function isPageFooter(content: string): boolean {
  const trimmed = content.trim();
  // A sentence of the report (ending in 。, or long) is never a footer, whatever words it holds.
  if (trimmed === '' || trimmed.length > MAX_FOOTER_LINE || /[。；]$/.test(trimmed)) return false;
  return PAGE_FOOTER.test(trimmed) || isPageFurniture(trimmed);
}

/** The end of the report's own text: after its last line that is neither blank nor a web page's footer. */
export function endOfReport(text: string, lines: Line[]): number {
  for (const line of [...lines].reverse()) {
    if (line.blank || isPageFooter(line.text)) continue;
    return trimRange(text, line.start, line.end).end;
  }
  return 0;
}

/** The title stands among the first lines of text: a page's metadata and breadcrumb take a dozen at most. */
const MAX_LINES_BEFORE_TITLE = 15;
/** A title line is at most this long; longer is a sentence that names the report. */
const MAX_TITLE_LINE = 60;
/** Lines above the title line that may hold the rest of a split title (agency, year). */
const MAX_TITLE_LINES_ABOVE = 2;
/** Such a line, and an agency line of the 落款, is short. */
const MAX_AGENCY_LINE = 30;

/**
 * The title: the first short line before the first section that names 年度报告 or 年报, together with up
 * to two short lines right above it that hold the agency or the year (titles are often split so). A web
 * page's metadata and breadcrumb lines are skipped; the page's `标　　题：…` field stands in for the title
 * only when the report itself has none.
 */
export function findTitle(text: string, lines: Line[], before: number): TitleInfo | null {
  const seen: Line[] = [];
  let pageTitle: Span | null = null;
  for (const line of lines) {
    if (line.start >= before || seen.length >= MAX_LINES_BEFORE_TITLE) break;
    if (line.blank) continue;
    const content = line.text.trim();
    if (isPageFurniture(content)) {
      const field =
        /^[\s\u00a0\u3000]*(?:标[\s\u00a0\u3000]*题|名[\s\u00a0\u3000]*称|信息名称)[\s\u00a0\u3000]*[:：][\s\u00a0\u3000]*/.exec(line.text);
      if (field && !pageTitle && /年度报告|年报/.test(content)) pageTitle = trimRange(text, line.start + field[0].length, line.end);
      continue;
    }
    if (content.length <= MAX_TITLE_LINE && !/[。；]/.test(content) && /年度报告|年报|工作报告/.test(content)) {
      let first = line;
      // Up to two lines right above the title, nearest first.
      for (const prior of seen.slice(-MAX_TITLE_LINES_ABOVE).reverse()) {
        const above = prior.text.trim().normalize('NFKC');
        if (above.length > MAX_AGENCY_LINE || /[。；，,：:]/.test(above)) break;
        if (!AGENCY_END.test(above) && !/^\d{4}\s*年度?$/.test(above) && !/\d{4}\s*年度?$/.test(above)) break;
        first = prior;
      }
      return titleInfo(text, lines, trimRange(text, first.start, line.end), first.index, line.index);
    }
    seen.push(line);
  }
  if (pageTitle) {
    const index = lines.findIndex((l) => l.start <= pageTitle!.start && pageTitle!.start <= l.end);
    return titleInfo(text, lines, pageTitle, index, index);
  }
  return null;
}

function titleInfo(text: string, lines: Line[], range: Span, firstLine: number, lastLine: number): TitleInfo {
  const joined = lines
    .slice(firstLine, lastLine + 1)
    .map((l) => text.slice(Math.max(l.start, range.start), Math.min(l.end, range.end)).trim())
    .join('')
    .normalize('NFKC');
  // The year may be written in Chinese digits (`二〇二一年`).
  const year = /([0-9〇零○Ｏ一二三四五六七八九]{4})\s*年/.exec(joined);
  const agencyMatch = /^(.*?)(?:\s*[（(]?[0-9〇零○Ｏ一二三四五六七八九]{4}\s*年度?[）)]?|\s*政府信息公开)/.exec(joined);
  const agency = agencyMatch?.[1]?.trim() || null;
  const value = year ? Number([...year[1]!].map((c) => (/\d/.test(c) ? c : (CN_YEAR_DIGITS[c] ?? 'x'))).join('')) : NaN;
  return { range, text: text.slice(range.start, range.end), agency, year: Number.isFinite(value) ? value : null };
}

export interface Period {
  year: number;
  /** The whole `YYYY年1月1日至12月31日` phrase. */
  range: Span;
  /** The first `YYYY年` of the phrase. */
  yearRange: Span;
}

const PERIOD = new RegExp(
  `([0-9０-９]{4})\\s*年\\s*[0０]?[1１]\\s*月\\s*(?:[0０]?[1１]\\s*[日号])?\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*(?:[0-9０-９]{4}\\s*年\\s*)?[1１][2２]\\s*月`,
);

/** The statistical period `YYYY年1月1日至(YYYY年)12月31日` (or `YYYY年1月至12月`), if the text states one. */
export function findPeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const yearEnd = m.index + m[0].indexOf('年') + 1;
  return {
    year: Number(m[1]!.normalize('NFKC')),
    range: { start: m.index, end: m.index + m[0].length },
    yearRange: { start: m.index, end: yearEnd },
  };
}

export interface SignatureInfo {
  range: Span;
  agency: string | null;
  agencyRange: Span | null;
  date: DateRef | null;
}

/** The 落款 stands among the last lines of text (a closing remark and the agency may come before it). */
const SIGNATURE_WINDOW_LINES = 8;
/** A 落款 line (agency and date) is at most this long once runs of spaces are one. */
const MAX_SIGNATURE_LINE = 40;

/**
 * The 落款 after the last section: the last short line holding a full date (with nothing after the date),
 * and the agency before the date on that line or on the short line above it. Lines after it, such as a
 * web page's footer, are ignored.
 */
export function findSignature(text: string, lines: Line[], after: number): SignatureInfo | null {
  const tail: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < SIGNATURE_WINDOW_LINES; i--) {
    const line = lines[i]!;
    if (line.end <= after) break;
    // A web page's footer after the report can be longer than the window the 落款 is looked for in.
    if (line.blank || isPageFooter(line.text)) continue;
    tail.unshift(line);
  }
  for (let k = tail.length - 1; k >= 0; k--) {
    const line = tail[k]!;
    const start = Math.max(line.start, after);
    // Runs of spaces that push the date to the right margin do not make the line long.
    if (line.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim().length > MAX_SIGNATURE_LINE) continue;
    const date = findDate(text, { start, end: line.end }, true);
    if (!date) continue;
    // Nothing but the agency may stand before the date on its line, and nothing after it.
    if (/[^\s\u00a0\u3000。.]/.test(text.slice(date.range.end, line.end))) continue;
    const beforeDate = trimRange(text, start, date.range.start);
    const beforeText = text.slice(beforeDate.start, beforeDate.end);
    if (beforeDate.end - beforeDate.start > MAX_AGENCY_LINE || /[。；，,]/.test(beforeText) || /日期|时间/.test(beforeText)) continue;
    let agencyRange: Span | null = null;
    if (beforeDate.end > beforeDate.start) {
      agencyRange = beforeDate;
    } else if (k >= 1) {
      const prev = tail[k - 1]!;
      const content = prev.text.trim();
      if (content.length <= MAX_AGENCY_LINE && !/[。；，,：:]/.test(content) && prev.start >= after)
        agencyRange = trimRange(text, prev.start, prev.end);
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

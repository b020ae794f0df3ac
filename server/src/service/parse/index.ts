// Parses a report draft into title, sections, sub-headings, tables, rows, cells and signature, each with its
// exact range. It never throws: whatever it cannot recognise is simply absent from the result.

import type { AnalyzeOptions, FormatId, Heading, ReportDocument, Section, Span } from '../model/types';
import { computeLineStarts } from '../model/text';
import { SpanIndex } from '../model/spans';
import { detectHeading, detectSubheading, endOfReport, findPeriod, findSignature, findTitle, headingContent } from './headings';
import { flattenLines, type LineCutCache } from './flatten';
import { tableStatuses } from './status';
import { parseTables } from './tables';
import type { LabelCache } from './lexicon';
import { withSection, type RegionCache } from './regions';
import { type Line, markRunningHeaders, splitLines, tokenize } from './tokens';

/** What a parse may reuse from earlier ones; owned by the caller (a language service), never global. */
export interface ParseContext {
  /** The tables of regions read before, reused when a region is unchanged (incremental analysis only). */
  regions?: RegionCache | null;
  /** How lines were cut before, by their text (a flattened copy's long lines are cut only once). */
  lineCuts?: LineCutCache | null;
  /** The answers of label matching, by cell text. */
  labels?: LabelCache | null;
}

export function parseReport(text: string, options: AnalyzeOptions = {}, context: ParseContext = {}): ReportDocument {
  try {
    return parseUnsafe(text, options, context);
  } catch {
    // The parser is written not to throw; this is the last line of defence for an unforeseen input.
    return emptyDocument(text, options);
  }
}

function emptyDocument(text: string, options: AnalyzeOptions): ReportDocument {
  const year = options.reportYear ?? null;
  return {
    text,
    lineStarts: computeLineStarts(text),
    title: null,
    period: null,
    year,
    yearSource: year ? 'setting' : null,
    expectedFormat: year ? formatForYear(year) : null,
    tableFormat: null,
    sections: [],
    tables: [],
    tableStatus: tableStatuses([], year ? formatForYear(year) : '2021'),
    signature: null,
  };
}

export function formatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}

interface HeadingCandidate {
  heading: Heading;
  line: number;
  /** The heading stands in a row of tab or pipe cells (a heading pasted as a table row, or a table's caption). */
  inRow: boolean;
  /** A page number follows the title: a PDF copy's heading, or an entry of a table of contents. */
  pageNumber: boolean;
  /** The heading was cut out of a longer line (a flattened copy). */
  cut: boolean;
}

function selectHeadings(candidates: HeadingCandidate[], lines: Line[]): HeadingCandidate[] {
  // A section written with its Chinese number wins over an unnumbered line that reads like the same title:
  // such a line is usually a sub-item of another section.
  const numbered = new Set(candidates.filter((c) => c.heading.number && c.heading.number.style !== 'arabic').map((c) => c.heading.key));
  const kept = candidates.filter((c) => (c.heading.number && c.heading.number.style !== 'arabic') || !numbered.has(c.heading.key));
  // A title in a table row repeats a heading already found (a table's caption row): it is no second section.
  const seenKeys = new Set<number>();
  const uncaptioned = kept.filter((c) => {
    const repeats = seenKeys.has(c.heading.key);
    seenKeys.add(c.heading.key);
    return !c.inRow || !repeats;
  });
  // A table of contents lists the headings with their page numbers before the report itself: an entry with
  // a page number is no section when the same part's heading stands again after it.
  const lastOfKey = lastIndexByKey(uncaptioned);
  const paged = uncaptioned.filter((c, i) => !c.pageNumber || !(lastOfKey.get(c.heading.key)! > i));
  // A heading cut out of a longer line gives way to the same part's heading on a line of its own: the cut
  // one is then a sentence that names the part.
  const ownKeys = new Set(paged.filter((d) => !d.cut).map((d) => d.heading.key));
  const own = paged.filter((c) => !c.cut || !ownKeys.has(c.heading.key));
  return withoutContents(own, lines);
}

/** Where each part's heading stands last among the candidates, so "does it stand again later" is one look-up. */
function lastIndexByKey(candidates: HeadingCandidate[]): Map<number, number> {
  const last = new Map<number, number>();
  candidates.forEach((c, i) => last.set(c.heading.key, i));
  return last;
}

/** A table of contents has at least this many entries. */
const MIN_CONTENTS = 3;

/**
 * Drops a table of contents written without page numbers: three or more headings on consecutive lines
 * (blank lines aside) with no body between them, each of which stands again further on.
 */
function withoutContents(candidates: HeadingCandidate[], lines: Line[]): HeadingCandidate[] {
  const adjacent = (a: HeadingCandidate, b: HeadingCandidate) => {
    for (let l = a.line + 1; l < b.line; l++) if (!lines[l]?.blank) return false;
    return true;
  };
  const dropped = new Set<number>();
  const lastOfKey = lastIndexByKey(candidates);
  let runStart = 0;
  for (let i = 1; i <= candidates.length; i++) {
    if (i < candidates.length && adjacent(candidates[i - 1]!, candidates[i]!)) continue;
    const run = candidates.slice(runStart, i);
    if (run.length >= MIN_CONTENTS && run.every((c) => lastOfKey.get(c.heading.key)! >= i)) {
      for (let k = runStart; k < i; k++) dropped.add(k);
    }
    runStart = i;
  }
  return candidates.filter((_, i) => !dropped.has(i));
}

function parseUnsafe(text: string, options: AnalyzeOptions, context: ParseContext): ReportDocument {
  const lineStarts = computeLineStarts(text);
  // Long lines of a flattened copy are cut into virtual lines; every line index below is an index into
  // this list (lineStarts stays physical: positions come from offsets).
  const lines = flattenLines(text, splitLines(text, lineStarts), context.lineCuts ?? null);

  const candidates: HeadingCandidate[] = [];
  const physicalCount = new Map<number, number>();
  for (const line of lines) physicalCount.set(line.physical, (physicalCount.get(line.physical) ?? 0) + 1);
  for (const line of lines) {
    const heading = detectHeading(text, line);
    if (heading)
      candidates.push({
        heading,
        line: line.index,
        inRow: /[\t|]/.test(line.text),
        pageNumber: headingContent(text, line)?.pageNumber ?? false,
        cut: (physicalCount.get(line.physical) ?? 1) > 1,
      });
  }
  const headings = selectHeadings(candidates, lines);
  const headingLines = headings.map((h) => h.line);

  const firstStructure = headings[0]?.heading.range.start ?? text.length;
  const title = findTitle(text, lines, firstStructure);
  const period = findPeriod(text);
  let year: number | null = null;
  let yearSource: ReportDocument['yearSource'] = null;
  if (options.reportYear) {
    year = options.reportYear;
    yearSource = 'setting';
  } else if (title?.year) {
    year = title.year;
    yearSource = 'title';
  } else if (period) {
    year = period.year;
    yearSource = 'period';
  }
  const expectedFormat = year ? formatForYear(year) : null;

  const lastHeading = headings.at(-1)?.heading ?? null;
  const signature = findSignature(text, lines, lastHeading ? lastHeading.range.end : 0);

  // After the 落款 is found (its agency line must stay), running headers are set aside like page numbers.
  if (title) markRunningHeaders(lines, { text: title.text, agency: title.agency, end: title.range.end });
  const tokens = tokenize(text, lines);
  const section4 = headings.findIndex((h) => h.heading.key === 4);
  const section4Lines =
    section4 < 0
      ? null
      : { first: headings[section4]!.line + 1, last: section4 + 1 < headings.length ? headings[section4 + 1]!.line - 1 : lines.length - 1 };
  const tables = parseTables({
    text,
    tokens,
    headingLines,
    expectedFormat,
    section4Lines,
    regions: context.regions ?? null,
    labels: context.labels ?? null,
  });

  const reportEnd = endOfReport(text, lines);
  const contentEnd = text.trimEnd().length;
  const sections: Section[] = headings.map(({ heading }, i) => {
    const next = headings[i + 1];
    let end = next ? next.heading.range.start : text.length;
    if (!next && signature && signature.range.start > heading.range.end) end = signature.range.start;
    // Without a 落款, the last section still ends before a web page's footer pasted with the report.
    else if (!next && reportEnd < contentEnd) end = Math.max(heading.range.end, reportEnd);
    return { key: heading.key, heading, range: { start: heading.range.start, end }, bodyStart: heading.range.end, subheadings: [] };
  });

  const tableIndex = new SpanIndex(tables);
  const inTable = (span: Span) => tableIndex.overlaps(span);
  let sectionIndex = 0;
  for (const line of lines) {
    while (sectionIndex < sections.length && line.start >= sections[sectionIndex]!.range.end) sectionIndex++;
    const section = sections[sectionIndex];
    if (!section || line.start < section.bodyStart) continue;
    const sub = detectSubheading(text, line);
    if (sub && !inTable(sub.range)) section.subheadings.push(sub);
  }
  const sectionsByOffset = new SpanIndex(sections);
  tables.forEach((table, i) => {
    const owner = sectionsByOffset.holderOf(table.range.start);
    tables[i] = withSection(table, owner ? owner.key : null, context.regions ?? null);
  });
  const formats = new Set(tables.map((t) => t.format));
  const tableFormat = formats.size === 0 ? null : formats.size === 1 ? [...formats][0]! : 'mixed';

  return {
    text,
    lineStarts,
    title,
    period,
    year,
    yearSource,
    expectedFormat,
    tableFormat,
    sections,
    tables,
    tableStatus: tableStatuses(tables, expectedFormat ?? '2021'),
    signature,
  };
}

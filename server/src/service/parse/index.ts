// Parses a report draft into title, sections, sub-headings, tables, rows, cells and signature, each with its
// exact range. It never throws: whatever it cannot recognise is simply absent from the result.

import type { AnalyzeOptions, FormatId, Heading, ReportDocument, Section, Table } from '../model/types';
import { TABLES } from '../template/tables';
import { computeLineStarts } from '../model/text';
import { SpanIndex } from '../model/spans';
import { detectHeading, detectSubheading, endOfReport, findPeriod, findSignature, findTitle, headingContent } from './headings';
import { flattenLines, type LineLabels } from './flatten';
import type { Lexicon } from './lexicon';
import type { TableTemplates } from '../template/types';
import { tableStatuses } from './status';
import { parseTables } from './tables';
import { withSection, type RegionCache } from './regions';
import { type Line, markRunningHeaders, splitLines, tokenize } from './tokens';

/** What a parse may reuse from earlier ones; owned by the caller (a language service), never global. */
export interface ParseContext {
  /** The tables of regions read before, reused when a region is unchanged (incremental analysis only). */
  regions?: RegionCache | null;
  /** What is built per template set (label index, lexicon), built once by the language service. */
  indexes?: TemplateIndexes | null;
}

/** The indexes a parse builds from a template set, kept by a language service for all its parses. */
export interface TemplateIndexes {
  lexicons: WeakMap<TableTemplates, Lexicon>;
  lineLabels: WeakMap<TableTemplates, LineLabels>;
}

export function createTemplateIndexes(): TemplateIndexes {
  return { lexicons: new WeakMap(), lineLabels: new WeakMap() };
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
    tableStatus: tableStatuses([], year ? formatForYear(year) : '2021', options.templates ?? TABLES),
    signature: null,
    templates: options.templates ?? TABLES,
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

/** Every line that reads like a section heading, with what selectHeadings weighs. */
function headingCandidates(text: string, lines: Line[]): HeadingCandidate[] {
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
  return candidates;
}

/** The report year and where it came from: the setting, else the title, else the statistical period. */
function reportYearOf(
  options: AnalyzeOptions,
  title: ReportDocument['title'],
  period: ReportDocument['period'],
): Pick<ReportDocument, 'year' | 'yearSource'> {
  if (options.reportYear) return { year: options.reportYear, yearSource: 'setting' };
  if (title?.year) return { year: title.year, yearSource: 'title' };
  if (period) return { year: period.year, yearSource: 'period' };
  return { year: null, yearSource: null };
}

/** The lines of section 四's body, where a table 四 without headers may stand; null without a section 四. */
function section4LinesOf(headings: HeadingCandidate[], lines: Line[]): { first: number; last: number } | null {
  const section4 = headings.findIndex((h) => h.heading.key === 4);
  if (section4 < 0) return null;
  const next = headings[section4 + 1];
  return { first: headings[section4]!.line + 1, last: next ? next.line - 1 : lines.length - 1 };
}

/** The sections, each from its heading to the next heading, the 落款 or the end of the report. */
function sectionsOf(text: string, lines: Line[], headings: HeadingCandidate[], signature: ReportDocument['signature']): Section[] {
  const reportEnd = endOfReport(text, lines);
  const contentEnd = text.trimEnd().length;
  return headings.map(({ heading }, i) => {
    const next = headings[i + 1];
    let end = next ? next.heading.range.start : text.length;
    if (!next && signature && signature.range.start > heading.range.end) end = signature.range.start;
    // Without a 落款, the last section still ends before a web page's footer pasted with the report.
    else if (!next && reportEnd < contentEnd) end = Math.max(heading.range.end, reportEnd);
    return { key: heading.key, heading, range: { start: heading.range.start, end }, bodyStart: heading.range.end, subheadings: [] };
  });
}

/** Puts each sub-heading outside the tables into the section whose body holds it. */
function addSubheadings(text: string, lines: Line[], sections: Section[], tables: Table[]): void {
  const tableIndex = new SpanIndex(tables);
  let sectionIndex = 0;
  for (const line of lines) {
    while (sectionIndex < sections.length && line.start >= sections[sectionIndex]!.range.end) sectionIndex++;
    const section = sections[sectionIndex];
    if (!section || line.start < section.bodyStart) continue;
    const sub = detectSubheading(text, line);
    if (sub && !tableIndex.overlaps(sub.range)) section.subheadings.push(sub);
  }
}

/** The format every table is written in, 'mixed' when they differ, null without tables. */
function tableFormatOf(tables: Table[]): ReportDocument['tableFormat'] {
  const formats = new Set(tables.map((t) => t.format));
  return formats.size === 0 ? null : formats.size === 1 ? [...formats][0]! : 'mixed';
}

function parseUnsafe(text: string, options: AnalyzeOptions, context: ParseContext): ReportDocument {
  const templates = options.templates ?? TABLES;
  const lineStarts = computeLineStarts(text);
  // Long lines of a flattened copy are cut into virtual lines; every line index below is an index into
  // this list (lineStarts stays physical: positions come from offsets).
  const lines = flattenLines(text, splitLines(text, lineStarts), templates, context.indexes?.lineLabels ?? null);
  const headings = selectHeadings(headingCandidates(text, lines), lines);
  const headingLines = headings.map((h) => h.line);

  const firstStructure = headings[0]?.heading.range.start ?? text.length;
  const title = findTitle(text, lines, firstStructure);
  const period = findPeriod(text);
  const { year, yearSource } = reportYearOf(options, title, period);
  const expectedFormat = year ? formatForYear(year) : null;

  const lastHeading = headings.at(-1)?.heading ?? null;
  const signature = findSignature(text, lines, lastHeading ? lastHeading.range.end : 0);

  // After the 落款 is found (its agency line must stay), running headers are set aside like page numbers.
  if (title) markRunningHeaders(lines, { text: title.text, agency: title.agency, end: title.range.end });
  const tokens = tokenize(text, lines);
  const section4Lines = section4LinesOf(headings, lines);
  const tables = parseTables({
    text,
    tokens,
    headingLines,
    expectedFormat,
    section4Lines,
    templates,
    regions: context.regions ?? null,
    lexicons: context.indexes?.lexicons ?? null,
  });

  const sections = sectionsOf(text, lines, headings, signature);
  addSubheadings(text, lines, sections, tables);
  const sectionsByOffset = new SpanIndex(sections);
  tables.forEach((table, i) => {
    const owner = sectionsByOffset.holderOf(table.range.start);
    tables[i] = withSection(table, owner ? owner.key : null, context.regions ?? null);
  });

  return {
    text,
    lineStarts,
    title,
    period,
    year,
    yearSource,
    expectedFormat,
    tableFormat: tableFormatOf(tables),
    sections,
    tables,
    tableStatus: tableStatuses(tables, expectedFormat ?? '2021', templates),
    signature,
    templates,
  };
}

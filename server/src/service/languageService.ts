// The core's façade: one object, made for a set of options (language, severities, report year, template
// set), that offers every capability the language server, the CLI and the client use. It is a thin layer
// over the feature functions; what it adds is that the options and the caches belong to the instance, so
// nothing is set globally and two services with different settings never disturb each other.

import { analyze, applySafeFixes, verifiedFixes, type Analysis } from './index';
import { createCaches, type AnalysisCaches } from './caches';
import { IncrementalAnalyzer } from './incremental';
import { renderMessage, translator, type Message, type Translator, type UiLanguage } from './l10n';
import type { AnalyzeOptions, Finding, Fix, FormatId, ReportDocument, Span, TableKind } from './model/types';
import { parseReport } from './parse';
import { tableLenses, type TableLens } from './features/codeLens';
import {
  VERIFY_LENGTH_LIMIT,
  fixAllFilter,
  fixAllOfKindTitle,
  fixAllTitle,
  quickFixItems,
  type FixAllRequest,
  type FixAllResult,
  type FixRequest,
  type QuickFixItem,
} from './features/codeActions';
import { completions, type CompletionEntry } from './features/completion';
import type { SafeFixOptions, SafeFixResult } from './features/fixes';
import { foldingRanges, type FoldingRangeData } from './features/folding';
import { formatTables } from './features/format';
import { hover, type HoverOptions, type HoverResult } from './features/hover';
import { inlayHints, type ValueHint } from './features/inlayHints';
import { outline, type SymbolNode } from './features/outline';
import { previewTables, type PreviewResult } from './features/previewHtml';
import { reportSummary, statusDetails, statusLine, type ReportSummary } from './features/reportStatus';
import { newReportText, standardTableText, templateSnippet, type NewReportInput } from './features/template';
import { fingerprintFindings, type FingerprintedFinding } from './fingerprint';
import { carryoverFindings, reportFacts, type ReportFacts } from './workspace';

/**
 * What a service is made for. The same options as one analysis takes; a template set given here (see
 * AnalyzeOptions) is forwarded to every analysis the service makes.
 */
export type LanguageServiceOptions = AnalyzeOptions & {
  /** The language of every text the service writes (default `zh-cn`); analyses themselves hold no text. */
  language?: UiLanguage;
};

/** The analysis of one open document, version after version, reusing what earlier versions computed. */
export interface DocumentAnalyzer {
  analyze(text: string): Analysis;
  /** Drops what earlier versions kept. */
  forget(): void;
}

/** The report status in the service's language: the summary, its one-line text and its detail lines. */
export interface ReportStatus {
  summary: ReportSummary;
  line: string;
  details: string[];
}

export interface LanguageService {
  /** The options the service was made with; a change of settings makes a new service. */
  readonly options: Readonly<LanguageServiceOptions>;
  /** The language of every text the service writes. */
  readonly language: UiLanguage;
  /** A message (finding, fix title, parse problem) written in the service's language. */
  render(message: Message): string;
  /** Composes text in the service's language, for callers that write their own (CLI output, status lines). */
  readonly translator: Translator;

  /** Parses and checks a draft. */
  analyze(text: string): Analysis;
  /** The parse alone (no checks), e.g. to reduce a report on disk to its facts. */
  parse(text: string): ReportDocument;
  /** A new analyzer for one document that is edited a keystroke at a time (the editor). */
  documentAnalyzer(): DocumentAnalyzer;

  hover(analysis: Analysis, offset: number, options?: HoverOptions): HoverResult | null;
  outline(analysis: Analysis): SymbolNode[];
  folding(doc: ReportDocument): FoldingRangeData[];
  completion(doc: ReportDocument, offset: number): CompletionEntry[];
  formatting(doc: ReportDocument, range?: Span): ReturnType<typeof formatTables>;
  codeLenses(analysis: Analysis): TableLens[];
  inlayHints(analysis: Analysis, within?: Span): ValueHint[];
  reportStatus(doc: ReportDocument): ReportStatus;
  preview(analysis: Analysis): PreviewResult;

  /** A finding's fixes, each `safe` mark verified on this text (unverified, never safe, above VERIFY_LENGTH_LIMIT). */
  verifiedFixesOf(text: string, analysis: Analysis, index: number): Fix[];
  /** The quick-fix menu for these findings: duplicates merged, “fix all of this kind” where it applies. */
  quickFixes(analysis: Analysis, requests: readonly FixRequest[]): QuickFixItem[];
  /** Every verified fix (of one check, or all), applied to a fixed point, as edits on this text. */
  fixAll(text: string, analysis: Analysis, request?: FixAllRequest): FixAllResult;
  fixAllOfKindTitle(checkId: string, count: number): string;
  fixAllTitle(): string;
  /** Applies every verified fix until none is left (the CLI's --fix). */
  applySafeFixes(text: string, fixOptions?: SafeFixOptions, initial?: Analysis): SafeFixResult;
  /** The analysis with each fix's `safe` mark decided by trying it (for the findings `which` selects). */
  verifiedFixes(text: string, analysis: Analysis, which?: (finding: Finding, index: number) => boolean): Analysis;

  /** Stable fingerprints of findings (baselines, dismissals). */
  fingerprints(doc: ReportDocument, findings: readonly Finding[], agency?: string | null, year?: number | null): FingerprintedFinding[];
  /** What the year-over-year comparison needs of a report. */
  reportFacts(doc: ReportDocument, source: { uri: string; name: string }): ReportFacts;
  /** Findings of a report against the reports of the previous year (carry-over). */
  carryover(facts: ReportFacts, previous: readonly ReportFacts[]): Finding[];

  newReport(input: NewReportInput, eol?: string): string;
  standardTable(kind: TableKind, format?: FormatId, eol?: string): string;
  templateSnippet(text: string): string;
}

/** Makes a language service for these options. Cheap: the LSP layer makes a new one when settings change. */
export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const { language: requested, ...analysisOptions } = options;
  // The analyses never see the language: findings are messages, rendered only when shown.
  const frozen: AnalyzeOptions = analysisOptions;
  const language: UiLanguage = requested === 'en' ? 'en' : 'zh-cn';
  const tr = translator(language);
  const caches: AnalysisCaches = createCaches();
  const run = (text: string): Analysis => analyze(text, frozen, { parse: { indexes: caches.indexes } });

  return {
    options: { ...frozen, language },
    language,
    render: (message) => renderMessage(message, language),
    translator: tr,
    analyze: run,
    parse: (text) => parseReport(text, frozen, { indexes: caches.indexes }),
    documentAnalyzer: () => new IncrementalAnalyzer(frozen, caches),

    hover: (analysis, offset, hoverOptions = {}) => hover(analysis, offset, { ...hoverOptions, language }),
    outline: (analysis) => outline(analysis.doc, analysis.findings, { language }),
    folding: (doc) => foldingRanges(doc),
    completion: (doc, offset) => completions(doc, offset, language),
    formatting: (doc, range) => formatTables(doc, range),
    codeLenses: (analysis) => tableLenses(analysis, language),
    inlayHints: (analysis, within) => inlayHints(analysis, within, language),
    reportStatus: (doc) => {
      const summary = reportSummary(doc);
      return { summary, line: statusLine(tr, summary), details: statusDetails(tr, summary) };
    },
    preview: (analysis) => previewTables(analysis, language),

    verifiedFixesOf(text, analysis, index) {
      const finding = analysis.findings[index];
      // A request may name a finding of an older version that this one no longer has.
      if (!finding) return [];
      if (!finding.fixes?.some((f) => f.safe)) return finding.fixes ?? [];
      if (text.length > VERIFY_LENGTH_LIMIT) return finding.fixes.map((f) => ({ ...f, safe: false }));
      const verified = verifiedFixes(text, analysis, frozen, (_, i) => i === index, run);
      return verified.findings[index]?.fixes ?? [];
    },
    quickFixes: (analysis, requests) => quickFixItems(analysis, requests),
    fixAll(text, analysis, request = {}) {
      const result = applySafeFixes(
        text,
        frozen,
        { accept: fixAllFilter(request), maxAnalyses: text.length > VERIFY_LENGTH_LIMIT ? 1 : undefined },
        analysis,
        run,
      );
      return { edits: result.edits, applied: result.applied.length };
    },
    fixAllOfKindTitle: (checkId, count) => fixAllOfKindTitle(tr, checkId, count),
    fixAllTitle: () => fixAllTitle(tr),
    applySafeFixes: (text, fixOptions = {}, initial) => applySafeFixes(text, frozen, fixOptions, initial, run),
    verifiedFixes: (text, analysis, which) => verifiedFixes(text, analysis, frozen, which, run),

    fingerprints: (doc, findings, agency, year) => fingerprintFindings(doc, findings, agency, year),
    reportFacts: (doc, source) => reportFacts(doc, source),
    carryover: (facts, previous) => carryoverFindings(facts, [...previous], frozen),

    newReport: (input, eol) => newReportText(input, eol),
    standardTable: (kind, format, eol) => standardTableText(kind, format, eol),
    templateSnippet: (text) => templateSnippet(text),
  };
}

// The pure core's entry point: parse a draft once, run every check, and hand the result to the
// language server and the CLI alike. No IO, no LSP, no vscode here.

import { ALL_CHECKS } from './checks';
import type { Check, CheckContext, FindingDraft } from './checks/check';
import type { AnalyzeOptions, Finding, ReportDocument, Severity } from './model/types';
import { msg } from './l10n';
import { parseReport, type ParseContext } from './parse';
import { applySafeFixes as applyVerifiedFixes, verifyFix, type SafeFixOptions, type SafeFixResult } from './features/fixes';

/** A parsed draft and its findings; no text in any language, so one analysis serves every language. */
export interface Analysis {
  doc: ReportDocument;
  findings: Finding[];
}

/**
 * How the analysis runs one check on the parsed document; the incremental analysis passes one that reuses
 * per-table findings of earlier versions (incremental.ts). It must return what `check.run(ctx)` returns.
 */
export type CheckRunner = (check: Check, ctx: CheckContext) => FindingDraft[];

/** What an analysis may reuse and how it runs its checks; given by a language service, never global. */
export interface AnalyzeContext {
  runCheck?: CheckRunner;
  /** What the parse may reuse from earlier ones (the caches of a language service). */
  parse?: ParseContext;
}

export function analyze(text: string, options: AnalyzeOptions = {}, context: AnalyzeContext = {}): Analysis {
  const doc = parseReport(text, options, context.parse);
  const findings: Finding[] = [];
  // What the checks of this one analysis share (results several checks compute from the same document).
  const shared = new WeakMap<ReportDocument, Map<string, unknown>>();
  const { runCheck } = context;
  for (const check of ALL_CHECKS) {
    const configured = options.severities?.[check.id];
    if (configured === 'off') continue;
    try {
      const ctx: CheckContext = { doc, options, shared };
      for (const draft of runCheck ? runCheck(check, ctx) : check.run(ctx)) {
        const severity: Severity = configured ?? draft.severity ?? check.defaultSeverity;
        findings.push({ ...draft, id: check.id, severity });
      }
    } catch (error) {
      // A crashing check must not take the others (or the server) down with it.
      findings.push({
        id: 'internal/check-failed',
        severity: 'warning',
        message: msg('检查 {0} 运行出错：{1}', check.id, error instanceof Error ? error.message : String(error)),
        range: { start: 0, end: 0 },
      });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.id.localeCompare(b.id));
  return { doc, findings };
}

/**
 * Applies every fix that verifies (its finding gone, nothing added, nothing changed outside its edits)
 * until none is left, and returns the new text, its analysis and the fixes applied. What the CLI's --fix
 * and the editor's fix-all run; a second call on the result changes nothing.
 */
export function applySafeFixes(
  text: string,
  options: AnalyzeOptions = {},
  fixOptions: SafeFixOptions = {},
  initial?: Analysis,
  reanalyze: (text: string) => Analysis = (next) => analyze(next, options),
): SafeFixResult {
  return applyVerifiedFixes(text, reanalyze, fixOptions, initial);
}

/**
 * The analysis with every fix's `safe` mark decided by trying it: a fix a check proposes as safe stays
 * safe only when applying it alone verifies. `which` limits the (costly) trials to some findings; the
 * fixes of the others are marked unsafe. The analysis passed in is not changed.
 */
export function verifiedFixes(
  text: string,
  analysis: Analysis,
  options: AnalyzeOptions = {},
  which?: (finding: Finding, index: number) => boolean,
  reanalyze: (text: string) => Analysis = (next) => analyze(next, options),
): Analysis {
  const before = { text, analysis };
  const findings = analysis.findings.map((finding, index) => {
    if (!finding.fixes?.some((f) => f.safe)) return finding;
    const tried = !which || which(finding, index);
    const fixes = finding.fixes.map((fix) => (fix.safe ? { ...fix, safe: tried && verifyFix(before, finding, fix, reanalyze).ok } : fix));
    return { ...finding, fixes };
  });
  return { ...analysis, findings };
}

export type { AppliedFix, SafeFixOptions, SafeFixResult } from './features/fixes';
export { ALL_CHECKS } from './checks';
export {
  concat,
  joinWith,
  joinList,
  msg,
  nameList,
  renderMessage,
  sentence,
  tableName,
  translator,
  uiLanguage,
  type KeyedMessage,
  type Message,
  type MessageArg,
  type Phrase,
  type Translator,
  type UiLanguage,
} from './l10n';
export { isMessage } from './model/message';
export * from './render';
export * from './model/types';
export * from './model/text';
export * from './workspace';

// The façade: everything the language server, the CLI and the client use of the core is exported here.
export {
  createLanguageService,
  type DocumentAnalyzer,
  type LanguageService,
  type LanguageServiceOptions,
  type ReportStatus,
} from './languageService';
export { VERIFY_LENGTH_LIMIT, type FixAllRequest, type FixAllResult, type FixRequest, type QuickFixItem } from './features/codeActions';
export type { CompletionEntry, CompletionKind } from './features/completion';
export type { FoldingRangeData } from './features/folding';
export type { HoverOptions, HoverResult } from './features/hover';
export type { ValueHint } from './features/inlayHints';
export type { SymbolNode, SymbolNodeKind } from './features/outline';
export { escapeHtml, type PreviewCell, type PreviewLanguage, type PreviewResult } from './features/previewHtml';
export type { ReportSummary } from './features/reportStatus';
export type { TableLens } from './features/codeLens';
export { templateSnippet, type NewReportInput } from './features/template';
export { fingerprintFindings, type FingerprintedFinding } from './fingerprint';
export { agencyOf, cleanAgencyName } from './agency';
export { SNIFF_LENGTH, looksLikeReport } from './sniff';
export { TABLES } from './template/tables';
export { cellName, cellNameParts, rowName, type NameStyle } from './template/names';
export type { RowDef, TableTemplate, TableTemplates } from './template/types';

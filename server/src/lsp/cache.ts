// Parse once per document version: the one place that runs the core's analysis for open documents.
// Diagnostics, code actions and (later) outline, hover and formatting all read the same entry.

import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  agencyOf,
  computeLineStarts,
  type Analysis,
  type AnalyzeOptions,
  type DocumentAnalyzer,
  type Finding,
  type LanguageService,
  type ReportDocument,
} from '../service';
import { DIAGNOSTIC_SOURCE, toDiagnostic, type LineIndex } from './convert';

/** Larger documents are not analysed: no real report comes near this, and typing must stay fluid. */
export const MAX_DOCUMENT_LENGTH = 2 * 1024 * 1024;

export type EntryKind = 'report' | 'not-report' | 'too-large' | 'failed';

export interface DocumentEntry extends LineIndex {
  uri: string;
  version: number;
  kind: EntryKind;
  /** The core's result; null unless kind is 'report'. */
  analysis: Analysis | null;
  diagnostics: Diagnostic[];
  /** The text of this version, which verifying a fix re-analyses with edits applied. */
  text: string;
  /** The options the analysis ran with, for the re-analyses that verify fixes. */
  options: AnalyzeOptions;
  /** The language service that made the analysis: fixes are verified and features computed with it. */
  service: LanguageService;
  /**
   * Results derived from this version's analysis (outline, folding ranges, verified fixes), computed on
   * first request: the entry is replaced when the version changes, so nothing here is ever stale.
   */
  memo: Map<string, unknown>;
}

/** The finding a diagnostic names through its `data` (see convert.ts), if it is of this entry's version. */
export function findingOfData(entry: DocumentEntry, data: unknown): { finding: Finding; index: number } | undefined {
  const ref = (data as { finding?: { version?: unknown; index?: unknown; id?: unknown } } | null | undefined)?.finding;
  if (!ref || ref.version !== entry.version || typeof ref.index !== 'number' || !entry.analysis) return undefined;
  const finding = entry.analysis.findings[ref.index];
  return finding && finding.id === ref.id ? { finding, index: ref.index } : undefined;
}

/** The memo key under which an entry keeps the findings dismissed in .nianbao.json (not published). */
export const DISMISSED_MEMO = 'dismissed';

/** The findings of this version a reviewer dismissed (none before the analysis or without .nianbao.json). */
export function dismissedFindings(entry: DocumentEntry): readonly Finding[] {
  return (entry.memo.get(DISMISSED_MEMO) as Finding[] | undefined) ?? [];
}

/** A per-version result of the entry, computed once. */
export function memoized<T>(entry: DocumentEntry, key: string, compute: () => T): T {
  if (entry.memo.has(key)) return entry.memo.get(key) as T;
  const value = compute();
  entry.memo.set(key, value);
  return value;
}

export interface CacheHooks {
  /** Whether this document should be analysed at all (language id, sniffing, settings). */
  isReport(document: TextDocument): boolean;
  /** The language service for the current settings (a new one when they change). */
  service(): LanguageService;
  log(message: string): void;
  /** Where the checks' pages are, for the diagnostics' code links (optional). */
  docsBaseUrl?(): string | undefined;
  /** Findings that compare this document with other reports (workspace/carryover), added to its own. */
  crossDocument?(uri: string, analysis: Analysis): Finding[];
  /** Fingerprints of the findings a reviewer dismissed for this document (`.nianbao.json`): not published. */
  dismissed?(uri: string): ReadonlySet<string>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, DocumentEntry>();
  /** Bumped whenever settings change, which invalidates every entry without touching them. */
  private generation = 0;
  private readonly generations = new Map<string, number>();
  /** Per document, what earlier versions computed, so an edit re-parses only what it touched. */
  private readonly analyzers = new Map<string, DocumentAnalyzer>();

  constructor(private readonly hooks: CacheHooks) {}

  /** The entry for the document's current version, analysing it if this version has not been seen. */
  get(document: TextDocument): DocumentEntry {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && this.generations.get(document.uri) === this.generation) {
      return cached;
    }
    const entry = this.build(document);
    this.entries.set(document.uri, entry);
    this.generations.set(document.uri, this.generation);
    return entry;
  }

  /** The last entry computed for a document, whatever its version (or undefined). */
  peek(uri: string): DocumentEntry | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.generations.delete(uri);
    this.analyzers.delete(uri);
  }

  invalidateAll(): void {
    this.generation++;
    // The analyzers belong to the service of the old settings; new ones come from the current service.
    for (const analyzer of this.analyzers.values()) analyzer.forget();
    this.analyzers.clear();
  }

  private build(document: TextDocument): DocumentEntry {
    const text = document.getText();
    const service = this.hooks.service();
    const entry: DocumentEntry = {
      uri: document.uri,
      version: document.version,
      kind: 'not-report',
      analysis: null,
      diagnostics: [],
      text,
      options: service.options,
      service,
      memo: new Map(),
      lineStarts: computeLineStarts(text),
      length: text.length,
    };
    if (!this.hooks.isReport(document)) return entry;
    const { t } = service.translator;
    if (text.length > MAX_DOCUMENT_LENGTH) {
      entry.kind = 'too-large';
      entry.diagnostics = [notice('internal/too-large', t('文档超过 {0} MB，未进行检查。', MAX_DOCUMENT_LENGTH / 1024 / 1024))];
      return entry;
    }
    try {
      let analyzer = this.analyzers.get(document.uri);
      if (!analyzer) this.analyzers.set(document.uri, (analyzer = service.documentAnalyzer()));
      const analysis = analyzer.analyze(text);
      entry.analysis = analysis;
      entry.kind = 'report';
      // Fingerprinted as the CLI does: the report's own findings in the core's order, then the
      // year-over-year ones apart (they always name their cell), so both sides agree on every fingerprint.
      const prints = new Map<Finding, string>();
      const own = service.fingerprints(analysis.doc, analysis.findings);
      analysis.findings.forEach((finding, i) => prints.set(finding, own[i]!.fingerprint));
      const across = this.hooks.crossDocument?.(document.uri, analysis) ?? [];
      const anchorOnly = { text: '', sections: [] } as unknown as ReportDocument;
      service
        .fingerprints(anchorOnly, across, agencyOf(analysis.doc), analysis.doc.year)
        .forEach((p, i) => prints.set(across[i]!, p.fingerprint));
      if (across.length > 0) {
        analysis.findings.push(...across);
        analysis.findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.id.localeCompare(b.id));
      }
      const docsBaseUrl = this.hooks.docsBaseUrl?.();
      const dismissed = this.hooks.dismissed?.(document.uri);
      const dismissedFindings: Finding[] = [];
      entry.memo.set(DISMISSED_MEMO, dismissedFindings);
      analysis.findings.forEach((finding, index) => {
        const fingerprint = prints.get(finding);
        // A dismissed finding stays in the analysis (fixes are verified against all findings) but is not shown.
        if (fingerprint !== undefined && dismissed?.has(fingerprint)) {
          dismissedFindings.push(finding);
          return;
        }
        entry.diagnostics.push(
          toDiagnostic(document.uri, entry, finding, entry.service.language, docsBaseUrl, {
            version: document.version,
            index,
            fingerprint,
          }),
        );
      });
    } catch (error) {
      // The core promises not to throw; if it does anyway, say so once instead of going silent.
      this.hooks.log(
        `analysis of ${document.uri} v${document.version} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      entry.kind = 'failed';
      entry.analysis = null;
      entry.diagnostics = [notice('internal/analysis-failed', t('内部错误：本文档未能完成检查，详情见“输出”面板。'))];
    }
    return entry;
  }
}

function notice(code: string, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

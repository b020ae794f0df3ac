// Renders the results of `nianbao check` as they arrive, file by file in input order: a linter-style text
// listing (or a one-line-per-report summary), the JSON shape of DESIGN.md (LSP-style 0-based lines and UTF-16
// characters) and SARIF 2.1.0 for code-scanning tools. Each writer holds only what its closing part needs.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ALL_CHECKS,
  CROSS_DOCUMENT_CHECKS,
  positionAt,
  agencyOf,
  cleanAgencyName,
  renderData,
  renderFinding,
  renderMessage,
  translator,
  type RenderedFinding,
  type Translator,
  type UiLanguage,
  type Position,
  type Finding,
  type FormatId,
  type ReportDocument,
  type Severity,
  type Span,
  type TableKind,
  type TableReadState,
} from '../service';
import { sarifSourceLocation, type FindingSource } from '../import/findingSource';
import { shortLocation } from '../import/locate';
import type { AppliedChange } from './fix';

export interface RunProblem {
  display: string;
  message: string;
}

export interface ReportSummary {
  year: number | null;
  agency: string | null;
  format: FormatId | null;
}

/** The per-table read state as the CLI prints it (the core's `TableStatus` without the parsed table). */
export interface TableStatusOut {
  table: TableKind;
  state: TableReadState;
  rows: string[];
  reason?: string;
}

/** Agency names are cleaned in the core, the same way for the CLI's columns and for fingerprints. */
export const cleanAgency = cleanAgencyName;

/** The report facts the CLI prints for each file: year, agency and the format the year calls for. */
export function reportSummary(doc: ReportDocument): ReportSummary {
  const fallbackFormat = doc.tableFormat === 'mixed' ? null : doc.tableFormat;
  return {
    year: doc.year,
    agency: agencyOf(doc),
    format: doc.expectedFormat ?? fallbackFormat ?? null,
  };
}

export function tableStatusOf(doc: ReportDocument, language: UiLanguage = 'zh-cn'): TableStatusOut[] {
  return doc.tableStatus.map((s) => ({
    table: s.kind,
    state: s.state,
    rows: [...s.rows],
    ...(s.reason ? { reason: renderMessage(s.reason, language) } : {}),
  }));
}

/** Tables that are not read in full cannot be assessed: every state but `read`. */
export function tablesNotAssessable(status: readonly TableStatusOut[]): number {
  return status.filter((s) => s.state !== 'read').length;
}

export interface RangeOut {
  start: Position;
  end: Position;
}

/** A finding with its positions resolved, ready for every output format (and small enough to pass between threads). */
export interface FindingOut {
  id: string;
  severity: Severity;
  message: string;
  range: RangeOut;
  /** `uri` is set for a location in another report (workspace/carryover); the range is then in that report. */
  related: Array<{ range: RangeOut; message: string; uri?: string }>;
  fixes: Array<{ title: string; safe: boolean; edits: Array<{ range: RangeOut; newText: string }> }>;
  data?: Finding['data'];
  /** Stable across runs and edits elsewhere (service/fingerprint.ts). */
  fingerprint: string;
  /** In a PDF, web page or Word file: where the finding stands in that file (page and position for PDF). */
  source?: FindingSource;
}

function lspRange(doc: ReportDocument, span: Span): RangeOut {
  const clamp = (offset: number) => Math.min(Math.max(0, offset), doc.text.length);
  return { start: positionAt(doc.lineStarts, clamp(span.start)), end: positionAt(doc.lineStarts, clamp(Math.max(span.start, span.end))) };
}

/** A related location: in this report (its range resolved by `resolve`), or in another one, which brings its own. */
function relatedOut(
  related: NonNullable<RenderedFinding['related']>[number],
  resolve: (span: Span) => RangeOut,
): FindingOut['related'][number] {
  if (related.document)
    return { range: { start: related.document.start, end: related.document.end }, message: related.message, uri: related.document.uri };
  return { range: resolve(related.range), message: related.message };
}

/**
 * A cross-document finding (workspace/carryover) made after its report was processed: its own range is
 * given as line/character (`range`), since the report's text is no longer at hand; it has no fixes.
 */
export function laterFindingOut(finding: Finding, range: RangeOut, fingerprint: string, language: UiLanguage): FindingOut {
  return {
    id: finding.id,
    severity: finding.severity,
    message: renderMessage(finding.message, language),
    range,
    related: (finding.related ?? []).map((r) => relatedOut({ ...r, message: renderMessage(r.message, language) }, () => range)),
    fixes: [],
    ...(finding.data ? { data: renderData(finding.data, language) } : {}),
    fingerprint,
  };
}

export function findingOut(doc: ReportDocument, finding: Finding, fingerprint: string, language: UiLanguage): FindingOut {
  const rendered = renderFinding(finding, language);
  return {
    id: finding.id,
    severity: finding.severity,
    message: rendered.message,
    range: lspRange(doc, finding.range),
    related: (rendered.related ?? []).map((r) => relatedOut(r, (span) => lspRange(doc, span))),
    fixes: (rendered.fixes ?? []).map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      edits: fix.edits.map((e) => ({ range: lspRange(doc, e.range), newText: e.newText })),
    })),
    // The cell a table finding is about ({"table":"t3","cell":"t3.r7.np"}), for reviewers' scripts.
    ...(rendered.data ? { data: rendered.data } : {}),
    fingerprint,
  };
}

/** One checked file as the writers see it. */
export interface CheckedFile {
  display: string;
  absolute: string;
  report: ReportSummary;
  tableStatus: TableStatusOut[];
  findings: FindingOut[];
  /** Fixes applied (or, with --dry-run, that would be). */
  changes: AppliedChange[];
  /** The unified diff of the fixes, with --dry-run. */
  diff: string;
  /** Safe fixes were written back to the file. */
  fixed: boolean;
}

export interface CheckTotals {
  files: number;
  severities: Record<Severity, number>;
  tablesNotAssessable: number;
  fixedFiles: number;
  /** Files that could not be read or checked. */
  problems: number;
  /** Findings per check id, for the summary's ten most frequent. */
  byCheck: Map<string, number>;
  /** Findings already in the baseline, left out of the output. */
  baselined: number;
  /** Findings dismissed in .nianbao.json, left out of the output. */
  dismissed: number;
}

export function emptyTotals(): CheckTotals {
  return {
    files: 0,
    severities: { error: 0, warning: 0, information: 0, hint: 0 },
    tablesNotAssessable: 0,
    fixedFiles: 0,
    problems: 0,
    byCheck: new Map(),
    baselined: 0,
    dismissed: 0,
  };
}

export function addToTotals(totals: CheckTotals, file: CheckedFile): void {
  totals.files++;
  for (const finding of file.findings) {
    totals.severities[finding.severity]++;
    totals.byCheck.set(finding.id, (totals.byCheck.get(finding.id) ?? 0) + 1);
  }
  totals.tablesNotAssessable += tablesNotAssessable(file.tableStatus);
  if (file.fixed) totals.fixedFiles++;
}

/** A streaming writer: its opening, one part per file in input order, and its closing. */
export interface CheckWriter {
  begin(): string;
  file(file: CheckedFile): string;
  /**
   * Findings on a file already written that could only be made once every file was read (workspace/carryover
   * compares reports of consecutive years): `file.findings` holds just those. Called after the last file().
   */
  later(file: CheckedFile): string;
  end(totals: CheckTotals, problems: RunProblem[]): string;
}

/** Adds findings made after their file was counted (see CheckWriter.later) to the totals. */
export function addLaterToTotals(totals: CheckTotals, findings: readonly FindingOut[]): void {
  for (const finding of findings) {
    totals.severities[finding.severity]++;
    totals.byCheck.set(finding.id, (totals.byCheck.get(finding.id) ?? 0) + 1);
  }
}

function findingLine(tr: Translator, file: CheckedFile, finding: FindingOut): string {
  const at = finding.range.start;
  // A finding in an imported file is placed in that file (its page, source line or table row).
  const where = finding.source ? tr.render(shortLocation(finding.source)) : `${at.line + 1}:${at.character + 1}`;
  return `${file.display}:${where}  ${finding.severity}  ${oneLine(finding.message)}  [${finding.id}]`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The closing line(s) of a text run, in the language of the run; the English is phrased as counts so it needs no plurals. */
export function summaryLine(tr: Translator, totals: CheckTotals): string {
  const infos = totals.severities.information + totals.severities.hint;
  const parts = [
    tr.t('检查了 {0} 个文件：{1} 个错误，{2} 个警告，{3} 个提示', totals.files, totals.severities.error, totals.severities.warning, infos),
  ];
  if (totals.tablesNotAssessable > 0) parts.push(tr.t('{0} 张表格无法核对', totals.tablesNotAssessable));
  if (totals.baselined > 0) parts.push(tr.t('{0} 个已在基线中的问题未列出', totals.baselined));
  if (totals.dismissed > 0) parts.push(tr.t('{0} 个已忽略的问题未列出', totals.dismissed));
  if (totals.fixedFiles > 0) parts.push(tr.t('修复并写回 {0} 个文件', totals.fixedFiles));
  if (totals.problems > 0) parts.push(tr.t('{0} 个文件无法读取', totals.problems));
  return parts.join(tr.t('；'));
}

function changeLines(tr: Translator, file: CheckedFile, applied: boolean): string[] {
  if (file.changes.length === 0) return [];
  const lines = [
    applied ? tr.t('{0}：已修复 {1} 处', file.display, file.changes.length) : tr.t('{0}：将修复 {1} 处', file.display, file.changes.length),
  ];
  for (const change of file.changes) lines.push(`  ${file.display}:${change.line}  ${oneLine(change.title)}  [${change.id}]`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// text

export function textWriter(options: { fix: boolean; dryRun: boolean }, language: UiLanguage): CheckWriter {
  const tr = translator(language);
  let wroteFindings = false;
  return {
    begin: () => '',
    file(file) {
      const lines: string[] = [];
      for (const finding of file.findings) lines.push(findingLine(tr, file, finding));
      if (options.fix) lines.push(...changeLines(tr, file, !options.dryRun));
      if (options.dryRun && file.diff) lines.push(file.diff.replace(/\n$/, ''));
      if (lines.length > 0) wroteFindings = true;
      return lines.length ? `${lines.join('\n')}\n` : '';
    },
    later(file) {
      if (file.findings.length === 0) return '';
      wroteFindings = true;
      return `${file.findings.map((f) => findingLine(tr, file, f)).join('\n')}\n`;
    },
    end(totals) {
      return `${wroteFindings ? '\n' : ''}${summaryLine(tr, totals)}\n`;
    },
  };
}

/** Width of a text in a terminal: CJK characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(c)
      ? 2
      : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `--summary`: one line per report, then totals and the ten most frequent check ids. */
export function summaryWriter(options: { fix: boolean; dryRun: boolean }, language: UiLanguage): CheckWriter {
  const tr = translator(language);
  let laterHeading = false;
  const widths = [28, 6, 6, 6, 6, 8];
  const row = (cells: string[], display: string) => `${cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' ')} ${display}`;
  return {
    begin: () => `${row([tr.t('机关'), tr.t('年度'), tr.t('格式'), tr.t('错误'), tr.t('警告'), tr.t('无法核对')], tr.t('文件'))}\n`,
    file(file) {
      const errors = file.findings.filter((f) => f.severity === 'error').length;
      const warnings = file.findings.filter((f) => f.severity === 'warning').length;
      const line = row(
        [
          file.report.agency ?? '?',
          String(file.report.year ?? '?'),
          file.report.format ?? '?',
          String(errors),
          String(warnings),
          String(tablesNotAssessable(file.tableStatus)),
        ],
        file.display,
      );
      const extra = options.fix ? changeLines(tr, file, !options.dryRun) : [];
      return `${[line, ...extra].join('\n')}\n`;
    },
    // One line per report is written already: the findings across reports get lines of their own after the
    // table (per report and check), and the totals below count them.
    later(file) {
      if (file.findings.length === 0) return '';
      const byCheck = new Map<string, number>();
      for (const finding of file.findings) byCheck.set(finding.id, (byCheck.get(finding.id) ?? 0) + 1);
      const lines = [...byCheck.entries()].map(([id, count]) => `  ${file.display}  ${tr.t('{0} 个问题', count)}  [${id}]`);
      const heading = laterHeading ? [] : ['', tr.t('跨报告核对（读完所有报告后得出）：')];
      laterHeading = true;
      return `${[...heading, ...lines].join('\n')}\n`;
    },
    end(totals) {
      const lines = ['', summaryLine(tr, totals)];
      const top = [...totals.byCheck.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
      if (top.length > 0) {
        lines.push(tr.t('最常见的检查：'));
        const width = Math.max(...top.map(([id]) => id.length));
        for (const [id, count] of top) lines.push(`  ${id.padEnd(width)}  ${count}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// json

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

export function jsonWriter(): CheckWriter {
  let first = true;
  const later: Array<{ path: string; findings: FindingOut[] }> = [];
  return {
    begin: () => '{\n  "files": [',
    file(file) {
      const entry = {
        path: file.display,
        report: file.report,
        tables: file.tableStatus,
        findings: file.findings,
        ...(file.changes.length ? { changes: file.changes } : {}),
      };
      const text = `${first ? '' : ','}\n    ${indent(JSON.stringify(entry, null, 2), '    ')}`;
      first = false;
      return text;
    },
    later(file) {
      if (file.findings.length > 0) later.push({ path: file.display, findings: file.findings });
      return '';
    },
    // Findings made across files (workspace/carryover) follow the files, by path, once all were read.
    end: () => `${first ? '' : '\n  '}]${later.length ? `,\n  "crossDocument": ${indent(JSON.stringify(later, null, 2), '  ')}` : ''}\n}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// sarif

type SarifLevel = 'error' | 'warning' | 'note';

function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(range: RangeOut) {
  // SARIF counts from 1; its endColumn is the column just after the last character, as LSP's end is.
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/**
 * SARIF written as it goes: the results array first (JSON object members have no order), then the
 * artifacts, the rules met and the invocation, which are small and known only at the end.
 */
export function sarifWriter(cwd: string, version: string, language: UiLanguage): CheckWriter {
  const rules: Array<Record<string, unknown>> = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (id: string, description: string, severity: Severity) => {
    if (ruleIndex.has(id)) return;
    ruleIndex.set(id, rules.length);
    rules.push({
      id,
      name: id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: description || id },
      defaultConfiguration: { level: sarifLevel(severity) },
    });
  };
  for (const check of [...ALL_CHECKS, ...CROSS_DOCUMENT_CHECKS])
    addRule(check.id, renderMessage(check.description, language), check.defaultSeverity);
  const artifacts: Array<Record<string, unknown>> = [];
  /** Each file's artifact location, for findings on it made after it was written. */
  const locations = new Map<string, ArtifactLocation>();
  const base = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
  let firstResult = true;

  const results = (file: CheckedFile, location: ArtifactLocation): string => {
    let out = '';
    for (const finding of file.findings) {
      addRule(finding.id, finding.id, finding.severity);
      const result: Record<string, unknown> = {
        ruleId: finding.id,
        ruleIndex: ruleIndex.get(finding.id),
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [
          finding.source
            ? sarifSourceLocation(finding.source, location)
            : { physicalLocation: { artifactLocation: location, region: region(finding.range) } },
        ],
        partialFingerprints: { 'nianbao/v1': finding.fingerprint },
      };
      // In an imported file, related places and fixes are in the draft made of it, not in the file itself.
      if (finding.related.length && !finding.source) {
        result.relatedLocations = finding.related.map((related, id) => ({
          id,
          message: { text: related.message },
          // A location in another report (workspace/carryover) names that report by its URI.
          physicalLocation: { artifactLocation: related.uri ? { uri: related.uri } : location, region: region(related.range) },
        }));
      }
      if (finding.fixes.length && !finding.source) {
        result.fixes = finding.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
            },
          ],
        }));
      }
      if (finding.data !== undefined) result.properties = { data: finding.data };
      out += `${firstResult ? '' : ','}\n        ${JSON.stringify(result)}`;
      firstResult = false;
    }
    return out;
  };

  return {
    begin: () =>
      `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "originalUriBaseIds": ${JSON.stringify({ SRCROOT: { uri: base } })},\n      "results": [`,
    file(file) {
      const relative = path.relative(cwd, file.absolute);
      const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
      const index = artifacts.length;
      const location: ArtifactLocation = inside
        ? { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT', index }
        : { uri: pathToFileURL(file.absolute).href, index };
      const { index: _index, ...artifactLocation } = location;
      artifacts.push({ location: artifactLocation, properties: { report: file.report, tableStatus: file.tableStatus } });
      locations.set(file.absolute, location);
      return results(file, location);
    },
    later(file) {
      const location = locations.get(file.absolute);
      return location ? results(file, location) : '';
    },
    end(_totals, problems) {
      const tail = {
        tool: { driver: { name: 'nianbao', version, semanticVersion: version, rules } },
        artifacts,
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: `${p.display}: ${p.message}` } })),
          },
        ],
      };
      const members = Object.entries(tail).map(
        ([key, value]) => `      ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '      ')}`,
      );
      return `${firstResult ? '' : '\n      '}],\n${members.join(',\n')}\n    }\n  ]\n}\n`;
    },
  };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index: number;
}

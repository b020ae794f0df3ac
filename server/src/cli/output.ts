// Renders the results of `nianbao check`: a linter-style text listing, the JSON shape of DESIGN.md
// (LSP-style 0-based lines and UTF-16 characters) and SARIF 2.1.0 for code-scanning tools.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../service';
import { ALL_CHECKS } from '../service';
import { positionAt, type Position } from '../service/model/text';
import type { Finding, FormatId, ReportDocument, Severity, Span } from '../service/model/types';
import { t } from '../service/l10n';
import { findingSource, findingSourceShort, sarifSourceLocation, type ImportedSource } from '../import/findingSource';

export interface CheckedFile {
  display: string;
  absolute: string;
  text: string;
  lineStarts: number[];
  analysis: Analysis;
  /** Safe fixes were written back to the file. */
  fixed: boolean;
  /** Read from a PDF, web page or Word file: findings are also placed in that file. */
  imported?: ImportedSource;
}

export interface RunProblem {
  display: string;
  message: string;
}

export interface ReportSummary {
  year: number | null;
  agency: string | null;
  format: FormatId | null;
}

/** The report facts the CLI prints for each file: year, agency and the format the year calls for. */
export function reportSummary(doc: ReportDocument): ReportSummary {
  const fallbackFormat = doc.tableFormat === 'mixed' ? null : doc.tableFormat;
  return {
    year: doc.year,
    agency: doc.title?.agency ?? doc.signature?.agency ?? null,
    format: doc.expectedFormat ?? fallbackFormat ?? null,
  };
}

function position(file: CheckedFile, offset: number): Position {
  return positionAt(file.lineStarts, Math.min(Math.max(0, offset), file.text.length));
}

function lspRange(file: CheckedFile, span: Span): { start: Position; end: Position } {
  return { start: position(file, span.start), end: position(file, Math.max(span.start, span.end)) };
}

export function countBySeverity(files: CheckedFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) for (const finding of file.analysis.findings) counts[finding.severity]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// text

export function formatText(files: CheckedFile[], problems: RunProblem[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const finding of file.analysis.findings) {
      const at = position(file, finding.range.start);
      const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
      // An imported file is pointed into where the finding stands in it (page, source line, table row).
      const where = (file.imported && findingSourceShort(file.imported, finding.range)) || `${at.line + 1}:${at.character + 1}`;
      lines.push(`${file.display}:${where}  ${finding.severity}  ${message}  [${finding.id}]`);
    }
  }
  const counts = countBySeverity(files);
  const infos = counts.information + counts.hint;
  const fixed = files.filter((f) => f.fixed).length;
  // One line in the language of the run; the English is phrased as counts so that it needs no plurals.
  const parts = [t('检查了 {0} 个文件：{1} 个错误，{2} 个警告，{3} 个提示', files.length, counts.error, counts.warning, infos)];
  if (fixed > 0) parts.push(t('修复并写回 {0} 个文件', fixed));
  if (problems.length > 0) parts.push(t('{0} 个文件无法读取', problems.length));
  if (lines.length > 0) lines.push('');
  lines.push(parts.join(t('；')));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// json

export function findingToJson(file: CheckedFile, finding: Finding) {
  return {
    id: finding.id,
    severity: finding.severity,
    message: finding.message,
    range: lspRange(file, finding.range),
    related: (finding.related ?? []).map((r) => ({ range: lspRange(file, r.range), message: r.message })),
    fixes: (finding.fixes ?? []).map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      edits: fix.edits.map((e) => ({ range: lspRange(file, e.range), newText: e.newText })),
    })),
    // The cell a table finding is about ({"table":"t3","cell":"t3.r7.np"}), for reviewers' scripts.
    ...(finding.data ? { data: finding.data } : {}),
    // Where the finding stands in the PDF, web page or Word file the draft was read from.
    ...(file.imported ? { source: findingSource(file.imported, finding.range) } : {}),
  };
}

export function formatJson(files: CheckedFile[]): string {
  const out = {
    files: files.map((file) => ({
      path: file.display,
      report: reportSummary(file.analysis.doc),
      findings: file.analysis.findings.map((f) => findingToJson(file, f)),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// sarif

type SarifLevel = 'error' | 'warning' | 'note';

function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

interface ArtifactRef {
  uri: string;
  uriBaseId?: string;
  index: number;
}

function region(file: CheckedFile, span: Span) {
  const range = lspRange(file, span);
  // SARIF counts from 1; its endColumn is the column just after the last character, as LSP's end is.
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function formatSarif(files: CheckedFile[], problems: RunProblem[], cwd: string, version: string): string {
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
  for (const check of ALL_CHECKS) addRule(check.id, check.description, check.defaultSeverity);
  for (const file of files) for (const finding of file.analysis.findings) addRule(finding.id, finding.id, finding.severity);

  const artifacts: Array<Record<string, unknown>> = [];
  const refs = new Map<CheckedFile, ArtifactRef>();
  const base = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
  for (const file of files) {
    const relative = path.relative(cwd, file.absolute);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    const ref: ArtifactRef = inside
      ? { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT', index: artifacts.length }
      : { uri: pathToFileURL(file.absolute).href, index: artifacts.length };
    refs.set(file, ref);
    artifacts.push({ location: { uri: ref.uri, ...(ref.uriBaseId ? { uriBaseId: ref.uriBaseId } : {}) } });
  }
  const location = (ref: ArtifactRef) => ({ uri: ref.uri, ...(ref.uriBaseId ? { uriBaseId: ref.uriBaseId } : {}), index: ref.index });

  const results: Array<Record<string, unknown>> = [];
  for (const file of files) {
    const ref = refs.get(file)!;
    for (const finding of file.analysis.findings) {
      const result: Record<string, unknown> = {
        ruleId: finding.id,
        ruleIndex: ruleIndex.get(finding.id),
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [
          file.imported
            ? sarifSourceLocation(file.imported, finding.range, location(ref))
            : { physicalLocation: { artifactLocation: location(ref), region: region(file, finding.range) } },
        ],
      };
      if (finding.related?.length && !file.imported) {
        result.relatedLocations = finding.related.map((related, id) => ({
          id,
          message: { text: related.message },
          physicalLocation: { artifactLocation: location(ref), region: region(file, related.range) },
        }));
      }
      // An imported file's fixes edit the draft, not the published file, so they are not offered on it.
      if (finding.fixes?.length && !file.imported) {
        result.fixes = finding.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: location(ref),
              replacements: fix.edits.map((edit) => ({ deletedRegion: region(file, edit.range), insertedContent: { text: edit.newText } })),
            },
          ],
        }));
      }
      if (finding.data !== undefined) result.properties = { data: finding.data };
      results.push(result);
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'nianbao', version, semanticVersion: version, rules } },
        originalUriBaseIds: { SRCROOT: { uri: base } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: `${p.display}: ${p.message}` } })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

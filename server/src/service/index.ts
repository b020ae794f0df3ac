// The pure core's entry point: parse a draft once, run every check, and hand the result to the
// language server and the CLI alike. No IO, no LSP, no vscode here.

import { ALL_CHECKS } from './checks';
import type { AnalyzeOptions, Finding, ReportDocument, Severity } from './model/types';
import { parseReport } from './parse';

export interface Analysis {
  doc: ReportDocument;
  findings: Finding[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = parseReport(text, options);
  const findings: Finding[] = [];
  for (const check of ALL_CHECKS) {
    const configured = options.severities?.[check.id];
    if (configured === 'off') continue;
    try {
      for (const draft of check.run({ doc, options })) {
        const severity: Severity = configured ?? draft.severity ?? check.defaultSeverity;
        findings.push({ ...draft, id: check.id, severity });
      }
    } catch (error) {
      // A crashing check must not take the others (or the server) down with it.
      findings.push({
        id: 'internal/check-failed',
        severity: 'warning',
        message: `检查 ${check.id} 运行出错：${error instanceof Error ? error.message : String(error)}`,
        range: { start: 0, end: 0 },
      });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.id.localeCompare(b.id));
  return { doc, findings };
}

export { ALL_CHECKS } from './checks';
export * from './model/types';
export * from './model/text';

// What the status bar item says, computed from a document's diagnostics: the counts of this extension's
// errors and warnings. Pure (severities as numbers, as vscode.DiagnosticSeverity defines them).

/** vscode.DiagnosticSeverity.Error and .Warning. */
const ERROR = 0;
const WARNING = 1;

export interface FindingCounts {
  errors: number;
  warnings: number;
  /** Information and hints. */
  others: number;
}

export function countFindings(diagnostics: ReadonlyArray<{ source?: string; severity: number }>, source = 'nianbao'): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, others: 0 };
  for (const d of diagnostics) {
    if (d.source !== source) continue;
    if (d.severity === ERROR) counts.errors++;
    else if (d.severity === WARNING) counts.warnings++;
    else counts.others++;
  }
  return counts;
}

/**
 * The item's text with codicons, as VS Code's own problems item shows them: `年报 $(error) 2 $(warning) 1`,
 * or a check mark when there is neither an error nor a warning. `label` names the extension (translated).
 */
export function statusText(counts: FindingCounts, label: string): string {
  if (counts.errors === 0 && counts.warnings === 0) return `$(check) ${label}`;
  return `${label} $(error) ${counts.errors} $(warning) ${counts.warnings}`;
}

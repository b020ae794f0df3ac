// The shape every check module exports: its id, default severity and a pure function from a parsed
// report to findings. Severity overrides and crash isolation are applied by the runner, not here.

import type { Message } from '../model/message';
import type { AnalyzeOptions, Finding, ReportDocument, Severity } from '../model/types';

/** A finding as a check produces it: the runner fills in the id and the configured severity. */
export type FindingDraft = Omit<Finding, 'id' | 'severity'> & { severity?: Severity };

export interface CheckContext {
  doc: ReportDocument;
  options: AnalyzeOptions;
  /**
   * Results the checks of one analysis share, per document (the per-table runner hands each check a view
   * of the document): made anew by each analysis, so nothing outlives it.
   */
  shared?: WeakMap<ReportDocument, Map<string, unknown>>;
}

/** A result several checks of one analysis compute from the same document, computed once. */
export function sharedResult<T>(ctx: CheckContext, doc: ReportDocument, key: string, compute: () => T): T {
  if (!ctx.shared) return compute();
  let byKey = ctx.shared.get(doc);
  if (!byKey) ctx.shared.set(doc, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}

export interface Check {
  id: string;
  defaultSeverity: Severity;
  /** One line on what the check finds (for docs, settings and SARIF rules), rendered where it is shown. */
  description: Message;
  run(ctx: CheckContext): FindingDraft[];
}

export type { Fix, TextEdit, RelatedLocation } from '../model/types';

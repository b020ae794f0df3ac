// The CLI's side of workspace/carryover: while the files are checked one by one it keeps only each
// report's few compared numbers (ReportFacts, plain JSON, so a worker thread can send them back), and once
// all are read it gives the carry-over findings of each report. Related locations name the other report by
// its file URL; `cellPosition` gives a finding's line/character without the report's text.

import { pathToFileURL } from 'node:url';
import {
  carryoverFindings,
  reportFacts,
  type ReportFacts,
  type Position,
  type AnalyzeOptions,
  type Finding,
  type ReportDocument,
} from '../service';

/** A report's facts for the CLI: `display` names it in messages, its file URL is where related locations point. */
export function cliReportFacts(doc: ReportDocument, display: string, absolute: string): ReportFacts {
  return reportFacts(doc, { uri: pathToFileURL(absolute).href, name: display });
}

/** Where a carry-over finding on `facts`'s report stands, as 0-based line and UTF-16 character. */
export function cellPosition(facts: ReportFacts, finding: Finding): { start: Position; end: Position } | null {
  const cell = typeof finding.data?.cell === 'string' ? facts.cells[finding.data.cell] : undefined;
  return cell ? { start: { ...cell.start }, end: { ...cell.end } } : null;
}

/** Collects the reports of a run (each under a key of the caller's choosing) and compares them once all are in. */
export class CarryoverCollector<Key> {
  private readonly entries: Array<{ key: Key; facts: ReportFacts; options: AnalyzeOptions }> = [];

  add(key: Key, facts: ReportFacts, options: AnalyzeOptions): void {
    // A report without a year or an agency can match nothing; there is no need to keep it.
    if (facts.year === null || facts.agencies.length === 0) return;
    this.entries.push({ key, facts, options });
  }

  /** The reports that get carry-over findings, with them, in the order the reports were added. */
  results(): Array<{ key: Key; facts: ReportFacts; findings: Finding[] }> {
    const byYear = new Map<number, ReportFacts[]>();
    for (const { facts } of this.entries) byYear.set(facts.year!, [...(byYear.get(facts.year!) ?? []), facts]);
    const out: Array<{ key: Key; facts: ReportFacts; findings: Finding[] }> = [];
    for (const { key, facts, options } of this.entries) {
      const findings = carryoverFindings(facts, byYear.get(facts.year! - 1) ?? [], options);
      if (findings.length > 0) out.push({ key, facts, findings });
    }
    return out;
  }
}

/** Adds findings to a list kept in document order. */
export function addFindings(list: Finding[], more: Finding[]): void {
  list.push(...more);
  list.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.id.localeCompare(b.id));
}

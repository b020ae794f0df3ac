// The CLI's side of workspace/carryover: while the files are checked one by one it keeps only each
// report's few compared numbers (ReportFacts), and once all are read it adds the carry-over findings to
// the reports they concern. Related locations name the other report by its file URL.

import { pathToFileURL } from 'node:url';
import { carryoverFindings, reportFacts, type ReportFacts } from '../service/workspace';
import type { Analysis } from '../service';
import type { AnalyzeOptions } from '../service/model/types';

interface Entry {
  facts: ReportFacts;
  options: AnalyzeOptions;
  analysis: Analysis;
}

export class CarryoverCollector {
  private readonly entries: Entry[] = [];

  /** Remembers a checked report; `display` is how the user sees its path (used in messages). */
  add(analysis: Analysis, display: string, absolute: string, options: AnalyzeOptions): void {
    const facts = reportFacts(analysis.doc, { uri: pathToFileURL(absolute).href, name: display });
    // A report without a year or an agency can match nothing; there is no need to keep it.
    if (facts.year === null || facts.agencies.length === 0) return;
    this.entries.push({ facts, options, analysis });
  }

  /** Adds each report's carry-over findings to its analysis, in the order the findings are kept. */
  apply(): void {
    const byYear = new Map<number, ReportFacts[]>();
    for (const { facts } of this.entries) {
      const list = byYear.get(facts.year!);
      if (list) list.push(facts);
      else byYear.set(facts.year!, [facts]);
    }
    for (const { facts, options, analysis } of this.entries) {
      const found = carryoverFindings(facts, byYear.get(facts.year! - 1) ?? [], options);
      if (found.length === 0) continue;
      analysis.findings.push(...found);
      analysis.findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.id.localeCompare(b.id));
    }
  }
}

// Analysis of a document that changes a keystroke at a time: what an edit leaves untouched is not parsed
// again. The language server keeps one IncrementalAnalyzer per open document and asks it for each version.
//
// How it is incremental, and why it always equals a fresh analysis:
// - The line-level stages of the parser (cutting flattened lines, matching labels) keep their results by
//   the text they read, in the service's caches (caches.ts, parse/flatten.ts), relative
//   to where that text starts; after an edit only the lines it touched are worked out again, the others are
//   looked up and shifted to their new offsets. Their results depend on nothing but that text, so a hit is
//   the value a fresh computation would give.
// - The tables are read region by region, a region running from one section heading to the next (no table
//   crosses a heading): a region whose tokens are the same as in an earlier version, offsets relative to its
//   start, takes that version's tables moved to its new offsets (parse/regions.ts).
// - A version whose text and options equal a recent one (undo, redo, a save, a settings round trip) reuses
//   that version's whole analysis.
// - The per-table checks (checks/scope.ts) keep their findings on each table with the table's kept region;
//   a table reused from an earlier version whose lines of text, section and the document-wide facts those
//   checks read are the same takes the findings kept, moved to its new offsets. Every other check, and the
//   per-table checks on a table read anew, run as in a fresh analysis.
// The stages that read the whole document (which headings are sections, the document-wide checks) still
// run on every version; test/property/incremental.test.ts checks after every random edit that the
// result equals an analysis made with every table emptied.

import { analyze, type Analysis, type CheckRunner } from './index';
import type { FindingDraft } from './checks/check';
import { PER_TABLE_CHECKS } from './checks/scope';
import { clearCaches, createCaches, type AnalysisCaches } from './caches';
import { eolOf, lineOf } from './model/text';
import type { AnalyzeOptions, ReportDocument, Table } from './model/types';
import { shiftRanges, tableOrigin, type RegionCache } from './parse/regions';

interface Kept {
  text: string;
  optionsKey: string;
  analysis: Analysis;
}

/** Recent versions kept whole: enough for undo and redo of the last few keystrokes. */
const KEPT_VERSIONS = 4;

export class IncrementalAnalyzer {
  private kept: Kept[] = [];

  /**
   * An analyzer for one document, with the options its analyses use unless given others, and the caches
   * it shares with the other documents of its language service (a new set when none is given).
   */
  constructor(
    private readonly options: AnalyzeOptions = {},
    private readonly caches: AnalysisCaches = createCaches(),
  ) {}

  /** The analysis of this text, reusing what earlier versions computed. */
  analyze(text: string, options: AnalyzeOptions = this.options): Analysis {
    const optionsKey = JSON.stringify(options);
    const index = this.kept.findIndex((k) => k.text === text && k.optionsKey === optionsKey);
    if (index >= 0) {
      const [hit] = this.kept.splice(index, 1);
      this.kept.unshift(hit!);
      return hit!.analysis;
    }
    const regions = this.caches.regions;
    const parse = { regions, indexes: this.caches.indexes };
    const analysis = analyze(text, options, { parse, runCheck: perTableReuse(optionsKey, regions) });
    this.kept.unshift({ text, optionsKey, analysis });
    if (this.kept.length > KEPT_VERSIONS) this.kept.length = KEPT_VERSIONS;
    return analysis;
  }

  /** Drops the versions kept (a closed document, changed settings). */
  forget(): void {
    this.kept = [];
  }

  /**
   * Empties the caches this analyzer reads (shared with its service's other documents); what is computed
   * afterwards is computed from nothing.
   */
  clearCaches(): void {
    clearCaches(this.caches);
  }
}

interface KeptFindings {
  /** The table's lines of text (and the line after it) when the findings were made. */
  lines: string;
  /** The check's findings on the table, offsets relative to the kept region's origin. */
  drafts: FindingDraft[];
}

/**
 * A check runner that runs each per-table check table by table, on a view of the document holding only
 * that table, and reuses the findings kept for a table whose inputs are unchanged.
 */
function perTableReuse(optionsKey: string, regions: RegionCache): CheckRunner {
  const views = new Map<Table, ReportDocument>();
  return (check, ctx) => {
    if (!PER_TABLE_CHECKS.has(check.id)) return check.run(ctx);
    const { doc } = ctx;
    // What a per-table check may read besides its table (checks/scope.ts).
    const context = [check.id, doc.year ?? '', doc.expectedFormat ?? '', eolOf(doc.text), optionsKey].join('\u0001');
    const out: FindingDraft[] = [];
    for (const table of doc.tables) {
      let view = views.get(table);
      if (!view) views.set(table, (view = { ...doc, tables: [table] }));
      const origin = tableOrigin(table, regions);
      if (!origin) {
        out.push(...check.run({ ...ctx, doc: view }));
        continue;
      }
      const key = `${context}\u0001${table.section ?? ''}\u0001${table.status}\u0001${JSON.stringify(table.unreadableReason ?? null)}`;
      const lines = linesOf(doc, table);
      const kept = origin.memo.get(key) as KeptFindings | undefined;
      if (kept && kept.lines === lines) {
        out.push(...shiftRanges(kept.drafts, origin.shift));
        continue;
      }
      const drafts = check.run({ ...ctx, doc: view });
      origin.memo.set(key, { lines, drafts: shiftRanges(drafts, -origin.shift) } satisfies KeptFindings);
      out.push(...drafts);
    }
    return out;
  };
}

/** The text of the lines a table covers and of the line after it (where a missing row may be inserted). */
function linesOf(doc: ReportDocument, table: Table): string {
  const starts = doc.lineStarts;
  const first = starts[lineOf(starts, table.range.start)] ?? 0;
  const afterLast = lineOf(starts, table.range.end) + 2;
  const end = afterLast < starts.length ? starts[afterLast]! : doc.text.length;
  return doc.text.slice(first, end);
}

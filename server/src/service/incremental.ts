// Analysis of a document that changes a keystroke at a time: what an edit leaves untouched is not parsed
// again. The language server keeps one IncrementalAnalyzer per open document and asks it for each version.
//
// How it is incremental, and why it always equals a fresh analysis:
// - The line-level stages of the parser (cutting flattened lines, classifying cells, normalising and
//   matching labels) keep their results by the text they read (parse/memo.ts, parse/flatten.ts), relative
//   to where that text starts; after an edit only the lines it touched are worked out again, the others are
//   looked up and shifted to their new offsets. Their results depend on nothing but that text, so a hit is
//   the value a fresh computation would give.
// - The tables are read region by region, a region running from one section heading to the next (no table
//   crosses a heading): a region whose tokens are the same as in an earlier version, offsets relative to its
//   start, takes that version's tables moved to its new offsets (parse/regions.ts).
// - A version whose text and options equal a recent one (undo, redo, a save, a settings round trip) reuses
//   that version's whole analysis.
// The stages that read the whole document (which headings are sections, the checks) still run on every
// version; test/property/incremental.test.ts checks after every random edit that the
// result equals an analysis made with every table emptied.

import { analyze, type Analysis } from './index';
import { setLanguage } from './l10n';
import type { AnalyzeOptions } from './model/types';
import { clearMemoTables } from './parse/memo';
import { withRegionReuse } from './parse/regions';

interface Kept {
  text: string;
  optionsKey: string;
  analysis: Analysis;
}

/** Recent versions kept whole: enough for undo and redo of the last few keystrokes. */
const KEPT_VERSIONS = 4;

export class IncrementalAnalyzer {
  private kept: Kept[] = [];

  /** The analysis of this text, reusing what earlier versions computed. */
  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const optionsKey = JSON.stringify(options);
    const index = this.kept.findIndex((k) => k.text === text && k.optionsKey === optionsKey);
    if (index >= 0) {
      const [hit] = this.kept.splice(index, 1);
      this.kept.unshift(hit!);
      // A fresh analysis leaves its language in force for the messages written after it; so does a reuse.
      setLanguage(hit!.analysis.language ?? 'zh-cn');
      return hit!.analysis;
    }
    const analysis = withRegionReuse(() => analyze(text, options));
    this.kept.unshift({ text, optionsKey, analysis });
    if (this.kept.length > KEPT_VERSIONS) this.kept.length = KEPT_VERSIONS;
    return analysis;
  }

  /** Drops the versions kept (a closed document, changed settings). */
  forget(): void {
    this.kept = [];
  }
}

/** Empties the parser's tables of line results; what is computed afterwards is computed from nothing. */
export function resetIncrementalState(): void {
  clearMemoTables();
}

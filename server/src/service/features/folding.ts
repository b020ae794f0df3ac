// Folding ranges by line: each section from its heading to its last line of text, each sub-heading to
// the line before the next one, and each table from its first to its last line.

import type { ReportDocument, Span } from '../model/types';
import { lineOf } from '../model/text';

export interface FoldingRangeData {
  /** 0-based line of the heading or the table's first line, which stays visible when folded. */
  startLine: number;
  endLine: number;
  kind?: 'region';
}

export function foldingRanges(doc: ReportDocument): FoldingRangeData[] {
  try {
    return foldingUnsafe(doc);
  } catch {
    // Folding is a convenience: on an input nobody foresaw there is none rather than an error.
    return [];
  }
}

function foldingUnsafe(doc: ReportDocument): FoldingRangeData[] {
  const out: FoldingRangeData[] = [];
  const text = doc.text;
  const add = (span: Span, kind?: 'region') => {
    const end = lastContent(text, span);
    if (end === null) return;
    const startLine = lineOf(doc.lineStarts, span.start);
    const endLine = lineOf(doc.lineStarts, end);
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  for (const section of doc.sections) {
    add(section.range);
    section.subheadings.forEach((sub, i) => {
      const next = section.subheadings[i + 1];
      let end = next ? next.range.start : section.range.end;
      // A sub-heading's fold stops before a table, which folds on its own.
      for (const t of doc.tables) if (t.range.start > sub.range.end && t.range.start < end) end = t.range.start;
      add({ start: sub.range.start, end });
    });
  }
  for (const table of doc.tables) add(table.range, 'region');
  // Editors keep one range per start line: the outer one (the section) is listed first and wins.
  const seen = new Set<number>();
  return out
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine)
    .filter((r) => (seen.has(r.startLine) ? false : (seen.add(r.startLine), true)));
}

/** Offset of the last non-space character in the span, or null when there is none. */
function lastContent(text: string, span: Span): number | null {
  let end = span.end;
  while (end > span.start && /[\s\u00a0\u3000\ufeff]/.test(text.charAt(end - 1))) end--;
  return end > span.start ? end - 1 : null;
}

// The invariants the property and fuzz tests hold every analysis to: ranges inside the text and on the
// characters they quote, fixes whose edits stay inside the text. Each returns the first broken one, so a
// failing property names what broke.

import { renderMessage } from '../../server/src/service/l10n';
import type { Analysis } from '../../server/src/service';
import type { ReportDocument, Span } from '../../server/src/service';

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
}

/** What is wrong with the parsed document's ranges, or null. */
export function documentProblem(doc: ReportDocument): string | null {
  const { text } = doc;
  const n = text.length;
  for (const section of doc.sections) {
    if (!inside(section.range, n)) return `section ${section.key} range ${JSON.stringify(section.range)}`;
    const title = section.heading.title;
    if (!inside(title.range, n)) return `heading ${section.key} title range`;
    if (text.slice(title.range.start, title.range.end) !== title.text)
      return `heading ${section.key} title ${JSON.stringify(title.text)} ≠ ${JSON.stringify(text.slice(title.range.start, title.range.end))}`;
    for (const sub of section.subheadings) {
      if (!inside(sub.range, n) || !inside(sub.marker.range, n)) return `subheading range in section ${section.key}`;
      if (text.slice(sub.marker.range.start, sub.marker.range.end) !== sub.marker.text) return `subheading marker ${sub.marker.text}`;
    }
  }
  for (const table of doc.tables) {
    if (!inside(table.range, n)) return `table ${table.kind} range`;
    for (const row of table.rows) {
      if (!inside(row.range, n)) return `row ${row.id} range`;
      if (row.label) {
        if (!inside(row.label.range, n)) return `label ${row.id} range`;
        if (text.slice(row.label.range.start, row.label.range.end) !== row.label.raw)
          return `label ${row.id} ${JSON.stringify(row.label.raw)} ≠ ${JSON.stringify(text.slice(row.label.range.start, row.label.range.end))}`;
      }
    }
    for (const cell of table.cells.values()) {
      if (!inside(cell.range, n)) return `cell ${cell.id} range`;
      const quoted = text.slice(cell.range.start, cell.range.end);
      if (cell.kind === 'blank' ? quoted.trim() !== '' : quoted !== cell.raw.trim())
        return `cell ${cell.id} raw ${JSON.stringify(cell.raw)} ≠ ${JSON.stringify(quoted)}`;
      if (cell.kind === 'number' && (cell.value === null || !Number.isFinite(cell.value))) return `cell ${cell.id} number without value`;
    }
  }
  return null;
}

/** What is wrong with the analysis (its document, its findings and their fixes), or null. */
export function analysisProblem(analysis: Analysis): string | null {
  const doc = documentProblem(analysis.doc);
  if (doc) return doc;
  const n = analysis.doc.text.length;
  for (const finding of analysis.findings) {
    if (finding.id === 'internal/check-failed') return `check failed: ${renderMessage(finding.message, 'zh-cn')}`;
    if (!inside(finding.range, n)) return `finding ${finding.id} range ${JSON.stringify(finding.range)}`;
    for (const related of finding.related ?? []) if (!inside(related.range, n)) return `finding ${finding.id} related range`;
    for (const fix of finding.fixes ?? []) {
      for (const edit of fix.edits) if (!inside(edit.range, n)) return `fix of ${finding.id} edit range ${JSON.stringify(edit.range)}`;
    }
  }
  return null;
}

// table/label-variant: a row, group or column label that is a near miss of the standard one (a typo
// such as 本年度止件数 for 本年废止件数). The fix writes the standard label over exactly the label's own
// characters: stray text the parser took in with the label (a neighbouring cell's remnant) is left alone.

import type { LabelRef, Span } from '../../model/types';
import { editDistance, normalizeForMatch } from '../../parse/normalize';
import type { Check, FindingDraft } from '../check';
import { cellForLabel, tableData, templateOf } from './util';
import { t } from '../../l10n';

/** Where a label's text may be cut into cells: tabs, line breaks, wide runs of spaces. */
const CELL_BREAK = /[\t\r\n]+| {2,}|\u3000{2,}/g;

/**
 * The label's own characters within the range the parser gave it: the run of its cells (pieces between
 * tabs, line breaks or wide gaps) closest to the standard label, the longest such run on a tie. `exact`
 * when that run already reads as the standard label, so only stray neighbours made it look like a typo.
 */
export function labelCore(text: string, range: Span, standard: string): { range: Span; exact: boolean } {
  const raw = text.slice(range.start, range.end);
  const pieces: Span[] = [];
  let cursor = 0;
  for (const gap of raw.matchAll(CELL_BREAK)) {
    if (gap.index > cursor) pieces.push({ start: cursor, end: gap.index });
    cursor = gap.index + gap[0].length;
  }
  if (cursor < raw.length) pieces.push({ start: cursor, end: raw.length });
  const target = normalizeForMatch(standard);
  let best: { span: Span; distance: number } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i; j < pieces.length; j++) {
      const span = { start: pieces[i]!.start, end: pieces[j]!.end };
      const body = normalizeForMatch(raw.slice(span.start, span.end));
      const distance = editDistance(body, target, Math.max(body.length, target.length));
      const longer = best !== null && distance === best.distance && span.end - span.start > best.span.end - best.span.start;
      if (best === null || distance < best.distance || longer) best = { span, distance };
    }
  }
  if (!best) return { range, exact: false };
  return { range: { start: range.start + best.span.start, end: range.start + best.span.end }, exact: best.distance === 0 };
}

/**
 * Is the label the first part of a label a PDF copy wrapped after the row's values (`（二）部分公开（区分处理的，
 * 只计这一情形， 4 0 1 0 0 0 5` / `不计其他情形）`)? Then the next line, text alone, completes it exactly, and
 * "fixing" the first part would write the tail twice.
 */
function wrappedAfterValues(text: string, labelEnd: number, written: string, standard: string): boolean {
  const lineEnd = text.indexOf('\n', labelEnd);
  if (lineEnd < 0) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd).trim();
  if (next === '' || /[0-9０-９]/.test(next)) return false;
  return normalizeForMatch(written + next) === normalizeForMatch(standard);
}

export const tableLabelVariant: Check = {
  id: 'table/label-variant',
  defaultSeverity: 'warning',
  get description() {
    return t('表格的行标签或列标题与标准格式不一致（错字、漏字、多字）');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    const seen = new Set<number>();
    for (const table of doc.tables) {
      const template = templateOf(doc.templates, table);
      const labels: LabelRef[] = [...table.rows.map((r) => r.label).filter((l): l is LabelRef => l !== null), ...table.headers];
      for (const label of labels) {
        if (label.match !== 'typo' || seen.has(label.range.start)) continue;
        seen.add(label.range.start);
        const core = labelCore(doc.text, label.range, label.standard);
        const whole = core.range.start === label.range.start && core.range.end === label.range.end;
        // The label itself is written right; what made it look wrong belongs to a neighbouring cell.
        if (core.exact && !whole) continue;
        const written = doc.text.slice(core.range.start, core.range.end);
        if (wrappedAfterValues(doc.text, core.range.end, written, label.standard)) continue;
        findings.push({
          message: t('“{0}”与标准标签“{1}”不一致，应改为“{1}”', written.replace(/\s*\n\s*/g, ''), label.standard),
          range: core.range,
          fixes: [{ title: t('改为“{0}”', label.standard), edits: [{ range: core.range, newText: label.standard }], safe: true }],
          data: tableData(table.kind, cellForLabel(template, label.key), { label: label.key }),
        });
      }
    }
    return findings.sort((a, b) => a.range.start - b.range.start);
  },
};

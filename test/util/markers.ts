// Test drafts with inline expectations: `⟦check-id|text⟧` marks the range a finding must cover,
// `$0` a cursor. Markers may nest. This module strips them and returns the plain text and the ranges.

import type { RenderedFinding, TextEdit } from '../../server/src/service';
import { analyze, type RenderOptions } from './analyze';
import { applyEdits } from '../../server/src/service/features/apply';

export interface Marker {
  id: string;
  start: number;
  end: number;
}

export interface MarkedDraft {
  text: string;
  markers: Marker[];
  cursor: number | null;
}

const OPEN = '⟦';
const CLOSE = '⟧';

export function parseMarkers(marked: string): MarkedDraft {
  let text = '';
  const markers: Marker[] = [];
  const stack: Array<{ id: string; start: number }> = [];
  let cursor: number | null = null;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === OPEN) {
      const bar = marked.indexOf('|', i);
      if (bar < 0) throw new Error(`marker without | at ${i}`);
      stack.push({ id: marked.slice(i + 1, bar), start: text.length });
      i = bar;
    } else if (ch === CLOSE) {
      const open = stack.pop();
      if (!open) throw new Error(`unbalanced ⟧ at ${i}`);
      markers.push({ id: open.id, start: open.start, end: text.length });
    } else if (ch === '$' && marked[i + 1] === '0') {
      cursor = text.length;
      i++;
    } else {
      text += ch;
    }
  }
  if (stack.length) throw new Error('unclosed ⟦');
  markers.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  return { text, markers, cursor };
}

/** Findings as `id@start-end:text` strings, the form tests compare. */
export function describeRanges(text: string, items: Array<{ id: string; start: number; end: number }>): string[] {
  return items.map((m) => `${m.id}@${m.start}-${m.end}:${text.slice(m.start, m.end)}`).sort();
}

/**
 * Analyses the marked draft and returns the expected and actual ranges for the given check ids
 * (an id ending in `/*` covers its area), ready for `expect(actual).toEqual(expected)`.
 */
export function checkDraft(marked: string, ids: string[], options: RenderOptions = {}) {
  const draft = parseMarkers(marked);
  const analysis = analyze(draft.text, options);
  const wanted = (id: string) => ids.some((w) => (w.endsWith('/*') ? id.startsWith(w.slice(0, -1)) : id === w));
  const findings = analysis.findings.filter((f) => wanted(f.id));
  return {
    text: draft.text,
    analysis,
    findings,
    expected: describeRanges(
      draft.text,
      draft.markers.filter((m) => wanted(m.id)),
    ),
    actual: describeRanges(
      draft.text,
      findings.map((f) => ({ id: f.id, start: f.range.start, end: f.range.end })),
    ),
  };
}

/** Applies a finding's fix (by index) and returns the whole resulting text. */
export function applyFix(text: string, finding: { id: string; fixes?: Array<{ edits: TextEdit[] }> }, index = 0): string {
  const fix = finding.fixes?.[index];
  if (!fix) throw new Error(`finding ${finding.id} has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

/** Findings that still offer a fix after re-analysing the text. */
export function fixableFindings(text: string, options: RenderOptions = {}): RenderedFinding[] {
  return analyze(text, options).findings.filter((f) => (f.fixes?.length ?? 0) > 0);
}

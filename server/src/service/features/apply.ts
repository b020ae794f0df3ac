// Applies text edits to a string. Edits never overlap the text outside their own ranges.

import type { Finding, TextEdit } from '../model/types';

/** Applies non-overlapping edits; overlapping ones after the first are skipped rather than corrupting text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.range.start < cursor) continue;
    out += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  return out + text.slice(cursor);
}

/** The edits of every safe fix of the given findings that do not overlap each other, in document order. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken: Array<[number, number]> = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.safe);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) =>
      taken.some(([s, t]) => (e.range.start < t && s < e.range.end) || (e.range.start === e.range.end && e.range.start === s)),
    );
    if (overlaps) continue;
    for (const e of fix.edits) {
      chosen.push(e);
      taken.push([e.range.start, e.range.end]);
    }
  }
  return chosen;
}

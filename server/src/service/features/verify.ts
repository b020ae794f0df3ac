// Verifies that a set of edits (one fix, or several applied together) made a draft better and nothing
// else: the targeted findings are gone, no finding was added or made more severe, every cell outside the
// edits reads as before, and every cell the edits wrote satisfies each relation through it.

import type { Analysis } from '../index';
import type { Cell, Finding, Severity, Span, TextEdit } from '../model/types';
import { evaluate, relationsOf } from '../template/evaluate';

export interface Snapshot {
  text: string;
  analysis: Analysis;
}

export interface Verdict {
  ok: boolean;
  /** Why the edits were refused (English, for logs and tests). */
  reason?: string;
}

/** The data fields that name what a finding is about; values such as `expected` or `count` may change. */
const IDENTITY_FIELDS = ['table', 'cell', 'row', 'label', 'section', 'relation', 'problem', 'kind'] as const;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/**
 * What a finding is about, independent of where it stands: its id and identifying data, or, for a
 * finding without such data, the text it quotes (which an edit elsewhere does not change).
 */
export function findingIdentity(finding: Finding, text: string): string {
  const data = finding.data ?? {};
  const named = IDENTITY_FIELDS.filter((field) => data[field] !== undefined && data[field] !== null).map(
    (field) => `${field}=${JSON.stringify(data[field])}`,
  );
  if (named.length > 0) return `${finding.id}|${named.join('|')}`;
  return `${finding.id}|text=${text.slice(finding.range.start, finding.range.end)}`;
}

/** The edits in document order; null when they overlap, leave the text or cut a character in two. */
export function wellFormed(text: string, edits: TextEdit[]): TextEdit[] | null {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let cursor = 0;
  for (const edit of sorted) {
    const { start, end } = edit.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < cursor || end < start || end > text.length) return null;
    if (splitsCharacter(text, start) || splitsCharacter(text, end)) return null;
    cursor = end;
  }
  return sorted;
}

/** True when an offset falls between a surrogate pair or between the CR and LF of a line break. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return true;
  return before === 13 && after === 10;
}

/** True when the span shares a character with the edit, or an inserted text lands strictly inside it. */
function touches(span: Span, start: number, end: number): boolean {
  // An empty span (a blank cell) is touched by an edit that reaches its place, at either end.
  if (span.start === span.end) return start <= span.start && span.start <= end;
  if (start === end) return span.start < start && start < span.end;
  return span.start < end && start < span.end;
}

/** Where the edited text put the replacements: their ranges in the new text, in document order. */
function newRanges(edits: TextEdit[]): Span[] {
  let shift = 0;
  return edits.map((edit) => {
    const start = edit.range.start + shift;
    shift += edit.newText.length - (edit.range.end - edit.range.start);
    return { start, end: start + edit.newText.length };
  });
}

/**
 * The offset in the new text of an old offset that no edit touches. Text inserted at the offset itself
 * goes before what stands there, so it shifts it too.
 */
function mapOffset(edits: TextEdit[], offset: number): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.range.end > offset) break;
    shift += edit.newText.length - (edit.range.end - edit.range.start);
  }
  return offset + shift;
}

function cellsById(analysis: Analysis): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const table of analysis.doc.tables) {
    for (const cell of table.cells.values()) {
      const list = out.get(cell.id);
      if (list) list.push(cell);
      else out.set(cell.id, [cell]);
    }
  }
  return out;
}

function sameReading(a: Cell, b: Cell): boolean {
  return (
    a.kind === b.kind && a.value === b.value && a.raw.trim() === b.raw.trim() && (a.certainty ?? 'certain') === (b.certainty ?? 'certain')
  );
}

/**
 * Checks edits against the analyses before and after them. `targets` are the findings the edits are
 * meant to remove; every other finding must survive unchanged or disappear, none may appear.
 */
export function verifyEdits(before: Snapshot, after: Snapshot, edits: TextEdit[], targets: Finding[]): Verdict {
  const sorted = wellFormed(before.text, edits);
  if (!sorted) return { ok: false, reason: 'edits overlap or cut a character' };
  const written = newRanges(sorted);
  const touchedOld = (span: Span) => sorted.some((e) => touches(span, e.range.start, e.range.end));
  const touchedNew = (span: Span) => written.some((r) => touches(span, r.start, r.end));
  const reason =
    findingsProblem(before, after, targets) ??
    untouchedCellsProblem(before, after, sorted, touchedOld, touchedNew) ??
    writtenCellsProblem(after, touchedNew);
  return reason === null ? { ok: true } : { ok: false, reason };
}

/**
 * Matches every finding after the edits to one before with the same identity and at least its severity;
 * the targets must have fewer matches afterwards than before. Returns why not, or null.
 */
function findingsProblem(before: Snapshot, after: Snapshot, targets: Finding[]): string | null {
  const pool = new Map<string, number[]>();
  for (const finding of before.analysis.findings) {
    const key = findingIdentity(finding, before.text);
    const ranks = pool.get(key) ?? [];
    ranks.push(SEVERITY_RANK[finding.severity]);
    pool.set(key, ranks);
  }
  for (const ranks of pool.values()) ranks.sort((a, b) => b - a);
  const beforeCounts = new Map([...pool].map(([key, ranks]) => [key, ranks.length]));
  const afterSorted = [...after.analysis.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const finding of afterSorted) {
    const key = findingIdentity(finding, after.text);
    const ranks = pool.get(key);
    const rank = SEVERITY_RANK[finding.severity];
    const index = ranks ? ranks.findIndex((r) => r >= rank) : -1;
    if (!ranks || index < 0) return `adds ${finding.severity} ${key}`;
    // Take the least severe match that still covers this finding, keeping the severe ones for later.
    let best = index;
    for (let i = index; i < ranks.length && ranks[i]! >= rank; i++) best = i;
    ranks.splice(best, 1);
  }
  const targetCounts = new Map<string, number>();
  for (const target of targets) {
    const key = findingIdentity(target, before.text);
    targetCounts.set(key, (targetCounts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of targetCounts) {
    const remaining = (beforeCounts.get(key) ?? 0) - (pool.get(key)?.length ?? 0);
    if (remaining > (beforeCounts.get(key) ?? 0) - count) return `leaves ${key}`;
  }
  return null;
}

/** Cells outside the edits read exactly as before, in the same place. Returns why not, or null. */
function untouchedCellsProblem(
  before: Snapshot,
  after: Snapshot,
  sorted: TextEdit[],
  touchedOld: (span: Span) => boolean,
  touchedNew: (span: Span) => boolean,
): string | null {
  const oldCells = cellsById(before.analysis);
  const newCells = cellsById(after.analysis);
  for (const [id, cells] of oldCells) {
    const untouched = cells.filter((c) => !touchedOld(c.range));
    const candidates = newCells.get(id) ?? [];
    for (const cell of untouched) {
      const start = mapOffset(sorted, cell.range.start);
      const twin = candidates.find((c) => c.range.start === start);
      if (!twin || !sameReading(cell, twin)) return `changes cell ${id} outside the edits`;
    }
  }
  for (const [id, cells] of newCells) {
    const olds = oldCells.get(id) ?? [];
    for (const cell of cells) {
      if (touchedNew(cell.range)) continue;
      const twin = olds.find((c) => !touchedOld(c.range) && mapOffset(sorted, c.range.start) === cell.range.start);
      if (!twin) return `moves cell ${id} outside the edits`;
    }
  }
  return null;
}

/**
 * Cells the edits wrote must satisfy every relation through them: a 0 in a blank is only right when
 * the totals agree with it. Returns why not, or null.
 */
function writtenCellsProblem(after: Snapshot, touchedNew: (span: Span) => boolean): string | null {
  for (const table of after.analysis.doc.tables) {
    const relations = relationsOf(table, after.analysis.doc.templates);
    for (const cell of table.cells.values()) {
      if (!touchedNew(cell.range)) continue;
      for (const relation of relations) {
        if (!relation.left.includes(cell.id) && !relation.right.includes(cell.id)) continue;
        if (evaluate(table, relation).holds !== true) return `${cell.id} leaves ${relation.check} (${relation.anchor}) not holding`;
      }
    }
  }
  return null;
}

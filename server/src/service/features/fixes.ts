// Which fixes are safe, decided by trying them: a check only proposes a fix as safe; the engine applies
// it, re-analyses and keeps the `safe` mark only when verify.ts finds the draft better and nothing else
// changed. Also applies all verified fixes to a text, to a fixed point, for the CLI's --fix and fix-all.

import type { Analysis } from '../index';
import type { Message } from '../model/message';
import type { Finding, Fix, TextEdit } from '../model/types';
import { applyEdits } from './apply';
import { positionAt } from '../model/text';
import { verifyEdits, findingIdentity, wellFormed, type Snapshot, type Verdict } from './verify';

export type Reanalyze = (text: string) => Analysis;

/** One fix applied by applySafeFixes: its finding (as found in the text it was applied to) and title. */
export interface AppliedFix {
  id: string;
  title: Message;
  /** The finding's identity (id and identifying data, or quoted text), stable across rounds. */
  identity: string;
  edits: TextEdit[];
  /** 0-based line of the fix's first edit in the text it was applied to (for a listing of changes). */
  line: number;
}

export interface SafeFixResult {
  text: string;
  analysis: Analysis;
  applied: AppliedFix[];
  /** The same change as edits on the original text (see composeEdits), for an editor to apply. */
  edits: TextEdit[];
  /** True when the work budget ran out before a fixed point was reached. */
  truncated: boolean;
}

export interface SafeFixOptions {
  /** Only fixes of findings this accepts are tried (e.g. one check id). */
  accept?: (finding: Finding) => boolean;
  /** At most this many re-analyses (default: 4 per proposed fix, at least 40). */
  maxAnalyses?: number;
}

/** Applies one fix to the snapshot and verifies it; the result carries the new snapshot when it holds. */
export function verifyFix(before: Snapshot, finding: Finding, fix: Fix, reanalyze: Reanalyze): Verdict & { after?: Snapshot } {
  if (!wellFormed(before.text, fix.edits)) return { ok: false, reason: 'edits overlap or cut a character' };
  const text = applyEdits(before.text, fix.edits);
  if (text === before.text) return { ok: false, reason: 'changes nothing' };
  const after = { text, analysis: reanalyze(text) };
  const verdict = verifyEdits(before, after, fix.edits, [finding]);
  return verdict.ok ? { ...verdict, after } : verdict;
}

/** The first fix a check proposes as safe, for each finding the filter accepts. */
function proposals(analysis: Analysis, accept?: (finding: Finding) => boolean): Array<{ finding: Finding; fix: Fix }> {
  const out: Array<{ finding: Finding; fix: Fix }> = [];
  for (const finding of analysis.findings) {
    if (accept && !accept(finding)) continue;
    const fix = finding.fixes?.find((f) => f.safe);
    if (fix) out.push({ finding, fix });
  }
  return out;
}

/** A proposal's name across rounds: what its finding is about, its title and what it writes over what. */
function proposalKey(text: string, finding: Finding, fix: Fix): string {
  const edits = fix.edits.map((e) => `${text.slice(e.range.start, e.range.end)}→${e.newText}`).join('¦');
  return `${findingIdentity(finding, text)}\u0000${JSON.stringify(fix.title)}\u0000${edits}`;
}

/** Proposals whose edits do not overlap each other, in document order. */
function disjoint(items: Array<{ finding: Finding; fix: Fix }>): Array<{ finding: Finding; fix: Fix }> {
  const chosen: Array<{ finding: Finding; fix: Fix }> = [];
  const taken: TextEdit[] = [];
  for (const item of items) {
    const clash = item.fix.edits.some((e) =>
      taken.some(
        (t) =>
          (e.range.start < t.range.end && t.range.start < e.range.end) || e.range.start === t.range.start || e.range.end === t.range.end,
      ),
    );
    if (clash) continue;
    chosen.push(item);
    taken.push(...item.fix.edits);
  }
  return chosen;
}

/**
 * Applies verified fixes until none is left that verifies: first all proposals together, then those of
 * each check together, then one at a time. Each accepted step is verified against the text it was applied
 * to, and after each one every proposal is tried again, so a second run on the result changes nothing.
 */
export function applySafeFixes(text: string, reanalyze: Reanalyze, options: SafeFixOptions = {}, initial?: Analysis): SafeFixResult {
  let current: Snapshot = { text, analysis: initial ?? reanalyze(text) };
  const applied: AppliedFix[] = [];
  const steps: TextEdit[][] = [];
  const budget = options.maxAnalyses ?? Math.max(40, 4 * proposals(current.analysis, options.accept).length);
  let spent = 0;
  let rejected = new Set<string>();

  const attempt = (items: Array<{ finding: Finding; fix: Fix }>): boolean => {
    if (items.length === 0 || spent >= budget) return false;
    const edits = items.flatMap((i) => i.fix.edits);
    if (!wellFormed(current.text, edits)) return false;
    const nextText = applyEdits(current.text, edits);
    if (nextText === current.text) return false;
    spent++;
    const after: Snapshot = { text: nextText, analysis: reanalyze(nextText) };
    if (
      !verifyEdits(
        current,
        after,
        edits,
        items.map((i) => i.finding),
      ).ok
    )
      return false;
    const lineStarts = current.analysis.doc.lineStarts;
    for (const item of items) {
      const first = Math.min(...item.fix.edits.map((e) => e.range.start));
      const line = positionAt(lineStarts, first).line;
      applied.push({
        id: item.finding.id,
        title: item.fix.title,
        identity: findingIdentity(item.finding, current.text),
        edits: item.fix.edits,
        line,
      });
    }
    steps.push(edits);
    current = after;
    changedSincePass = true;
    return true;
  };

  // A pass tries every proposal not refused yet; the loop ends when a whole pass, with the refusals of
  // earlier texts forgotten, accepts nothing: then every proposal fails on the final text, and a second
  // run on it changes nothing.
  let changedSincePass = false;
  while (spent < budget) {
    let open = proposals(current.analysis, options.accept).filter((p) => !rejected.has(proposalKey(current.text, p.finding, p.fix)));
    if (open.length === 0) {
      if (!changedSincePass) break;
      // The text changed since these were refused: one more pass over all of them.
      changedSincePass = false;
      rejected = new Set();
      open = proposals(current.analysis, options.accept);
      if (open.length === 0) break;
    }
    const together = disjoint(open);
    if (together.length > 1 && attempt(together)) continue;
    const byCheck = new Map<string, Array<{ finding: Finding; fix: Fix }>>();
    for (const item of together) byCheck.set(item.finding.id, [...(byCheck.get(item.finding.id) ?? []), item]);
    let progressed = false;
    if (byCheck.size > 1) {
      for (const group of byCheck.values()) {
        if (group.length > 1 && attempt(group)) {
          progressed = true;
          break;
        }
      }
    }
    if (progressed) continue;
    for (const item of open) {
      if (attempt([item])) {
        progressed = true;
        break;
      }
      rejected.add(proposalKey(current.text, item.finding, item.fix));
    }
    if (!progressed && !changedSincePass) break;
  }
  return { text: current.text, analysis: current.analysis, applied, edits: composeEdits(steps, current.text), truncated: spent >= budget };
}

/** A region of the original text replaced by the steps: where it was, and where it is in the current text. */
interface Segment {
  originalStart: number;
  originalEnd: number;
  currentStart: number;
  currentEnd: number;
}

/**
 * Composes edits applied one step after another (each step's edits in the coordinates of the text the
 * previous steps produced) into edits on the original text that lead to `final`. Edits that touch or
 * overlap merge into one; the others stay as they were, so an editor shows small, separate changes.
 */
export function composeEdits(steps: TextEdit[][], final: string): TextEdit[] {
  let segments: Segment[] = [];
  const delta = (s: Segment) => s.currentEnd - s.currentStart - (s.originalEnd - s.originalStart);
  for (const step of steps) {
    // From the end backwards: an edit's offsets stay valid while only later text has moved.
    const edits = [...step].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
    for (const edit of edits) {
      const { start, end } = edit.range;
      const touching = segments.filter((s) => s.currentStart <= end && s.currentEnd >= start);
      const rest = segments.filter((s) => !touching.includes(s));
      const mergedStart = Math.min(start, ...touching.map((s) => s.currentStart));
      const mergedEnd = Math.max(end, ...touching.map((s) => s.currentEnd));
      const originalStart =
        touching.find((s) => s.currentStart === mergedStart)?.originalStart ??
        mergedStart - rest.filter((s) => s.currentEnd <= mergedStart).reduce((sum, s) => sum + delta(s), 0);
      const originalEnd = originalStart + (mergedEnd - mergedStart) - touching.reduce((sum, s) => sum + delta(s), 0);
      const growth = edit.newText.length - (end - start);
      const shifted = rest.map((s) =>
        s.currentStart >= mergedEnd ? { ...s, currentStart: s.currentStart + growth, currentEnd: s.currentEnd + growth } : s,
      );
      segments = [...shifted, { originalStart, originalEnd, currentStart: mergedStart, currentEnd: mergedEnd + growth }].sort(
        (a, b) => a.currentStart - b.currentStart,
      );
    }
  }
  return segments.map((s) => ({
    range: { start: s.originalStart, end: s.originalEnd },
    newText: final.slice(s.currentStart, s.currentEnd),
  }));
}

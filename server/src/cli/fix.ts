// `--fix` for the CLI: applies the safe fixes round after round, records every change it made (for the
// listing a reviewer reads) and renders the whole change as a unified diff (for `--fix --dry-run`).
// Which fixes are applied is decided by the core's verified-fix engine, never by a check's own word.

import { renderMessage, type Analysis, type AnalyzeOptions, type UiLanguage } from '../service';
import { serviceFor } from './services';

export interface AppliedChange {
  /** The check whose fix it was. */
  id: string;
  /** The fix's title, in the language of the run (`改为 6`). */
  title: string;
  /** 1-based line of the change's first edit, in the text as it was when the fix was applied. */
  line: number;
}

export interface FixOutcome {
  text: string;
  analysis: Analysis;
  changes: AppliedChange[];
}

/**
 * Applies the fixes the engine has verified (applied, re-analysed: its finding gone, none added, nothing
 * changed outside its edits), round after round to a fixed point.
 */
export function applySafeFixes(text: string, analysis: Analysis, options: AnalyzeOptions, language: UiLanguage = 'zh-cn'): FixOutcome {
  const result = serviceFor(options).applySafeFixes(text, {}, analysis);
  return {
    text: result.text,
    analysis: result.analysis,
    changes: result.applied.map((a) => ({ id: a.id, title: renderMessage(a.title, language), line: a.line + 1 })),
  };
}

/** The fixed text alone, for callers that need no listing. */
export function fixText(text: string, analysis: Analysis, options: AnalyzeOptions): { text: string; analysis: Analysis } {
  const { text: fixed, analysis: after } = applySafeFixes(text, analysis, options);
  return { text: fixed, analysis: after };
}

// ---------------------------------------------------------------------------------------------
// unified diff

/** Lines with their break kept off, so a CRLF file's diff reads like any other. */
function splitLines(text: string): string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Myers' O(ND) shortest edit script over lines; fixes change few lines, so D stays small. */
function diffLines(a: string[], b: string[]): Op[] {
  // Common head and tail are taken off first: the search then runs over the changed middle only.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const n = x0.length;
  const m = y0.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      // `offset + k ± 1` stays within 0…2·max+2 for every |k| ≤ d ≤ max, and x, y within the two lists.
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && x0[x] === y0[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to recover the script.
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      middle.push({ kind: ' ', line: x0[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === prevX) middle.push({ kind: '+', line: y0[--y]! });
      else middle.push({ kind: '-', line: x0[--x]! });
    }
  }
  middle.reverse();
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}

/** A unified diff (`--- a/…`, `+++ b/…`, hunks with three lines of context), or '' when nothing changed. */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  // An absolute path keeps its one leading slash after the a/ and b/ prefixes.
  const shown = name.replace(/^\/+/, '');
  const out = [`--- a/${shown}`, `+++ b/${shown}`];
  let i = 0;
  // Line numbers before each op, in the old and the new text.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let nn = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(nn);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') nn++;
  }
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while the next change is within two contexts of the last one.
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount === 0 ? oldAt[start]! - 1 : oldAt[start]!;
    const newStart = newCount === 0 ? newAt[start]! - 1 : newAt[start]!;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
    i = stop;
  }
  return `${out.join('\n')}\n`;
}

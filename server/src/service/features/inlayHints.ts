// Inlay hints after a wrong total: `= 16`, the value that would make its 勾稽关系 hold, evaluated by the
// template's one relation evaluator. A hint stands only where a sum check reported that very cell (so a
// check turned off in the settings shows no hints either) and where every broken relation of the cell
// agrees on the value: when two sums disagree, which number is wrong is unclear and the hover explains.

import type { Analysis } from '../index';
import type { Span } from '../model/types';
import { evaluate, round } from '../template/evaluate';
import { relationsFor } from '../template/relations';
import { setLanguage, t, type UiLanguage } from '../l10n';

export interface ValueHint {
  /** Where the hint goes: right after the cell's text. */
  offset: number;
  /** The cell the hint belongs to. */
  cell: Span;
  label: string;
  tooltip: string;
  expected: number;
}

export function inlayHints(analysis: Analysis, within?: Span, language?: UiLanguage): ValueHint[] {
  setLanguage(language ?? analysis.language ?? 'zh-cn');
  const reported = new Set(analysis.findings.filter((f) => f.id.startsWith('sum/')).map((f) => `${f.id}@${f.range.start}:${f.range.end}`));
  const hints: ValueHint[] = [];
  for (const table of analysis.doc.tables) {
    if (table.status === 'unreadable') continue;
    if (within && (table.range.end < within.start || table.range.start > within.end)) continue;
    // Anchor cell id → the values its broken relations ask for, and what those relations say.
    const wanted = new Map<string, { cell: Span; values: Set<number>; why: string[] }>();
    for (const relation of relationsFor(analysis.doc.templates)[table.format]) {
      if (relation.table !== table.kind || relation.op !== '=') continue;
      const evaluation = evaluate(table, relation);
      if (evaluation.holds !== false || evaluation.leftSum === null || evaluation.rightSum === null) continue;
      const anchor = [...evaluation.left, ...evaluation.right].find((p) => p.id === relation.anchor);
      if (!anchor?.cell || anchor.value === null) continue;
      if (!reported.has(`${relation.check}@${anchor.cell.range.start}:${anchor.cell.range.end}`)) continue;
      const inLeft = evaluation.left.includes(anchor);
      const expected = round(
        inLeft ? evaluation.rightSum - (evaluation.leftSum - anchor.value) : evaluation.leftSum - (evaluation.rightSum - anchor.value),
      );
      const entry = wanted.get(anchor.id) ?? { cell: anchor.cell.range, values: new Set<number>(), why: [] };
      // A count can only be a whole number of at least 0; anything else says the parts are wrong instead.
      entry.values.add(expected >= 0 && Number.isInteger(expected) ? expected : Number.NaN);
      entry.why.push(relation.describe);
      wanted.set(anchor.id, entry);
    }
    for (const { cell, values, why } of wanted.values()) {
      if (values.size !== 1 || (within && (cell.end < within.start || cell.end > within.end))) continue;
      const [expected] = [...values];
      if (expected === undefined || Number.isNaN(expected)) continue;
      hints.push({
        offset: cell.end,
        cell,
        label: `= ${expected}`,
        tooltip: t('按勾稽关系应为 {0}：{1}', expected, why.join('；')),
        expected,
      });
    }
  }
  return hints.sort((a, b) => a.offset - b.offset);
}

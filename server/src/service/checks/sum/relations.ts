// The one generic evaluator of the template's relations (勾稽关系): it checks every relation of
// the document's templates that a check selects, skips those it cannot assess, and builds the findings. The
// sum/* and plausibility/documents modules only choose their relations and phrase the message.

import type { Cell, ReportDocument, Table } from '../../model/types';
import { evaluate, round, type Part as EvaluatedPart } from '../../template/evaluate';
import { cellName } from '../../template/names';
import { relationsFor } from '../../template/relations';
import type { Relation, RelationCheck, TableTemplate } from '../../template/types';
import { sharedResult, type CheckContext, type FindingDraft, type Fix } from '../check';
import { tableData, templateOf, uncertaintyNote } from '../table/util';
import { concat, msg, type Message, type MessageArg } from '../../l10n';

export interface Part {
  id: string;
  cell: Cell;
  value: number;
  /** Chinese name of the cell, e.g. `（七）总计·自然人`. */
  name: string;
}

/** A relation that could be assessed and does not hold. */
export interface Violation {
  relation: Relation;
  table: Table;
  template: TableTemplate;
  left: Part[];
  right: Part[];
  anchor: Part;
  leftSum: number;
  rightSum: number;
  /** The anchor value that would make the relation hold (for `=`), or null when there is none. */
  expected: number | null;
}

/**
 * `4 + 1` for the parts of a sum. With many parts only the non-zero ones are listed (all zero → empty);
 * a single non-zero part equal to the sum says nothing, so it is left out too.
 */
export function partsExpression(parts: Part[], many = 6): string {
  const shown = parts.length > many ? parts.filter((p) => p.value !== 0) : parts;
  if (shown.length < 2) return '';
  return shown.map((p) => String(p.value)).join(' + ');
}

/** `5（4 + 1）`: a sum with its parts in brackets when they say more than the sum alone. */
export function sumWithParts(sum: number, parts: Part[]): MessageArg {
  const expr = partsExpression(parts);
  return expr ? msg('{0}（{1}）', sum, expr) : String(sum);
}

/** The difference, written without a sign: `差 1`. */
export function difference(v: Violation): Message {
  return msg('差 {0}', round(Math.abs(v.leftSum - v.rightSum)));
}

/** Every violated relation of one check in the document, at most one per anchor cell. */
export function violations(doc: ReportDocument, check: RelationCheck): Violation[] {
  const out: Violation[] = [];
  for (const table of doc.tables) {
    // No sums from guesses: an unreadable table has no placed cells anyway, but say it plainly.
    if (table.status === 'unreadable') continue;
    const template = templateOf(doc.templates, table);
    const seen = new Set<string>();
    for (const relation of relationsFor(doc.templates)[table.format]) {
      if (relation.check !== check || relation.table !== table.kind || seen.has(relation.anchor)) continue;
      // Blank, 「—」, text and unit cells are not numbers: such a relation is not assessable (holds is null,
      // and table/cell-* say why).
      const evaluation = evaluate(table, relation);
      if (evaluation.holds !== false || evaluation.leftSum === null || evaluation.rightSum === null) continue;
      const named = (p: EvaluatedPart): Part => ({
        id: p.id,
        cell: p.cell!,
        value: p.value!,
        name: cellName(doc.templates, table.format, p.id),
      });
      const l = evaluation.left.map(named);
      const r = evaluation.right.map(named);
      const { leftSum, rightSum } = evaluation;
      const anchor = [...l, ...r].find((p) => p.id === relation.anchor);
      if (!anchor) continue;
      seen.add(relation.anchor);
      let expected: number | null = null;
      if (relation.op === '=') {
        const inLeft = l.includes(anchor);
        expected = round(inLeft ? rightSum - (leftSum - anchor.value) : leftSum - (rightSum - anchor.value));
        // A count can only be a whole number of at least 0.
        if (expected < 0 || !Number.isInteger(expected)) expected = null;
      }
      out.push({ relation, table, template, left: l, right: r, anchor, leftSum, rightSum, expected });
    }
  }
  return out;
}

const ALL_EQUATIONS: RelationCheck[] = ['sum/balance', 'sum/results-total', 'sum/row-total', 'sum/review-total'];
/** Every violated equation of the document, once per document and analysis (the sum checks share it). */
function allEquationViolations(ctx: CheckContext, doc: ReportDocument): Violation[] {
  return sharedResult(ctx, doc, 'sum/violations', () => ALL_EQUATIONS.flatMap((check) => violations(doc, check)));
}

/** By how much a part of an equation must change for it to hold (its side's sum moves toward the other). */
function changeFor(v: Violation, id: string): number | null {
  if (v.relation.op !== '=') return null;
  if (v.right.some((p) => p.id === id)) return round(v.leftSum - v.rightSum);
  if (v.left.some((p) => p.id === id)) return round(v.rightSum - v.leftSum);
  return null;
}

/**
 * When another broken equation shares a cell with this one and the same change to that cell mends both
 * (a wrong 自然人 count breaks its row total and its column total alike), that cell is the likelier
 * mistake: the fix that corrects it comes before the one that corrects the total.
 */
function sharedPartFix(ctx: CheckContext, v: Violation): Fix | null {
  for (const other of allEquationViolations(ctx, ctx.doc)) {
    if (other.relation === v.relation || other.table !== v.table) continue;
    for (const part of [...v.left, ...v.right]) {
      if (part.id === v.anchor.id) continue;
      const change = changeFor(v, part.id);
      if (change === null || change === 0 || changeFor(other, part.id) !== change) continue;
      const value = round(part.value + change);
      if (value < 0 || !Number.isInteger(value)) continue;
      return { title: msg('将“{1}”改为 {0}', value, part.name), edits: [{ range: part.cell.range, newText: String(value) }], safe: false };
    }
  }
  return null;
}

/** Related locations beyond this many say less than the message, which already lists the values. */
const MAX_RELATED = 3;

/**
 * The places worth pointing at besides the anchor: the cell another broken equation points at too, and the
 * other cells of the relation that stand in other rows (table 三's balance: 一、二 and 四 against （七）),
 * when they are few. Parts in the anchor's own row, or a long column of them, are in the message already.
 */
function relatedParts(v: Violation, shared: Fix | null): Part[] {
  const others = [...v.left, ...v.right].filter((p) => p !== v.anchor);
  const elsewhere = others.filter((p) => p.cell.row !== v.anchor.cell.row);
  const out = elsewhere.length <= MAX_RELATED ? elsewhere : [];
  const sharedPart = shared ? others.find((p) => p.cell.range.start === shared.edits[0]?.range.start) : undefined;
  if (sharedPart && !out.includes(sharedPart)) out.unshift(sharedPart);
  return out.slice(0, MAX_RELATED);
}

/**
 * Findings for one relation check: on the anchor cell's text, a few other places as related locations, and
 * `改为 N` (never applied by fix-all: which cell is wrong is a guess), preceded by the fix of a cell that
 * another broken equation points at too. An error only when every cell was read with certainty; otherwise a
 * warning that says what is uncertain.
 */
export function relationFindings(ctx: CheckContext, check: RelationCheck, message: (v: Violation) => Message): FindingDraft[] {
  return violations(ctx.doc, check).map((v) => {
    const fixes: Fix[] = [];
    const shared = v.relation.op === '=' ? sharedPartFix(ctx, v) : null;
    if (shared) fixes.push(shared);
    if (v.expected !== null)
      fixes.push({ title: msg('改为 {0}', v.expected), edits: [{ range: v.anchor.cell.range, newText: String(v.expected) }], safe: false });
    const note = uncertaintyNote([...v.left, ...v.right].map((p) => p.cell));
    return {
      message: note ? concat(message(v), note) : message(v),
      ...(note ? { severity: 'warning' as const } : {}),
      range: v.anchor.cell.range,
      related: relatedParts(v, shared).map((p) => ({ range: p.cell.range, message: msg('{0} = {1}', p.name, p.value) })),
      fixes,
      data: tableData(v.table.kind, v.anchor.id, {
        expected: v.expected,
        stated: v.anchor.value,
        relation: v.relation.describe,
        ...(note ? { uncertain: true } : {}),
      }),
    };
  });
}

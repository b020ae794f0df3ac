// Evaluates one declared relation (template/relations.ts) on a parsed table: its parts, the sums of both
// sides, and whether it holds or why it cannot be assessed. The sum checks and the hovers both use it.

import type { Cell, Table } from '../model/types';
import { relationsFor } from './relations';
import type { Relation, TableTemplates } from './types';

export type PartState = 'number' | 'blank' | 'invalid' | 'missing';

export interface Part {
  id: string;
  cell: Cell | undefined;
  state: PartState;
  value: number | null;
}

export interface Evaluation {
  relation: Relation;
  left: Part[];
  right: Part[];
  leftSum: number | null;
  rightSum: number | null;
  /** True or false when every cell holds a number; null when the relation is not assessable. */
  holds: boolean | null;
  /** Why the relation is not assessable, worst reason first. */
  blocker: Exclude<PartState, 'number'> | null;
}

/** The relations of the table's format that live in this table, over the templates it was read against. */
export function relationsOf(table: Table, templates: TableTemplates): Relation[] {
  return relationsFor(templates)[table.format].filter((r) => r.table === table.kind);
}

function part(table: Table, id: string): Part {
  const cell = table.cells.get(id);
  if (!cell) return { id, cell, state: 'missing', value: null };
  // Blank, 「—」 and 「/」 are not 0, and an invalid cell is not a count: neither is summed.
  if (cell.kind === 'number' && cell.value !== null) return { id, cell, state: 'number', value: cell.value };
  if (cell.kind === 'invalid') return { id, cell, state: 'invalid', value: null };
  return { id, cell, state: 'blank', value: null };
}

function sum(parts: Part[]): number | null {
  let total = 0;
  for (const p of parts) {
    if (p.value === null) return null;
    total += p.value;
  }
  return round(total);
}

/** Rounds away binary noise in decimal amounts (万元 with 4 decimals). */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function evaluate(table: Table, relation: Relation): Evaluation {
  const left = relation.left.map((id) => part(table, id));
  const right = relation.right.map((id) => part(table, id));
  const leftSum = sum(left);
  const rightSum = sum(right);
  const states = new Set([...left, ...right].map((p) => p.state));
  const blocker = states.has('missing') ? 'missing' : states.has('invalid') ? 'invalid' : states.has('blank') ? 'blank' : null;
  let holds: boolean | null = null;
  if (blocker === null && leftSum !== null && rightSum !== null) {
    holds = relation.op === '=' ? leftSum === rightSum : leftSum >= rightSum;
  }
  return { relation, left, right, leftSum, rightSum, holds, blocker };
}

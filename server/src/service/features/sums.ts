// Evaluates the declared relations (template/relations.ts) on one parsed table and writes each one out as
// a formula for hovers (the evaluation itself is template/evaluate.ts): `总计 = 4 + 0 + 2 = 6 ✓`. The relations themselves are never re-declared here.

import { type Evaluation, type Part, type PartState, round } from '../template/evaluate';
import type { Relation, TableTemplate } from '../template/types';
import { rowOrdinal } from './names';
import { t } from '../l10n';

function caption(check: Relation['check']): string {
  switch (check) {
    case 'sum/balance':
      return t('勾稽关系');
    case 'sum/results-total':
      return t('办理结果合计');
    case 'sum/row-total':
      return t('行合计');
    case 'sum/review-total':
      return t('合计');
    default:
      return t('合理性');
  }
}

function blockerText(blocker: Exclude<PartState, 'number'>): string {
  if (blocker === 'missing') return t('不可核对（缺少单元格）');
  if (blocker === 'invalid') return t('不可核对（有无效单元格）');
  return t('不可核对（有空白单元格）');
}

/** Parts beyond this many are written out only when they are not 0. */
const MAX_PARTS = 8;

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(round(n));
}

function partText(p: Part): string {
  if (p.state === 'number') return formatNumber(p.value!);
  if (p.state === 'missing') return t('缺');
  if (p.state === 'invalid') return `“${p.cell!.raw}”`;
  return p.cell && p.cell.kind === 'dash' ? `“${p.cell.raw}”` : t('空白');
}

/** The name of a cell inside a formula: row ordinals in the balance, column names elsewhere. */
function nameIn(relation: Relation, template: TableTemplate, id: string): string {
  if (relation.table === 't3') {
    const [, row, col = ''] = /^t3\.(.+)\.(\w+)$/.exec(id) ?? [];
    const def = template.rows.find((r) => r.key === row);
    if (relation.check === 'sum/row-total') return template.columnNames[col] ?? col;
    return def ? rowOrdinal(def.standard) + (relation.check === 'sum/results-total' ? '总计' : '') : id;
  }
  const full = template.columnNames[id.slice(relation.table.length + 1)] ?? id;
  return full.split('·').pop() ?? full;
}

/** Joins names with ` + `, without the space after a full-width closing parenthesis: `（七）+ 四`. */
function joinNames(names: string[]): string {
  return names.reduce((out, name, i) => (i === 0 ? name : `${out}${out.endsWith('）') ? '+ ' : ' + '}${name}`), '');
}

function side(relation: Relation, template: TableTemplate, parts: Part[], total: number | null): string {
  const names = parts.map((p) => nameIn(relation, template, p.id));
  const values = parts.map(partText);
  if (parts.length === 1) return `${names[0]} = ${values[0]}`;
  return `${joinNames(names)} = ${values.join(' + ')}${total !== null ? ` = ${formatNumber(total)}` : ''}`;
}

/** One relation written out, with its caption: `行合计：总计 = 4 + 0 + 2 = 6 ✓`; names from the table's template. */
export function describeEvaluation(ev: Evaluation, template: TableTemplate): string {
  const { relation } = ev;
  const title = caption(relation.check);
  const blocked = ev.blocker ? ` ${blockerText(ev.blocker)}` : '';

  if (relation.op === '=' && relation.left.length === 1 && relation.left[0] === relation.anchor) {
    // A total and its parts: `总计 = 4 + 0 + 2 = 6 ✓` or `✗ 应为 6（现为 7）`.
    const anchor = ev.left[0]!;
    let name = nameIn(relation, template, anchor.id);
    if (anchor.state !== 'number') name += `（${partText(anchor)}）`;
    let terms = ev.right.map(partText);
    let rest = '';
    let compressed = false;
    if (ev.right.length > MAX_PARTS) {
      // A long sum (（七）总计 has 19 or 21 parts) lists only what is not 0, blanks counted together.
      compressed = true;
      const zeros = ev.right.filter((p) => p.state === 'number' && p.value === 0).length;
      const blanks = ev.right.filter((p) => p.state === 'blank').length;
      const missing = ev.right.filter((p) => p.state === 'missing').length;
      terms = ev.right.filter((p) => (p.state === 'number' && p.value !== 0) || p.state === 'invalid').map(partText);
      if (blanks) terms.push(blanks > 1 ? t('空白 × {0}', blanks) : t('空白'));
      if (missing) terms.push(missing > 1 ? t('缺 × {0}', missing) : t('缺'));
      if (zeros > 0) rest = terms.length === 0 ? t('（{0} 项均为 0）', ev.right.length) : t('（其余 {0} 项为 0）', zeros);
    }
    let formula: string;
    if (terms.length === 0) formula = `${name} = 0`;
    else if (terms.length === 1 && compressed) formula = `${name} = ${terms[0]}`;
    else formula = `${name} = ${terms.join(' + ')}${ev.rightSum !== null ? ` = ${formatNumber(ev.rightSum)}` : ''}`;
    let status: string;
    if (ev.blocker) status = blocked;
    else if (ev.holds) status = ' ✓';
    else status = ` ${t('✗ 应为 {0}（现为 {1}）', formatNumber(ev.rightSum!), formatNumber(ev.leftSum!))}`;
    return t('{0}：{1}', title, `${formula}${status}${rest}`);
  }

  if (relation.op === '=') {
    // Both sides are sums, as in 一 + 二 = （七）+ 四: the inputs first, as the table's own note reads.
    const text = `${side(relation, template, ev.right, ev.rightSum)}${t('；')}${side(relation, template, ev.left, ev.leftSum)}`;
    let status: string;
    if (ev.blocker) status = blocked;
    else if (ev.holds) status = ' ✓';
    else status = ` ${t('✗ 两边相差 {0}', formatNumber(Math.abs(ev.leftSum! - ev.rightSum!)))}`;
    return t('{0}：{1}', title, `${text}${status}`);
  }

  // An inequality: `现行有效件数 + 本年废止件数 = 22 + 10 = 32 ≥ 本年制发件数 = 10 ✓`.
  const holds = ev.holds;
  const op = holds === false ? '<' : '≥';
  const status = ev.blocker ? blocked : holds ? ' ✓' : ' ✗';
  return t(
    '{0}：{1}',
    title,
    `${side(relation, template, ev.left, ev.leftSum)} ${op} ${side(relation, template, ev.right, ev.rightSum)}${status}`,
  );
}

// table/cell-blank: value cells left empty or written as 「—」「/」. Blank is not 0, so every relation
// through such a cell is not assessable. One finding per table names the rows and the count, with one fix:
// fill in 0 (a blank total gets the sum of its parts), safe only when every relation through those cells
// holds afterwards; where a stated total contradicts that, the one blank the relations determine, or none.

import type { Cell, Fix, RelatedLocation, Row, Table, TextEdit } from '../../model/types';
import { evaluate, relationsOf, round } from '../../template/evaluate';
import type { Relation } from '../../template/types';
import type { Check, FindingDraft } from '../check';
import { listNames, tableData } from './util';
import { cellName, rowName } from '../../template/names';
import type { TableTemplates } from '../../template/types';
import { joinList, sentence, msg, tableName, type Message } from '../../l10n';

/** Relations whose single stated cell is a total of the cells on the other side. */
const TOTAL_CHECKS: ReadonlySet<string> = new Set(['sum/row-total', 'sum/review-total', 'sum/results-total']);

/** The total relations anchored on a cell: it is the single stated total of the parts on the other side. */
function totalRelations(relations: Relation[], cell: Cell): Relation[] {
  return relations.filter((r) => r.anchor === cell.id && r.left.length === 1 && r.op === '=' && TOTAL_CHECKS.has(r.check));
}

/**
 * The values that fill the blanks without breaking a relation they can decide: a blank total gets the sum
 * of its parts once they are known (numbers, or blanks already decided), every other blank 0; a total whose
 * parts never become known (a row is missing) gets 0 too.
 */
function fillValues(table: Table, relations: Relation[], blanks: Cell[]): { values: Map<string, number>; summed: Set<string> } {
  const decided = new Map<string, number>();
  const summed = new Set<string>();
  const valueOf = (id: string): number | null => {
    if (decided.has(id)) return decided.get(id)!;
    const cell = table.cells.get(id);
    return cell && cell.kind === 'number' && cell.value !== null ? cell.value : null;
  };
  let open = [...blanks];
  while (open.length > 0) {
    let progress = false;
    for (const cell of open) {
      for (const relation of totalRelations(relations, cell)) {
        const parts = relation.right.map(valueOf);
        if (parts.every((v): v is number => v !== null)) {
          decided.set(cell.id, round(parts.reduce((sum, v) => sum + v, 0)));
          summed.add(cell.id);
          progress = true;
          break;
        }
      }
    }
    open = open.filter((c) => !decided.has(c.id));
    if (progress || open.length === 0) continue;
    // Nothing more can be summed: the blanks that are no total become 0, and then the totals are summed;
    // when only totals are left whose parts stay unknown, they become 0 too.
    const parts = open.filter((c) => totalRelations(relations, c).length === 0);
    for (const cell of parts.length > 0 ? parts : open) decided.set(cell.id, 0);
    open = open.filter((c) => !decided.has(c.id));
  }
  return { values: decided, summed };
}

/** The table as it would read with the blanks filled: for checking what a fill does to the relations. */
function filledTable(table: Table, values: Map<string, number>): Table {
  const cells = new Map(table.cells);
  for (const [id, value] of values) {
    const cell = cells.get(id);
    if (cell) cells.set(id, { ...cell, kind: 'number', value, raw: String(value) });
  }
  return { ...table, cells };
}

/** The relations through any of the cells that no longer hold once they are filled with these values. */
function broken(table: Table, relations: Relation[], values: Map<string, number>): Relation[] {
  const filled = filledTable(table, values);
  return relations.filter((r) => [...r.left, ...r.right].some((id) => values.has(id)) && evaluate(filled, r).holds === false);
}

/**
 * When filling 0 contradicts a stated total, the value a broken equation determines for the one blank it
 * holds, if exactly one blank is so determined (a whole, non-negative count): `{ id, value }`, or null.
 */
function determined(table: Table, values: Map<string, number>, failing: Relation[]): { id: string; value: number } | null {
  const found = new Map<string, number>();
  const filled = filledTable(table, values);
  for (const relation of failing) {
    if (relation.op !== '=') continue;
    const ids = [...relation.left, ...relation.right];
    const blanks = ids.filter((id) => values.has(id));
    if (blanks.length !== 1) continue;
    const ev = evaluate(filled, relation);
    if (ev.leftSum === null || ev.rightSum === null) continue;
    const id = blanks[0]!;
    const now = values.get(id)!;
    const value = round(relation.left.includes(id) ? now + ev.rightSum - ev.leftSum : now + ev.leftSum - ev.rightSum);
    if (value < 0 || !Number.isInteger(value)) return null;
    if (found.has(id) && found.get(id) !== value) return null;
    found.set(id, value);
  }
  const [only] = found;
  return found.size === 1 && only ? { id: only[0], value: only[1] } : null;
}

/** The one fix for a table's blanks, or none when no fill keeps every relation through them. */
function fillFix(templates: TableTemplates, table: Table, blanks: Cell[]): Fix | null {
  const relations = relationsOf(table, templates);
  const { values, summed } = fillValues(table, relations, blanks);
  const edits = (): TextEdit[] => blanks.map((c) => ({ range: c.range, newText: String(values.get(c.id) ?? 0) }));
  const failing = broken(table, relations, values);
  if (failing.length === 0) {
    const sums = blanks.filter((c) => summed.has(c.id)).map((c) => values.get(c.id)!);
    const title =
      sums.length === blanks.length
        ? sums.length === 1
          ? msg('填入 {0}', sums[0]!)
          : msg('填入各项之和（{0}）', joinList(sums))
        : sums.some((v) => v !== 0)
          ? msg('空白处填入 0，总计填入 {0}', joinList(sums.filter((v) => v !== 0)))
          : msg('填入 0');
    return { title, edits: edits(), safe: true };
  }
  // A stated total disagrees with the fill: the blank it determines, if only one is, and only when every
  // relation then holds. Which of the two is wrong is the drafter's call, so fix-all never applies it.
  const one = determined(table, values, failing);
  if (!one) return null;
  values.set(one.id, one.value);
  if (broken(table, relations, values).length > 0) return null;
  const name = cellName(templates, table.format, one.id);
  const title =
    blanks.length === 1 ? msg('按勾稽关系填入 {0}', one.value) : msg('“{0}”按勾稽关系填入 {1}，其余空白填入 0', name, one.value);
  return { title, edits: edits(), safe: false };
}

/** Rows named in a grouped message; the rest are summed up as 等. */
const MAX_ROWS_NAMED = 6;

/** A row's blanks by name: the column within tables 二 and 三, the whole cell name in table 四. */
function blankNames(templates: TableTemplates, table: Table, blanks: Cell[]): string[] {
  return blanks.map((c) => {
    const name = cellName(templates, table.format, c.id);
    return table.kind === 't4' ? name : (name.split('·').pop() ?? c.id);
  });
}

function rowPhrase(templates: TableTemplates, table: Table, row: Row): Message {
  return row.label ? msg('“{0}”一行', rowName(templates, table.format, table.kind, row.id)) : msg('{0}的数据行', tableName(table.kind));
}

function rowAnchor(row: Row, blanks: Cell[]) {
  return row.label?.range ?? blanks[0]!.range;
}

export const tableCellBlank: Check = {
  id: 'table/cell-blank',
  defaultSeverity: 'warning',
  get description() {
    return msg('表格单元格为空或填写“—”“/”，相关勾稽关系无法核对');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      // Only placed cells: when the count is off, which column a blank stands for is unknown.
      const rows = table.rows
        .filter((row) => row.unreadable === undefined)
        .map((row) => ({ row, blanks: row.cells.filter((c) => c.kind === 'blank' || c.kind === 'dash') }))
        .filter((r) => r.blanks.length > 0)
        .sort((a, b) => a.blanks[0]!.range.start - b.blanks[0]!.range.start);
      const [firstRow] = rows;
      if (!firstRow) continue;
      const blanks = rows.flatMap((r) => r.blanks);
      const fix = fillFix(doc.templates, table, blanks);
      let message: Message;
      if (rows.length === 1) {
        const { row, blanks: only } = firstRow;
        const names = blankNames(doc.templates, table, only);
        const what =
          only.length === row.cells.length && only.length > 1
            ? msg('全部 {0} 个单元格', only.length)
            : only.length === 1
              ? msg('有 1 个单元格（{0}）', listNames(names))
              : msg('有 {0} 个单元格（{1}）', only.length, listNames(names));
        message = sentence(
          msg('{0}{1}为空或为“—”“/”：没有发生的应填 0，空白处的勾稽关系无法核对', rowPhrase(doc.templates, table, row), what),
        );
      } else {
        const perRow = rows.map((r) => msg('“{0}”{1} 个', rowName(doc.templates, table.format, table.kind, r.row.id), r.blanks.length));
        const list = perRow.length > MAX_ROWS_NAMED ? msg('{0} 等', joinList(perRow.slice(0, MAX_ROWS_NAMED))) : joinList(perRow);
        message = msg(
          '{0}有 {1} 个单元格为空或为“—”“/”，分布在 {2} 行：{3}。没有发生的应填 0，空白处的勾稽关系无法核对',
          tableName(table.kind),
          blanks.length,
          rows.length,
          list,
        );
      }
      // The other rows are places this finding speaks for: point at the first few.
      const related: RelatedLocation[] = rows.slice(1, 4).map((r) => ({
        range: rowAnchor(r.row, r.blanks),
        message: msg('“{0}”：{1} 个空白', rowName(doc.templates, table.format, table.kind, r.row.id), r.blanks.length),
      }));
      findings.push({
        message,
        range: rowAnchor(firstRow.row, firstRow.blanks),
        ...(related.length ? { related } : {}),
        fixes: fix ? [fix] : [],
        data: tableData(table.kind, firstRow.blanks[0]!.id, {
          cells: blanks.map((c) => c.id),
          ...(rows.length > 1 ? { rows: rows.map((r) => r.row.id) } : {}),
        }),
      });
    }
    return findings;
  },
};

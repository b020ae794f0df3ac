// table/cell-invalid: a value cell that is not a usable number: text, a negative count, a fraction where a
// count is expected, or a number with its unit typed in (`43101万元`). The unit is removable safely.

import type { Cell, Fix, Row, Table } from '../../model/types';
import { cellName, rowName } from '../../template/names';
import { cellPlace } from '../../template/tables';
import type { RowDef, TableTemplates, ValueKind } from '../../template/types';
import type { Check, FindingDraft } from '../check';
import { tableData, uncertaintyNote } from './util';
import { t, tableName } from '../../l10n';

const UNIT = /\s*(万元|元|件|个|项|次|条|人次|宗)$/;
/** Letters that OCR or typing put in place of digits (the parser reads them as the digits they look like). */
const LOOKALIKE = /[Oo〇lIＯｏｌＩ]/g;

/** A number written with look-alike letters (`O`, `l2`, `〇`): a warning with the digits as its fix. */
function lookalikeFinding(templates: TableTemplates, table: Table, cell: Cell): FindingDraft | null {
  if (cell.kind !== 'number' || cell.value === null || !/[Oo〇lIＯｏｌＩ]/.test(cell.raw)) return null;
  const digits = cell.raw.replace(LOOKALIKE, (c) => ('lIｌＩ'.includes(c) ? '1' : '0'));
  return {
    message: t(
      '“{0}”的值“{1}”含有形似数字的字母或“〇”，按 {2} 读取：请改为数字（相关勾稽关系按此值核对，请确认）',
      cellName(templates, table.format, cell.id),
      cell.raw,
      digits,
    ),
    severity: 'warning',
    range: cell.range,
    fixes: [{ title: t('改为 {0}', digits), edits: [{ range: cell.range, newText: digits }], safe: false }],
    data: tableData(table.kind, cell.id, { problem: 'lookalike' }),
  };
}

/** More look-alike cells than this in one table (an OCR copy that reads every 0 as `o`) make one finding. */
const MANY_LOOKALIKES = 3;

/**
 * The look-alike findings of one table: one per cell when they are few; otherwise one for the table, on its
 * first such cell, whose fix writes the digits in every one of them.
 */
function lookalikeFindings(templates: TableTemplates, table: Table, cells: Cell[]): FindingDraft[] {
  const found = cells.map((cell) => lookalikeFinding(templates, table, cell)).filter((f): f is FindingDraft => f !== null);
  if (found.length <= MANY_LOOKALIKES) return found;
  const edits = found.flatMap((f) => f.fixes?.[0]?.edits ?? []);
  const first = found[0]!;
  const firstRaw = cells.find((c) => c.range.start === first.range.start)?.raw ?? '';
  return [
    {
      message: t(
        '{0}有 {1} 个单元格含有形似数字的字母或“〇”（如“{2}”），已按数字读取：请改为数字（相关勾稽关系按这些值核对，请确认）',
        tableName(table.kind),
        found.length,
        firstRaw,
      ),
      severity: 'warning',
      range: first.range,
      fixes: [{ title: t('全部改为数字（{0} 处）', found.length), edits, safe: false }],
      data: { ...(first.data ?? {}), count: found.length },
    },
  ];
}

/** The fix for a number with a unit: drop the unit, or convert 元 to 万元 in a column counted in 万元. */
/**
 * What the template says of a cell's column: its value kind and the row it is in (a table may hold a row of
 * the other format, so that format is looked in too).
 */
function columnOf(templates: TableTemplates, table: Table, cellId: string): { kind: ValueKind; row: RowDef | null } {
  const other = table.format === '2021' ? '2019' : '2021';
  const place = cellPlace(templates[table.format][table.kind], cellId) ?? cellPlace(templates[other][table.kind], cellId);
  return { kind: place?.row.valueKinds?.[place.index] ?? 'integer', row: place?.row ?? null };
}

function unitFix(templates: TableTemplates, table: Table, cell: Cell): Fix | null {
  const match = UNIT.exec(cell.raw);
  if (!match || cell.value === null) return null;
  const column = columnOf(templates, table, cell.id);
  const amount = column.kind === 'amount';
  const headerUnit = column.row?.amountUnit;
  if (amount && headerUnit === '万元' && match[1] === '元') {
    // The 2021 fee column is in 万元: 251000元 is 25.1 万元, and dropping the unit would inflate it 10 000 times.
    const converted = Number((cell.value / 10000).toFixed(6));
    return { title: t('改为 {0}（万元）', converted), edits: [{ range: cell.range, newText: String(converted) }], safe: false };
  }
  const number = cell.raw.slice(0, match.index);
  // The 2019 采购总金额 header names no unit, so the unit typed in the cell is the only record of it: the
  // drafter should decide (and perhaps note the unit in the header) rather than fix-all dropping it.
  const safe = !amount || headerUnit !== undefined;
  return { title: t('删除单位“{0}”', match[1]!), edits: [{ range: cell.range, newText: number }], safe };
}

/**
 * Placed cells where the count fits; otherwise every value found, so a unit is reported even then, but as
 * an uncertain value: which column it stands in is not known. A row the parser declared unreadable is
 * table/unreadable's.
 */
interface Candidate {
  cell: Cell;
  row: Row;
  placed: boolean;
}

function cellsOf(table: Table): Candidate[] {
  return table.rows
    .filter((row) => row.unreadable === undefined)
    .flatMap((row): Candidate[] => {
      const placed = row.cells.length > 0;
      return (placed ? row.cells : row.values).map((cell) => ({ cell, row, placed }));
    });
}

export const tableCellInvalid: Check = {
  id: 'table/cell-invalid',
  defaultSeverity: 'error',
  get description() {
    return t('单元格不是有效数字：含单位、文字、负数或应为整数处出现小数');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      if (table.status === 'unreadable') continue;
      const candidates = cellsOf(table);
      findings.push(
        ...lookalikeFindings(
          doc.templates,
          table,
          candidates.map((c) => c.cell),
        ),
      );
      for (const { cell, row, placed } of candidates) {
        if (cell.kind !== 'invalid') continue;
        const fix = unitFix(doc.templates, table, cell);
        const column = columnOf(doc.templates, table, cell.id);
        const problem = cell.problem ?? t('不是有效数字');
        const amount = column.kind === 'amount';
        const unitless = amount && column.row?.amountUnit === undefined;
        let advice = amount ? t('请填写非负数（没有发生的填 0）') : t('请填写非负整数（没有发生的填 0）');
        if (UNIT.test(cell.raw)) {
          advice = unitless
            ? t('单元格只填数字；“采购总金额”表头没有单位，请在表头或正文注明（元或万元）')
            : t('单元格只填数字，单位以表头为准');
        }
        // Error only for a value in a certain row and column; otherwise say what is uncertain.
        const note = placed ? uncertaintyNote([cell]) : t('（本行数值个数与格式不符，无法确定这个值所在的列）');
        const message = placed
          ? t('“{0}”的值“{1}”{2}：{3}', cellName(doc.templates, table.format, cell.id), cell.raw, problem, advice)
          : t('“{0}”一行中的值“{1}”{2}：{3}', rowName(doc.templates, table.format, table.kind, row.id), cell.raw, problem, advice);
        findings.push({
          message: note ? message + note : message,
          ...(note ? { severity: 'warning' as const } : {}),
          range: cell.range,
          fixes: fix ? [fix] : [],
          data: tableData(table.kind, cell.id, { problem }),
        });
      }
    }
    return findings;
  },
};

// workspace/carryover: a cross-document check between reports of the same agency for consecutive years.
// This year's table 三 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column (spec
// C.3 T3-6), and table 二's 现行有效件数 cannot exceed last year's plus this year's 制发 minus 废止 (C.4 T2-2),
// nor can 本年废止件数 exceed last year's 现行有效件数 plus this year's 制发 (T2-3).
// Each report is first reduced to `ReportFacts` (its agency names, year and the few cells compared), so a
// batch run or the language server's workspace index keeps a handful of numbers per report, not its text.

import type { AnalyzeOptions, Finding, ReportDocument, Severity, Span, TableKind } from '../model/types';
import { positionAt, type Position } from '../model/text';
import { msg, type Message } from '../l10n';
import { TABLES, T3_COLUMNS } from '../template/tables';
import { agencyNames, sameAgency } from './agency';

export const CARRYOVER_ID = 'workspace/carryover';

/** The check's catalogue entry, for settings, SARIF rules and documentation (it has no single-document run). */
export const workspaceCarryover = {
  id: CARRYOVER_ID,
  defaultSeverity: 'warning' as Severity,
  get description(): Message {
    return msg('本年“上年结转”与同一机关上年报告的“结转下年度继续办理”不一致');
  },
};

/** One cell kept for the comparison: its value and where it stands (as offsets and as line/character). */
export interface FactCell {
  value: number;
  range: Span;
  start: Position;
  end: Position;
}

/** What the check needs to know of one report. */
export interface ReportFacts {
  /** The report's URI (editor) or path (CLI); related locations point there. */
  uri: string;
  /** How the report is named in messages: its file name or path as the user sees it. */
  name: string;
  year: number | null;
  /** Normalised agency names from the title and the 落款 (see agency.ts). */
  agencies: string[];
  /** Only cells read with certainty: t3.carry.*, t3.next.*, and t2.{reg,nd}.{made,repealed,valid} of a 2021-format table 二. */
  cells: Record<string, FactCell>;
}

const T2_ROWS = ['reg', 'nd'] as const;
const T2_COLUMNS = ['made', 'repealed', 'valid'] as const;

/** The cell ids a report's facts keep. */
function keptCells(kind: TableKind): string[] {
  if (kind === 't3') return ['carry', 'next'].flatMap((row) => T3_COLUMNS.map((c) => `t3.${row}.${c}`));
  if (kind === 't2') return T2_ROWS.flatMap((row) => T2_COLUMNS.map((c) => `t2.${row}.${c}`));
  return [];
}

/** Reduces an analysed report to the facts the check compares; cells that are blank, reconstructed or in an unreadable table are left out. */
export function reportFacts(doc: ReportDocument, source: { uri: string; name: string }): ReportFacts {
  const cells: Record<string, FactCell> = {};
  for (const status of doc.tableStatus ?? []) {
    const table = status.table;
    if (!table || (status.state !== 'read' && status.state !== 'partial') || table.status === 'unreadable') continue;
    // Table 二's columns mean something else in the 2019 format (对外公开总数量 is not 现行有效件数).
    if (status.kind === 't2' && table.format !== '2021') continue;
    for (const id of keptCells(status.kind)) {
      const cell = table.cells.get(id);
      if (!cell || cell.kind !== 'number' || cell.value === null || cell.certainty === 'reconstructed') continue;
      if (status.rows.includes(cell.row)) continue;
      const row = table.rows.find((r) => r.id === cell.row);
      if (row?.unreadable) continue;
      cells[id] = {
        value: cell.value,
        range: { start: cell.range.start, end: cell.range.end },
        start: positionAt(doc.lineStarts, cell.range.start),
        end: positionAt(doc.lineStarts, cell.range.end),
      };
    }
  }
  // A stated 总计 that its own row does not add up to is already reported in its report (sum/row-total);
  // which number is right is unknown, so it is not compared across years either.
  for (const row of ['carry', 'next']) {
    const total = cells[`t3.${row}.tot`];
    const parts = T3_COLUMNS.filter((c) => c !== 'tot').map((c) => cells[`t3.${row}.${c}`]);
    if (total && parts.every((p) => p !== undefined) && parts.reduce((sum, p) => sum + p!.value, 0) !== total.value)
      delete cells[`t3.${row}.tot`];
  }
  return { uri: source.uri, name: source.name, year: doc.year, agencies: agencyNames(doc), cells };
}

/** The reports of the same agency for the year before `current`'s, other than `current` itself. */
export function previousYearReports(current: ReportFacts, others: Iterable<ReportFacts>): ReportFacts[] {
  if (current.year === null || current.agencies.length === 0) return [];
  const found: ReportFacts[] = [];
  for (const other of others) {
    if (other.uri === current.uri || other.year !== current.year - 1) continue;
    if (sameAgency(current.agencies, other.agencies)) found.push(other);
  }
  return found;
}

/**
 * Last year's cell `id`, when the reports found for last year agree on it: the same report may be in the
 * folder twice (as .txt and .pdf); two reports that disagree leave it undecided, so nothing is compared.
 */
function agreedCell(candidates: ReportFacts[], id: string): { report: ReportFacts; cell: FactCell } | null {
  let found: { report: ReportFacts; cell: FactCell } | null = null;
  for (const report of candidates) {
    const cell = report.cells[id];
    if (!cell) continue;
    if (found && found.cell.value !== cell.value) return null;
    if (!found) found = { report, cell };
  }
  return found;
}

function relatedIn(report: ReportFacts, cell: FactCell, message: Message) {
  return { range: { ...cell.range }, message, document: { uri: report.uri, start: { ...cell.start }, end: { ...cell.end } } };
}

/** What a comparison with last year works on: this year's report, last year's candidates, the year and the severity. */
interface YearComparison {
  current: ReportFacts;
  candidates: ReportFacts[];
  lastYear: number;
  severity: Severity;
}

/** The carry-over findings on `current`, comparing it with last year's report of the same agency among `others`. */
export function carryoverFindings(current: ReportFacts, others: Iterable<ReportFacts>, options: AnalyzeOptions = {}): Finding[] {
  const configured = options.severities?.[CARRYOVER_ID];
  if (configured === 'off') return [];
  const severity: Severity = configured ?? workspaceCarryover.defaultSeverity;
  const candidates = previousYearReports(current, others);
  if (candidates.length === 0 || current.year === null) return [];
  const comparison: YearComparison = { current, candidates, lastYear: current.year - 1, severity };
  const findings = carriedOverFindings(comparison);
  for (const row of T2_ROWS) {
    const finding = inForceFinding(comparison, row);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Table 3: what this year carried over from last year equals what last year's report carried forward. */
function carriedOverFindings({ current, candidates, lastYear, severity }: YearComparison): Finding[] {
  const findings: Finding[] = [];
  const t3Names = TABLES['2021'].t3.columnNames;
  for (const column of T3_COLUMNS) {
    const mine = current.cells[`t3.carry.${column}`];
    const theirs = agreedCell(candidates, `t3.next.${column}`);
    if (!mine || !theirs || mine.value === theirs.cell.value) continue;
    const columnName = t3Names[column] ?? column;
    findings.push({
      id: CARRYOVER_ID,
      severity,
      message: msg(
        '上年结转（{0}）为 {1}，而 {2} 年报告（{3}）的“四、结转下年度继续办理”（{0}）为 {4}，两者应相等，请核对',
        columnName,
        mine.value,
        lastYear,
        theirs.report.name,
        theirs.cell.value,
      ),
      range: { ...mine.range },
      related: [
        relatedIn(
          theirs.report,
          theirs.cell,
          msg('{0} 年报告的“四、结转下年度继续办理”（{1}）：{2}', lastYear, columnName, theirs.cell.value),
        ),
      ],
      data: {
        table: 't3',
        cell: `t3.carry.${column}`,
        other: { uri: theirs.report.uri, name: theirs.report.name, year: lastYear, cell: `t3.next.${column}`, value: theirs.cell.value },
      },
    });
  }
  return findings;
}

/**
 * Table 2, one row: the documents repealed this year and those in force at its end, measured against
 * last year's in-force count (the first finding of the two, if any).
 */
function inForceFinding({ current, candidates, lastYear, severity }: YearComparison, row: string): Finding | null {
  const t2Names = TABLES['2021'].t2.columnNames;
  const valid = current.cells[`t2.${row}.valid`];
  const made = current.cells[`t2.${row}.made`];
  const repealed = current.cells[`t2.${row}.repealed`];
  const lastValid = agreedCell(candidates, `t2.${row}.valid`);
  if (!valid || !made || !repealed || !lastValid) return null;
  // Both findings point at last year's in-force count, in its report.
  const validName = t2Names[`${row}.valid`] ?? `${row}.valid`;
  const related = [relatedIn(lastValid.report, lastValid.cell, msg('{0} 年报告的{1}：{2}', lastYear, validName, lastValid.cell.value))];
  const other = {
    uri: lastValid.report.uri,
    name: lastValid.report.name,
    year: lastYear,
    cell: `t2.${row}.valid`,
    value: lastValid.cell.value,
  };
  // C.4 T2-3: what was repealed this year was in force at the end of last year or made this year.
  const repealable = lastValid.cell.value + made.value;
  if (repealed.value > repealable) {
    const repealedName = t2Names[`${row}.repealed`] ?? `${row}.repealed`;
    // With the repealed count in doubt, the in-force count computed from it says nothing more: one finding.
    return {
      id: CARRYOVER_ID,
      severity,
      message: msg(
        '{0} {1} 多于 {2} 年报告（{3}）的现行有效件数 {4} 加本年制发 {5}（= {6}），废止的文件应是上年末有效或本年制发的，请核对',
        repealedName,
        repealed.value,
        lastYear,
        lastValid.report.name,
        lastValid.cell.value,
        made.value,
        repealable,
      ),
      range: { ...repealed.range },
      related,
      data: { table: 't2', cell: `t2.${row}.repealed`, other },
    };
  }
  const limit = lastValid.cell.value + made.value - repealed.value;
  // Documents also lapse when their term ends, so fewer is normal; more than the limit cannot be.
  if (valid.value <= limit) return null;
  return {
    id: CARRYOVER_ID,
    severity,
    message: msg(
      '{0} {1} 多于 {2} 年报告（{3}）的现行有效件数 {4} 加本年制发 {5} 减本年废止 {6}（= {7}），请核对',
      validName,
      valid.value,
      lastYear,
      lastValid.report.name,
      lastValid.cell.value,
      made.value,
      repealed.value,
      limit,
    ),
    range: { ...valid.range },
    related,
    data: { table: 't2', cell: `t2.${row}.valid`, other },
  };
}

/**
 * Carry-over findings for a set of reports at once (the CLI's files): for each report, in the order given,
 * the findings on it. Reports are grouped by year, so each is compared only with last year's.
 */
export function carryoverAcross(reports: ReportFacts[], options: AnalyzeOptions = {}): Finding[][] {
  const byYear = new Map<number, ReportFacts[]>();
  for (const report of reports) {
    if (report.year === null) continue;
    const list = byYear.get(report.year);
    if (list) list.push(report);
    else byYear.set(report.year, [report]);
  }
  return reports.map((report) => (report.year === null ? [] : carryoverFindings(report, byYear.get(report.year - 1) ?? [], options)));
}

// A report's state at a glance: its year and format, which of the three standard tables were read, and
// how many of each table's 勾稽关系 hold, fail or cannot be checked. The status bar and the CodeLenses
// above the tables say this; the relations are counted with the template's one evaluator.

import type { FormatId, ReportDocument, Span, Table, TableKind, TableReadState } from '../model/types';
import { evaluate, relationsOf } from '../template/evaluate';
import type { TableTemplates } from '../template/types';
import { t, tableName } from '../l10n';

export interface RelationCounts {
  /** Relations of the table's format that live in the table. */
  total: number;
  holds: number;
  fails: number;
  /** Not assessable: a part is blank, 「—」, not a number or was not found. */
  unchecked: number;
}

export interface TableSummary {
  kind: TableKind;
  state: TableReadState;
  /** The parsed table's range, when one was found. */
  range: Span | null;
  relations: RelationCounts;
}

export interface ReportSummary {
  year: number | null;
  /** The format the tables are written in, else the one the year calls for; 'mixed' when both occur. */
  format: FormatId | 'mixed' | null;
  tables: TableSummary[];
  /** Tables whose every row was read. */
  tablesRead: number;
  relations: RelationCounts;
}

const NO_RELATIONS: RelationCounts = { total: 0, holds: 0, fails: 0, unchecked: 0 };

/** Counts the relations of one table. An unreadable table's relations are all unchecked. */
export function relationCounts(table: Table, templates: TableTemplates): RelationCounts {
  const counts = { ...NO_RELATIONS };
  for (const relation of relationsOf(table, templates)) {
    counts.total++;
    const holds = table.status === 'unreadable' ? null : evaluate(table, relation).holds;
    if (holds === true) counts.holds++;
    else if (holds === false) counts.fails++;
    else counts.unchecked++;
  }
  return counts;
}

function add(a: RelationCounts, b: RelationCounts): RelationCounts {
  return { total: a.total + b.total, holds: a.holds + b.holds, fails: a.fails + b.fails, unchecked: a.unchecked + b.unchecked };
}

export function reportSummary(doc: ReportDocument): ReportSummary {
  const tables = doc.tableStatus.map((status): TableSummary => ({
    kind: status.kind,
    state: status.state,
    range: status.table ? status.table.range : null,
    relations: status.table ? relationCounts(status.table, doc.templates) : { ...NO_RELATIONS },
  }));
  return {
    year: doc.year,
    format: doc.tableFormat ?? doc.expectedFormat,
    tables,
    tablesRead: tables.filter((s) => s.state === 'read').length,
    relations: tables.reduce((sum, s) => add(sum, s.relations), { ...NO_RELATIONS }),
  };
}

/** `勾稽 ✓`, `勾稽 ✗ 2`, `勾稽 ? 3` (some could not be checked) or `勾稽 —` (nothing to check). */
export function relationsBadge(counts: RelationCounts): string {
  if (counts.fails > 0) return t('勾稽 ✗ {0}', counts.fails);
  if (counts.total === 0) return t('勾稽 —');
  if (counts.unchecked > 0) return t('勾稽 ? {0}', counts.unchecked);
  return t('勾稽 ✓');
}

/** The status bar text: `2023 · 2021 版 · 表格 3/3 · 勾稽 ✓`. */
export function statusLine(summary: ReportSummary): string {
  const year = summary.year === null ? t('年份不明') : String(summary.year);
  const format = summary.format === null ? t('格式不明') : summary.format === 'mixed' ? t('格式混用') : t('{0} 版', summary.format);
  return [year, format, t('表格 {0}/{1}', summary.tablesRead, summary.tables.length), relationsBadge(summary.relations)].join(' · ');
}

function stateText(state: TableReadState): string {
  switch (state) {
    case 'read':
      return t('已读取');
    case 'partial':
      return t('部分读取');
    case 'missing':
      return t('缺失');
    case 'unreadable':
      return t('无法读取');
  }
}

/** One table's relations in words: `勾稽关系 5/5 ✓`, `勾稽关系 3/5，2 处不符`, `勾稽关系 3/5，2 处无法核对`. */
export function relationsText(counts: RelationCounts): string {
  if (counts.total === 0) return t('无勾稽关系');
  const parts = [t('勾稽关系 {0}/{1}', counts.holds, counts.total)];
  if (counts.fails === 0 && counts.unchecked === 0) return `${parts[0]} ✓`;
  if (counts.fails > 0) parts.push(t('{0} 处不符', counts.fails));
  if (counts.unchecked > 0) parts.push(t('{0} 处无法核对', counts.unchecked));
  return parts.join(t('，'));
}

/** The tooltip: one line per table, e.g. `表三：已读取，勾稽关系 48/50，2 处不符`. */
export function statusDetails(summary: ReportSummary): string[] {
  return summary.tables.map((s) => {
    const relations = s.state === 'missing' ? '' : t('，') + relationsText(s.relations);
    return t('{0}：{1}', tableName(s.kind), stateText(s.state)) + relations;
  });
}

/** The CodeLens title above a table: its relations, or why they cannot be counted. */
export function tableLensTitle(summary: TableSummary): string {
  const relations = relationsText(summary.relations);
  return summary.state === 'read' ? relations : `${stateText(summary.state)} · ${relations}`;
}

// Hover texts (Markdown, in the UI language; labels quoted from the report stay Chinese): a table cell's table, row, column and value with every relation it
// anchors written out as a sum (on a total, its Σ breakdown first); table 三's balance on the 一、二、（七）、四 cells; a row label's sum; what
// a section must contain; and the findings under the cursor with a link to their documentation.

import type { Cell, Finding, ReportDocument, Row, Section, Severity, Span, Table } from '../model/types';
import { SECTIONS } from '../template/sections';
import { TABLE_TITLES } from '../template/tables';
import { cellNameParts, rowName } from '../template/names';
import type { TableTemplates } from '../template/types';
import { evaluate, relationsOf } from '../template/evaluate';
import { describeEvaluation } from './sums';
import { setLanguage, t, type UiLanguage } from '../l10n';

export interface HoverResult {
  markdown: string;
  range: Span;
}

export interface HoverOptions {
  /** Prefix of the links to the checks' pages; `<base><id>.md`. Defaults to `docs/checks/`. */
  docsBaseUrl?: string;
  /** The UI language; defaults to the language the analysis was made in, else Chinese. */
  language?: UiLanguage;
}

function severityName(severity: Severity): string {
  return severity === 'error' ? t('错误') : severity === 'warning' ? t('警告') : t('提示');
}

/** The hover at a UTF-16 offset, or null when there is nothing to say there. */
export function hover(
  analysis: { doc: ReportDocument; findings: Finding[]; language?: UiLanguage },
  offset: number,
  options: HoverOptions = {},
): HoverResult | null {
  try {
    setLanguage(options.language ?? analysis.language ?? 'zh-cn');
    return hoverUnsafe(analysis.doc, analysis.findings, offset, options);
  } catch {
    // A hover is never worth an error: say nothing.
    return null;
  }
}

function hoverUnsafe(doc: ReportDocument, findings: Finding[], offset: number, options: HoverOptions): HoverResult | null {
  const base = options.docsBaseUrl ?? 'docs/checks/';
  let main: HoverResult | null = null;

  for (const table of doc.tables) {
    if (!inside(table.range, offset)) continue;
    main = cellHover(doc.templates, table, offset) ?? rowLabelHover(doc.templates, table, offset);
    if (main) break;
  }
  if (!main) {
    const section = doc.sections.find((s) => inside(s.heading.range, offset));
    if (section) main = sectionHover(section);
  }

  const here = findings.filter((f) => inside(f.range, offset));
  if (!main && here.length === 0) return null;
  const parts: string[] = main ? [main.markdown] : [];
  if (here.length) {
    if (main) parts.push('---');
    for (const f of here) parts.push(t('**{0}** {1}（[{2}]({3})）', severityName(f.severity), f.message, f.id, `${base}${f.id}.md`));
  }
  return { markdown: parts.join('\n\n'), range: main ? main.range : here[0]!.range };
}

/** Inclusive at both ends, so the cursor right after a number still hovers it. */
function inside(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function valueText(cell: Cell): string {
  switch (cell.kind) {
    case 'number':
      return cell.raw;
    case 'blank':
      return t('空白（不计为 0，相关合计不可核对）');
    case 'dash':
      return t('“{0}”（不计为 0，相关合计不可核对）', cell.raw);
    default:
      return t('“{0}”（{1}）', cell.raw, cell.problem ?? t('不是有效数字'));
  }
}

/** A cell's row and column names as hovers show them; a cell the templates lack by its own row and column ids. */
function cellNames(templates: TableTemplates, table: Table, cell: Cell): { row: string; column: string } {
  return (
    cellNameParts(templates, table.format, cell.id, 'hover') ?? {
      row: rowName(templates, table.format, table.kind, cell.row, 'hover'),
      column: cell.col,
    }
  );
}

function cellHover(templates: TableTemplates, table: Table, offset: number): HoverResult | null {
  let found: { row: Row; cell: Cell } | null = null;
  for (const row of table.rows) {
    // Prefer a non-empty cell where an empty one touches it at the same offset.
    for (const cell of row.values) {
      if (!inside(cell.range, offset)) continue;
      if (!found || found.cell.range.start === found.cell.range.end) found = { row, cell };
    }
  }
  if (!found) return null;
  const { row, cell } = found;
  const lines = [`**${TABLE_TITLES[table.kind]}**`];
  const placed = table.cells.get(cell.id) === cell;
  if (!placed) {
    const name = row.label ? rowName(templates, table.format, table.kind, row.id, 'hover') : TABLE_TITLES[table.kind];
    lines.push(t('行：{0}；值：{1}', name, valueText(cell)));
    lines.push(
      table.status === 'unreadable'
        ? t('表格无法读取：{0}', table.unreadableReason ?? t('数值无法确定所在单元格'))
        : row.unreadable !== undefined
          ? t('本行数值无法读取：{0}', row.unreadable)
          : t('本行有 {0} 个数值，格式要求 {1} 个，无法确定该数值所在的列', row.values.length, row.expected),
    );
    return { markdown: lines.join('\n\n'), range: cell.range };
  }
  const names = cellNames(templates, table, cell);
  lines.push(t('行：{0}；列：{1}；值：{2}', names.row, names.column, valueText(cell)));
  if (cell.certainty === 'reconstructed') lines.push(t('这个值由连在一起的数字拆分、或由与标签分开的数值对应而来，请核对'));
  // On a total, its Σ breakdown comes first (`办理结果合计：（七）总计 = 4 + 2 = 6 ✓`), where a drafter
  // looks; then the table, the cell, and the balance of table 三 on any of its four cells.
  const totals: string[] = [];
  for (const relation of relationsOf(table, templates)) {
    const isTotal = relation.anchor === cell.id && relation.op === '=' && relation.left.length === 1 && relation.left[0] === cell.id;
    const shown =
      relation.anchor === cell.id || (relation.check === 'sum/balance' && [...relation.left, ...relation.right].includes(cell.id));
    if (isTotal) totals.push(describeEvaluation(evaluate(table, relation), templates[table.format][table.kind]));
    else if (shown) lines.push(describeEvaluation(evaluate(table, relation), templates[table.format][table.kind]));
  }
  return { markdown: [...totals, ...lines].join('\n\n'), range: cell.range };
}

function rowLabelHover(templates: TableTemplates, table: Table, offset: number): HoverResult | null {
  const row = table.rows.find((r) => r.label && inside(r.label.range, offset));
  if (!row || !row.label) return null;
  const lines = [`**${TABLE_TITLES[table.kind]}**`, t('行：{0}', rowName(templates, table.format, table.kind, row.id, 'hover'))];
  if (row.label.match === 'typo') lines.push(t('标准写法：{0}', row.label.standard));
  if (row.cells.length === 0) {
    lines.push(
      table.status === 'unreadable'
        ? t('表格无法读取：{0}', table.unreadableReason ?? t('数值无法确定所在单元格'))
        : row.unreadable !== undefined
          ? t('本行数值无法读取：{0}', row.unreadable)
          : t('本行有 {0} 个数值，格式要求 {1} 个', row.values.length, row.expected),
    );
    return { markdown: lines.join('\n\n'), range: row.label.range };
  }
  const rowCells = new Set(row.cells.map((c) => c.id));
  const own = relationsOf(table, templates).filter(
    (r) =>
      r.check !== 'sum/balance' &&
      rowCells.has(r.anchor) &&
      r.left.every((id) => rowCells.has(id)) &&
      r.right.every((id) => rowCells.has(id)),
  );
  if (own.length) {
    for (const relation of own) lines.push(describeEvaluation(evaluate(table, relation), templates[table.format][table.kind]));
  } else {
    // A row without a sum of its own (table 二): its values by column.
    lines.push(row.cells.map((c) => `${cellNames(templates, table, c).column} ${c.kind === 'blank' ? t('空白') : c.raw}`).join(t('；')));
  }
  return { markdown: lines.join('\n\n'), range: row.label.range };
}

function sectionHover(section: Section): HoverResult | null {
  const def = SECTIONS.find((s) => s.key === section.key);
  if (!def) return null;
  // The requirement is UI text kept with the template data; the English bundle has each one as a key.
  return { markdown: `**${def.numeral}、${def.title}**\n\n${t(def.requirement)}`, range: section.heading.range };
}

// The audit page of `nianbao report`: one self-contained HTML file (inline CSS, JS and SVG, no network, works
// from a file:// URL) with a sortable, filterable table of all reports, a drill-down per report (its
// findings and its tables 二/三/四 in the official layout, rendered by the preview's renderer) and charts.
// Pure: it turns analyses into data and data into a string; report.ts does the reading and writing.

import {
  TABLES,
  agencyNames,
  escapeHtml,
  positionAt,
  translator,
  type Analysis,
  type Severity,
  type TableKind,
  type Translator,
  type UiLanguage,
} from '../service';
import { serviceFor } from './services';

export type ReviewState = 'confirmed' | 'dismissed' | 'open';
export type AuditStatus = 'errors' | 'unassessable' | 'warnings' | 'clean';

export interface AuditFinding {
  id: string;
  severity: Severity;
  message: string;
  /** 1-based line and column, as editors show them. */
  line: number;
  column: number;
  cell: string | null;
  review: ReviewState;
  /** For a finding that compares with another report (workspace/carryover): that report's file as listed. */
  otherFile?: string;
}

export interface AuditReport {
  file: string;
  /** The file's kind from its name: txt, md, html, pdf … */
  fileType: string;
  agency: string;
  year: number | null;
  /** The tables' format (2021, 2019, mixed) or the one the year calls for. */
  format: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Names of the standard tables that were not read in full (表二 …). */
  notAssessable: string[];
  status: AuditStatus;
  review: Record<ReviewState, number>;
  findings: AuditFinding[];
  /** Tables 二/三/四 as the preview renders them, problem cells marked. */
  tablesHtml: string;
  /** Table 三's 总计 column per outcome, where read with certainty (null: not read). */
  outcomes: Record<OutcomeKey, number | null>;
}

const OUTCOMES = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'next'] as const;
export type OutcomeKey = (typeof OUTCOMES)[number];

/** An outcome's short name from table 三's template: the row's (`r1` 予以公开) or its group's (`r3` 不予公开). */
function outcomeName(tr: Translator, key: OutcomeKey): string {
  const template = TABLES['2021'].t3;
  const def = template.rows.find((r) => r.key === key) ?? template.groups.find((g) => g.key === `g.${key}`);
  // The short names are keys of the English bundle, like every other Chinese source string.
  return def?.shortName ? tr.t(def.shortName) : key;
}

function statusName(tr: Translator, status: AuditStatus): string {
  switch (status) {
    case 'errors':
      return tr.t('有错误');
    case 'unassessable':
      return tr.t('表格无法核对');
    case 'warnings':
      return tr.t('有警告');
    default:
      return tr.t('通过');
  }
}

function reviewName(tr: Translator, state: ReviewState): string {
  return state === 'confirmed' ? tr.t('已确认') : state === 'dismissed' ? tr.t('已忽略') : tr.t('待处理');
}

/** The sum of table 三's 总计 cells of the rows under one outcome, when every one of them was read with certainty. */
function outcomeTotal(analysis: Analysis, key: OutcomeKey): number | null {
  const status = analysis.doc.tableStatus.find((s) => s.kind === 't3');
  const table = status?.table;
  if (!table || table.status === 'unreadable') return null;
  const rows =
    key === 'next' || key === 'r1' || key === 'r2'
      ? [key]
      : table.rows.map((r) => r.id).filter((id) => id === key || id.startsWith(`${key}.`));
  if (rows.length === 0) return null;
  let sum = 0;
  for (const row of rows) {
    const cell = table.cells.get(`t3.${row}.tot`);
    if (!cell || cell.kind !== 'number' || cell.value === null || cell.certainty === 'reconstructed') return null;
    sum += cell.value;
  }
  return sum;
}

/**
 * One report's row and drill-down. `reviewOf` gives each finding's review state by its index among the
 * analysis's findings (from a baseline file); without it every finding is open.
 */
export function auditReport(
  file: string,
  analysis: Analysis,
  reviewOf?: (index: number) => ReviewState,
  language: UiLanguage = 'zh-cn',
): AuditReport {
  const tr = translator(language);
  const { doc } = analysis;
  const lineStarts = doc.lineStarts;
  const findings: AuditFinding[] = analysis.findings.map((finding, index) => {
    const at = positionAt(lineStarts, Math.min(Math.max(0, finding.range.start), doc.text.length));
    const cell = typeof finding.data?.cell === 'string' ? finding.data.cell : null;
    const other = finding.data?.other as { name?: unknown } | undefined;
    const otherFile = typeof other?.name === 'string' ? other.name : undefined;
    return {
      id: finding.id,
      severity: finding.severity,
      message: tr.render(finding.message),
      line: at.line + 1,
      column: at.character + 1,
      cell,
      review: reviewOf?.(index) ?? 'open',
      ...(otherFile ? { otherFile } : {}),
    };
  });
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const notAssessable = doc.tableStatus.filter((s) => s.state !== 'read').map((s) => tr.tableName(s.kind as TableKind));
  const status: AuditStatus = errors > 0 ? 'errors' : notAssessable.length > 0 ? 'unassessable' : warnings > 0 ? 'warnings' : 'clean';
  const review: Record<ReviewState, number> = { confirmed: 0, dismissed: 0, open: 0 };
  for (const f of findings) review[f.review]++;
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const outcomes = Object.fromEntries(OUTCOMES.map((key) => [key, outcomeTotal(analysis, key)])) as Record<OutcomeKey, number | null>;
  return {
    file,
    fileType: extension,
    agency: agencyNames(doc)[0] ?? '',
    year: doc.year,
    // Tables of both formats in one report read as 混合 (mixed) in the page's language.
    format: doc.tableFormat === 'mixed' ? tr.t('混合') : (doc.tableFormat ?? doc.expectedFormat ?? ''),
    errors,
    warnings,
    infos: findings.length - errors - warnings,
    notAssessable,
    status,
    review,
    findings,
    tablesHtml: serviceFor({ language }).preview(analysis).html,
    outcomes,
  };
}

// ---------------------------------------------------------------------------------------------
// charts (inline SVG, drawn once when the page is written)

interface Bar {
  label: string;
  value: number;
  cls: string;
}

function barChart(tr: Translator, id: string, title: string, bars: Bar[], note?: string): string {
  const rowHeight = 24;
  const labelWidth = 190;
  const barWidth = 260;
  const width = labelWidth + barWidth + 70;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((bar, i) => {
    const y = 4 + i * rowHeight;
    const w = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * barWidth)) : 0;
    return (
      `<g class="bar ${escapeHtml(bar.cls)}" data-label="${escapeHtml(bar.label)}" data-value="${bar.value}">` +
      `<title>${escapeHtml(`${bar.label}：${bar.value}`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" rx="2"></rect>` +
      `<text class="value" x="${labelWidth + w + 6}" y="${y + 16}">${bar.value}</text></g>`
    );
  });
  const empty = bars.length === 0 ? `<text x="10" y="18">${escapeHtml(tr.t('没有数据'))}</text>` : '';
  return (
    `<figure class="chart" id="${id}"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}${empty}</svg>` +
    (note ? `<p class="chart-note">${escapeHtml(note)}</p>` : '') +
    `</figure>`
  );
}

function charts(tr: Translator, reports: AuditReport[]): string {
  const outcomeBars: Bar[] = OUTCOMES.map((key) => ({
    label: outcomeName(tr, key),
    value: reports.reduce((sum, r) => sum + (r.outcomes[key] ?? 0), 0),
    cls: `outcome-${key}`,
  }));
  const counted = reports.filter((r) => OUTCOMES.every((key) => r.outcomes[key] !== null)).length;
  const byCheck = new Map<string, { count: number; severity: Severity }>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const entry = byCheck.get(finding.id) ?? { count: 0, severity: finding.severity };
      entry.count++;
      if (rank(finding.severity) < rank(entry.severity)) entry.severity = finding.severity;
      byCheck.set(finding.id, entry);
    }
  }
  const checkBars = [...byCheck.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, 15)
    .map(([id, entry]) => ({ label: id, value: entry.count, cls: `sev-${entry.severity}` }));
  const statusBars = (['errors', 'unassessable', 'warnings', 'clean'] as AuditStatus[]).map((status) => ({
    label: statusName(tr, status),
    value: reports.filter((r) => r.status === status).length,
    cls: `status-${status}`,
  }));
  return (
    `<section class="charts">` +
    barChart(
      tr,
      'chart-outcomes',
      tr.t('申请办理结果（各报告表三总计列合计）'),
      outcomeBars,
      tr.t('计入 {0} 份表三读取完整的报告', counted),
    ) +
    barChart(tr, 'chart-checks', tr.t('问题数（按检查项，前 15 项）'), checkBars) +
    barChart(tr, 'chart-status', tr.t('报告数（按状态）'), statusBars) +
    `</section>`
  );
}

function rank(severity: Severity): number {
  return ['error', 'warning', 'information', 'hint'].indexOf(severity);
}

// ---------------------------------------------------------------------------------------------
// the page

export interface AuditPageOptions {
  /** When the page was written, as shown on it. */
  generatedAt: string;
  /** The review file the states come from, or null (then every finding is open). */
  baseline: string | null;
  /** Files that could not be read, with why. */
  problems?: Array<{ display: string; message: string }>;
  /** The page's language (default Chinese). */
  language?: UiLanguage;
}

/** Embeds JSON in a script element: nothing in it can close the element or break the script. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderAuditPage(reports: AuditReport[], options: AuditPageOptions): string {
  const tr = translator(options.language);
  const lang = tr.language === 'en' ? 'en' : 'zh-CN';
  const title = tr.t('政府信息公开工作年度报告审核');
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const checkIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.id)))].sort();
  const totals = {
    errors: reports.reduce((s, r) => s + r.errors, 0),
    warnings: reports.reduce((s, r) => s + r.warnings, 0),
  };
  const head: Array<[key: string, label: string, type: string]> = [
    ['agency', tr.t('机关'), 'text'],
    ['year', tr.t('年度'), 'number'],
    ['fileType', tr.t('文件'), 'text'],
    ['format', tr.t('表格格式'), 'text'],
    ['errors', tr.t('错误'), 'number'],
    ['warnings', tr.t('警告'), 'number'],
    ['notAssessable', tr.t('无法核对的表'), 'number'],
    ['status', tr.t('状态'), 'text'],
    ['review', tr.t('复核（确认/忽略/待处理）'), 'number'],
  ];
  const rows = reports.map((r, i) => reportRow(tr, r, i));
  const labels = pageLabels(tr);
  const data = reports.map((r) => ({
    file: r.file,
    agency: r.agency,
    year: r.year,
    format: r.format,
    fileType: r.fileType,
    status: r.status,
    notAssessable: r.notAssessable,
    notAssessableText: tr.joinList(r.notAssessable),
    review: r.review,
    findings: r.findings,
    tables: r.tablesHtml,
  }));
  const problems = options.problems ?? [];
  // Dismissals recorded beside the reports (.nianbao.json, the editor's 「忽略此问题」) count whether or not a baseline is given.
  const reviewLine = options.baseline
    ? [tr.t('复核状态取自 {0}。', options.baseline), tr.t('在 .nianbao.json 中忽略的问题记为已忽略。')].join(lang === 'en' ? ' ' : '')
    : tr.t('未提供基线文件（--baseline）：在 .nianbao.json 中忽略的问题记为已忽略，其余均为待处理。');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(tr.t('共 {0} 份报告：{1} 个错误，{2} 个警告', reports.length, totals.errors, totals.warnings))} · ${escapeHtml(tr.t('生成于 {0}', options.generatedAt))}</p>
<p class="meta review-note">${escapeHtml(reviewLine)}</p>
${problems.length ? `<details class="problems"><summary>${escapeHtml(tr.t('{0} 个文件无法读取', problems.length))}</summary><ul>${problems.map((p) => `<li>${escapeHtml(p.display)}：${escapeHtml(p.message)}</li>`).join('')}</ul></details>` : ''}
</header>
${charts(tr, reports)}
<section class="list">
<div class="filters">
${filtersHtml(tr, years, checkIds)}
<span id="shown-count" aria-live="polite"></span>
</div>
<table id="reports">
<thead><tr>${head.map(([key, label, type]) => `<th scope="col" data-key="${key}" data-type="${type}" tabindex="0" aria-sort="none">${escapeHtml(label)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</section>
<section id="detail" hidden></section>
<script type="application/json" id="audit-data">${scriptJson({ reports: data, labels })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** One report's row in the list, with what the page's script sorts, filters and searches it by. */
function reportRow(tr: Translator, r: AuditReport, i: number): string {
  const cells = [
    `<td class="agency"><a href="#report-${i}">${escapeHtml(r.agency || tr.t('（未识别）'))}</a><div class="file">${escapeHtml(r.file)}</div></td>`,
    `<td class="num">${r.year ?? '—'}</td>`,
    `<td>${escapeHtml(r.fileType)}</td>`,
    `<td>${escapeHtml(r.format || '—')}</td>`,
    `<td class="num${r.errors ? ' has-errors' : ''}">${r.errors}</td>`,
    `<td class="num${r.warnings ? ' has-warnings' : ''}">${r.warnings}</td>`,
    `<td class="num" title="${escapeHtml(tr.joinList(r.notAssessable))}">${r.notAssessable.length}${r.notAssessable.length ? ` <span class="tables">${escapeHtml(tr.joinList(r.notAssessable))}</span>` : ''}</td>`,
    `<td><span class="status status-${r.status}">${escapeHtml(statusName(tr, r.status))}</span></td>`,
    `<td class="review">${r.review.confirmed} / ${r.review.dismissed} / ${r.review.open}</td>`,
  ];
  const sortKeys = {
    agency: r.agency,
    year: r.year ?? -1,
    fileType: r.fileType,
    format: r.format,
    errors: r.errors,
    warnings: r.warnings,
    notAssessable: r.notAssessable.length,
    status: ['errors', 'unassessable', 'warnings', 'clean'].indexOf(r.status),
    review: r.review.open,
  };
  const search = `${r.agency} ${r.file}`.toLowerCase();
  const checks = [...new Set(r.findings.map((f) => f.id))].join(' ');
  return (
    `<tr class="report-row" tabindex="0" data-index="${i}" data-status="${r.status}" data-year="${r.year ?? ''}" data-checks="${escapeHtml(checks)}" ` +
    `data-search="${escapeHtml(search)}" data-sort="${escapeHtml(JSON.stringify(sortKeys))}">${cells.join('')}</tr>`
  );
}

/** The words the page's script shows, in the page's language. */
function pageLabels(tr: Translator) {
  return {
    severity: { error: tr.t('错误'), warning: tr.t('警告'), information: tr.t('提示'), hint: tr.t('提示') },
    review: { confirmed: reviewName(tr, 'confirmed'), dismissed: reviewName(tr, 'dismissed'), open: reviewName(tr, 'open') },
    status: Object.fromEntries((['errors', 'unassessable', 'warnings', 'clean'] as AuditStatus[]).map((s) => [s, statusName(tr, s)])),
    shown: tr.t('显示 {0} / {1} 份报告'),
    noFindings: tr.t('没有发现问题。'),
    findings: tr.t('问题'),
    tables: tr.t('表二、表三、表四'),
    where: tr.t('位置'),
    check: tr.t('检查项'),
    message: tr.t('说明'),
    level: tr.t('级别'),
    reviewState: tr.t('复核'),
    lineColumn: tr.t('第 {0} 行第 {1} 列'),
    back: tr.t('返回列表'),
    notAssessable: tr.t('无法核对的表：{0}'),
    unknownAgency: tr.t('（未识别）'),
    fileLine: tr.t('文件：{0}'),
    openOther: tr.t('查看该报告'),
    counted: tr.t('{0}（{1}）'),
  };
}

/** The search box and the status, year and check filters above the list. */
function filtersHtml(tr: Translator, years: number[], checkIds: string[]): string {
  return `<label>${escapeHtml(tr.t('搜索'))} <input type="search" id="filter-text" placeholder="${escapeHtml(tr.t('机关或文件名'))}"></label>
<label>${escapeHtml(tr.t('状态'))} <select id="filter-status"><option value="">${escapeHtml(tr.t('全部'))}</option>${(['errors', 'unassessable', 'warnings', 'clean'] as AuditStatus[]).map((s) => `<option value="${s}">${escapeHtml(statusName(tr, s))}</option>`).join('')}</select></label>
<label>${escapeHtml(tr.t('年度'))} <select id="filter-year"><option value="">${escapeHtml(tr.t('全部'))}</option>${years.map((y) => `<option value="${y}">${y}</option>`).join('')}</select></label>
<label>${escapeHtml(tr.t('检查项'))} <select id="filter-check"><option value="">${escapeHtml(tr.t('全部'))}</option>${checkIds.map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`).join('')}</select></label>`;
}

const CSS = `
:root { color-scheme: light; --err: #c62828; --warn: #b26a00; --info: #1565c0; --ok: #2e7d32; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 0 24px 40px; color: #1f2328; background: #fff; font-size: 14px; }
h1 { font-size: 22px; margin: 20px 0 4px; }
.meta { color: #57606a; margin: 2px 0; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; margin: 16px 0; }
.chart { margin: 0; padding: 10px 12px; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart svg text { font-size: 12px; fill: #1f2328; }
.chart svg rect { fill: #0969da; }
.chart .chart-note { margin: 4px 0 0; color: #57606a; font-size: 12px; }
.chart .sev-error rect, .chart .status-errors rect { fill: var(--err); }
.chart .sev-warning rect, .chart .status-warnings rect { fill: var(--warn); }
.chart .sev-information rect, .chart .sev-hint rect { fill: var(--info); }
.chart .status-unassessable rect { fill: #8250df; }
.chart .status-clean rect, .chart .outcome-r1 rect { fill: var(--ok); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.filters input, .filters select { font: inherit; padding: 3px 6px; }
#shown-count { color: #57606a; }
table#reports { border-collapse: collapse; width: 100%; }
#reports th, #reports td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
#reports th { background: #f6f8fa; cursor: pointer; user-select: none; white-space: nowrap; position: sticky; top: 0; }
#reports th[aria-sort="ascending"]::after { content: " ▲"; }
#reports th[aria-sort="descending"]::after { content: " ▼"; }
#reports td.num { text-align: right; font-variant-numeric: tabular-nums; }
#reports tr.report-row { cursor: pointer; }
#reports tr.report-row:hover, #reports tr.report-row:focus { background: #eaf2ff; outline: none; }
#reports tr.selected { background: #dbe9ff; }
#reports .file { color: #57606a; font-size: 12px; }
#reports .tables { color: #8250df; font-size: 12px; }
.has-errors { color: var(--err); font-weight: 600; }
.has-warnings { color: var(--warn); font-weight: 600; }
.status { padding: 1px 6px; border-radius: 10px; font-size: 12px; white-space: nowrap; }
.status-errors { background: #ffebe9; color: var(--err); }
.status-unassessable { background: #fbefff; color: #8250df; }
.status-warnings { background: #fff8c5; color: var(--warn); }
.status-clean { background: #dafbe1; color: var(--ok); }
#detail { margin-top: 24px; border-top: 3px solid #0969da; padding-top: 8px; }
#detail h2 { font-size: 18px; margin: 8px 0; }
#detail table.findings { border-collapse: collapse; width: 100%; margin-bottom: 16px; }
#detail table.findings th, #detail table.findings td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
#detail table.findings tr[data-cell] { cursor: pointer; }
.sev { font-weight: 600; }
.sev.sev-error { color: var(--err); }
.sev.sev-warning { color: var(--warn); }
.sev.sev-information, .sev.sev-hint { color: var(--info); }
.review-confirmed { color: var(--err); }
.review-dismissed { color: #57606a; text-decoration: line-through; }
.table-section h2 { font-size: 15px; }
.table-section .format { color: #57606a; font-weight: normal; font-size: 12px; }
.report-table { border-collapse: collapse; margin-bottom: 12px; }
.report-table th, .report-table td { border: 1px solid #8c959f; padding: 3px 6px; font-size: 12px; }
.report-table th { background: #f6f8fa; font-weight: normal; text-align: left; }
.report-table td { text-align: right; min-width: 3em; font-variant-numeric: tabular-nums; }
.report-table td.not-read { background: repeating-linear-gradient(45deg, transparent, transparent 4px, rgba(128,128,128,.18) 4px, rgba(128,128,128,.18) 8px); }
.report-table .finding { background: rgba(229, 20, 0, .18); color: var(--err); outline: 2px solid var(--err); outline-offset: -2px; font-weight: bold; }
.report-table .finding.sev-warning { background: rgba(191, 135, 0, .2); color: var(--warn); outline-color: var(--warn); }
.report-table .finding.sev-information, .report-table .finding.sev-hint { background: rgba(9, 105, 218, .1); color: var(--info); outline-width: 1px; outline-color: var(--info); font-weight: normal; }
.report-table .flash { animation: flash 1.2s ease-out 2; }
@keyframes flash { 50% { background: #ffd33d; } }
.notes { margin: 4px 0; padding-left: 18px; }
.notes .sev-error { color: var(--err); }
.notes .sev-warning { color: var(--warn); }
.absent { color: #57606a; }
.problems { margin: 6px 0; color: var(--err); }
`;

// The page's behaviour: sorting by any column (click or Enter on its header; numbers as numbers), filtering
// by text, status, year and check, and the drill-down of a report (a click or Enter on its row, or #report-N).
const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('audit-data').textContent);
  var L = data.labels;
  var byFile = {};
  data.reports.forEach(function (r, i) { byFile[r.file] = i; });
  var tbody = document.querySelector('#reports tbody');
  var rows = Array.prototype.slice.call(tbody.querySelectorAll('tr.report-row'));
  var detail = document.getElementById('detail');
  var filterText = document.getElementById('filter-text');
  var filterStatus = document.getElementById('filter-status');
  var filterYear = document.getElementById('filter-year');
  var filterCheck = document.getElementById('filter-check');
  var shown = document.getElementById('shown-count');
  function fill(template, values) { return template.replace(/\\{(\\d+)\\}/g, function (m, i) { return String(values[Number(i)]); }); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }

  function applyFilters() {
    var text = filterText.value.trim().toLowerCase();
    var status = filterStatus.value, year = filterYear.value, check = filterCheck.value;
    var count = 0;
    rows.forEach(function (row) {
      var ok = (!text || row.getAttribute('data-search').indexOf(text) >= 0) &&
        (!status || row.getAttribute('data-status') === status) &&
        (!year || row.getAttribute('data-year') === year) &&
        (!check || (' ' + row.getAttribute('data-checks') + ' ').indexOf(' ' + check + ' ') >= 0);
      row.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = fill(L.shown, [count, rows.length]);
  }
  [filterText, filterStatus, filterYear, filterCheck].forEach(function (input) {
    input.addEventListener('input', applyFilters);
    input.addEventListener('change', applyFilters);
  });

  var sortKey = null, sortDir = 1;
  function sortBy(th) {
    var key = th.getAttribute('data-key');
    sortDir = key === sortKey ? -sortDir : 1;
    sortKey = key;
    var numeric = th.getAttribute('data-type') === 'number';
    Array.prototype.forEach.call(document.querySelectorAll('#reports th'), function (h) { h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
    var keyed = rows.map(function (row) { return { row: row, value: JSON.parse(row.getAttribute('data-sort'))[key], index: Number(row.getAttribute('data-index')) }; });
    keyed.sort(function (a, b) {
      var c = numeric ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'zh-CN');
      return c !== 0 ? c * sortDir : a.index - b.index;
    });
    keyed.forEach(function (k) { tbody.appendChild(k.row); });
    rows = keyed.map(function (k) { return k.row; });
  }
  Array.prototype.forEach.call(document.querySelectorAll('#reports th'), function (th) {
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(th); } });
  });

  function show(index) {
    var report = data.reports[index];
    if (!report) return;
    rows.forEach(function (row) { row.classList.toggle('selected', Number(row.getAttribute('data-index')) === index); });
    detail.textContent = '';
    detail.hidden = false;
    detail.setAttribute('data-index', String(index));
    detail.appendChild(el('h2', null, (report.agency || L.unknownAgency) + (report.year ? ' · ' + report.year : '')));
    detail.appendChild(el('p', 'meta', fill(L.fileLine, [report.file]) + ' · ' + L.status[report.status]));
    if (report.notAssessable.length) detail.appendChild(el('p', 'meta', fill(L.notAssessable, [report.notAssessableText])));
    detail.appendChild(el('h3', null, fill(L.counted, [L.findings, report.findings.length])));
    if (report.findings.length === 0) detail.appendChild(el('p', null, L.noFindings));
    else {
      var table = el('table', 'findings');
      var head = el('tr');
      [L.level, L.check, L.message, L.where, L.reviewState].forEach(function (h) { head.appendChild(el('th', null, h)); });
      table.appendChild(head);
      report.findings.forEach(function (f) {
        var tr = el('tr', 'finding-row');
        tr.setAttribute('data-check', f.id);
        if (f.cell) tr.setAttribute('data-cell', f.cell);
        tr.appendChild(el('td', 'sev sev-' + f.severity, L.severity[f.severity] || f.severity));
        tr.appendChild(el('td', null, f.id));
        var message = el('td', null, f.message);
        var other = f.otherFile !== undefined ? byFile[f.otherFile] : undefined;
        if (other !== undefined) {
          var link = el('a', 'other-report', L.openOther);
          link.href = '#report-' + other;
          message.appendChild(document.createTextNode(' '));
          message.appendChild(link);
        }
        tr.appendChild(message);
        tr.appendChild(el('td', null, fill(L.lineColumn, [f.line, f.column])));
        tr.appendChild(el('td', 'review-' + f.review, L.review[f.review]));
        table.appendChild(tr);
      });
      detail.appendChild(table);
    }
    detail.appendChild(el('h3', null, L.tables));
    var tables = el('div', 'tables');
    // The fragment comes from the preview renderer, which escapes every text and writes no scripts.
    tables.innerHTML = report.tables;
    detail.appendChild(tables);
    var back = el('a', null, L.back);
    back.href = '#';
    detail.appendChild(back);
    if (location.hash !== '#report-' + index) history.replaceState(null, '', '#report-' + index);
    detail.scrollIntoView({ block: 'start' });
  }
  detail.addEventListener('click', function (e) {
    var row = e.target.closest && e.target.closest('tr[data-cell]');
    if (!row) return;
    var cell = detail.querySelector('td[data-cell="' + row.getAttribute('data-cell') + '"]');
    if (!cell) return;
    cell.scrollIntoView({ block: 'center' });
    cell.classList.remove('flash');
    void cell.offsetWidth;
    cell.classList.add('flash');
  });
  tbody.addEventListener('click', function (e) {
    var row = e.target.closest('tr.report-row');
    if (!row) return;
    e.preventDefault();
    show(Number(row.getAttribute('data-index')));
  });
  tbody.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') return;
    var row = e.target.closest('tr.report-row');
    if (row) show(Number(row.getAttribute('data-index')));
  });
  function fromHash() {
    var m = /^#report-(\\d+)$/.exec(location.hash);
    if (m) show(Number(m[1]));
    else if (!location.hash || location.hash === '#') {
      detail.hidden = true;
      rows.forEach(function (row) { row.classList.remove('selected'); });
    }
  }
  window.addEventListener('hashchange', fromHash);
  applyFilters();
  fromHash();
})();
`;

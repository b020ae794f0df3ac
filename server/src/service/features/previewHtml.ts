// Renders tables 二, 三 and 四 of an analysed draft as HTML tables in the official layout (merged headers
// as in the national format), with every cell tagged by its id and the cells that carry findings marked.
// Pure: the language server sends the fragment to the VS Code preview panel, which only wraps it.

import type { Analysis } from '../index';
import type { Cell, Finding, FormatId, Severity, Span, Table, TableKind } from '../model/types';
import { TABLE_TITLES, groupLabel, headerLabel } from '../template/tables';
import { cellName } from '../template/names';
import type { TableTemplates } from '../template/types';
import type { RowDef, TableTemplate } from '../template/types';

export type PreviewLanguage = 'zh-cn' | 'en';

export interface PreviewCell {
  /** Where the cell's text stands, or null when the parser did not place this cell. */
  range: Span | null;
  /** Messages of the findings marked on this cell. */
  messages: string[];
}

export interface PreviewResult {
  /** The tables as an HTML fragment: no scripts, no styles, no attributes but class, title, colspan,
   * rowspan, data-cell, data-row and tabindex; every text is escaped. */
  html: string;
  /** Every cell id of the three tables, in the format each is rendered in. */
  cells: Record<string, PreviewCell>;
}

/** The preview's own words, in each language. */
type PreviewText = Record<'absent' | 'notRead' | 'blank' | 'format' | 'unreadable', string>;

const TEXT: Record<PreviewLanguage, PreviewText> = {
  'zh-cn': {
    absent: '报告中没有找到此表。',
    notRead: '未能从文中读取此单元格',
    blank: '（空）',
    format: '{0} 年格式',
    unreadable: '此表的数字无法可靠地对应到单元格，以下单元格仅供参考。',
  },
  en: {
    absent: 'This table was not found in the report.',
    notRead: 'This cell could not be read from the text',
    blank: '(blank)',
    format: '{0} format',
    unreadable: 'The numbers of this table cannot be placed in cells with certainty; the cells below are indicative only.',
  },
};

/** Findings about a table as a whole are listed above it rather than pinned on one cell. */
const TABLE_LEVEL_CHECKS: ReadonlySet<string> = new Set(['table/missing', 'table/unreadable', 'table/old-format']);

const KINDS: TableKind[] = ['t2', 't3', 't4'];

interface Marks {
  /** Cell id → findings. */
  cells: Map<string, Finding[]>;
  /** `${kind}:${rowId}` → findings on the row as a whole (its label). */
  rows: Map<string, Finding[]>;
  /** Table kind → findings on the whole table. */
  tables: Map<TableKind, Finding[]>;
}

export function previewTables(analysis: Analysis, language: PreviewLanguage = 'zh-cn'): PreviewResult {
  const text = TEXT[language] ?? TEXT['zh-cn'];
  const { doc } = analysis;
  const fallbackFormat: FormatId = doc.expectedFormat ?? (doc.tableFormat === '2019' ? '2019' : '2021');
  const tables = new Map<TableKind, Table>();
  for (const table of doc.tables) if (!tables.has(table.kind)) tables.set(table.kind, table);

  const marks = markFindings(doc.templates, analysis.findings, tables);
  const cells: Record<string, PreviewCell> = {};
  const parts: string[] = [];
  for (const kind of KINDS) {
    const table = tables.get(kind);
    const format = table?.format ?? fallbackFormat;
    const template = doc.templates[format][kind];
    for (const row of template.rows) {
      for (const id of row.cellIds) {
        const cell = table?.cells.get(id);
        cells[id] = { range: cell ? { ...cell.range } : null, messages: (marks.cells.get(id) ?? []).map((f) => f.message) };
      }
    }
    parts.push(renderSection(doc.templates, kind, format, table, marks, text));
  }
  return { html: parts.join('\n'), cells };
}

/** Decides where each finding that concerns a table is shown: on a cell, on a row label, or above the table. */
function markFindings(templates: TableTemplates, findings: Finding[], tables: Map<TableKind, Table>): Marks {
  const marks: Marks = { cells: new Map(), rows: new Map(), tables: new Map() };
  const add = <K>(map: Map<K, Finding[]>, key: K, finding: Finding) => {
    const list = map.get(key);
    if (list) list.push(finding);
    else map.set(key, [finding]);
  };
  for (const finding of findings) {
    const data = finding.data;
    const kind = data?.table;
    if (kind && KINDS.includes(kind)) {
      const template = templates[tables.get(kind)?.format ?? '2021'][kind];
      if (TABLE_LEVEL_CHECKS.has(finding.id)) add(marks.tables, kind, finding);
      else if (Array.isArray(data.cells) && data.cells.length > 0) for (const id of data.cells) add(marks.cells, String(id), finding);
      else if (typeof data.row === 'string') add(marks.rows, `${kind}:${data.row}`, finding);
      else if (typeof data.label === 'string') {
        if (template.rows.some((r) => r.key === data.label)) add(marks.rows, `${kind}:${data.label}`, finding);
        else add(marks.tables, kind, finding);
      } else if (typeof data.cell === 'string') add(marks.cells, data.cell, finding);
      else add(marks.tables, kind, finding);
      continue;
    }
    // A finding that names no table is shown where its range meets a cell or a row label, if anywhere.
    for (const table of tables.values()) {
      for (const cell of table.cells.values()) if (overlaps(finding.range, cell.range)) add(marks.cells, cell.id, finding);
      for (const row of table.rows)
        if (row.label && overlaps(finding.range, row.label.range)) add(marks.rows, `${table.kind}:${row.id}`, finding);
    }
  }
  return marks;
}

function overlaps(a: Span, b: Span): boolean {
  if (b.start === b.end || a.start === a.end) return false;
  return a.start < b.end && b.start < a.end;
}

function renderSection(
  templates: TableTemplates,
  kind: TableKind,
  format: FormatId,
  table: Table | undefined,
  marks: Marks,
  text: PreviewText,
): string {
  const title = `<h2>${escapeHtml(TABLE_TITLES[kind])} <span class="format">${escapeHtml(text.format.replace('{0}', format))}</span></h2>`;
  const notes = (marks.tables.get(kind) ?? []).map((f) => `<li class="${severityClass(f.severity)}">${escapeHtml(f.message)}</li>`);
  if (table?.status === 'unreadable') notes.unshift(`<li class="sev-warning">${escapeHtml(text.unreadable)}</li>`);
  const noteList = notes.length ? `<ul class="notes">${notes.join('')}</ul>` : '';
  if (!table)
    return `<section class="table-section" data-table="${kind}">${title}${noteList}<p class="absent">${escapeHtml(text.absent)}</p></section>`;
  const r = new Renderer(templates, templates[format][kind], table, marks, text);
  const body = kind === 't2' ? r.table2() : kind === 't3' ? r.table3() : r.table4();
  return `<section class="table-section" data-table="${kind}">${title}${noteList}<table class="report-table ${kind}">${body}</table></section>`;
}

/** Table 二 has three value columns; a block with fewer lets its last column span the rest. */
function t2Spans(count: number): number[] {
  if (count >= 3) return [1, 1, 1];
  if (count === 2) return [1, 2];
  return [3];
}

class Renderer {
  constructor(
    private readonly templates: TableTemplates,
    private readonly template: TableTemplate,
    private readonly table: Table,
    private readonly marks: Marks,
    private readonly text: PreviewText,
  ) {}

  table2(): string {
    const out: string[] = [];
    // Table 二 is four (2019: five) blocks, each with its 第二十条 header and its own column headers.
    for (const block of this.template.blocks ?? []) {
      const spans = t2Spans(block.columns.length);
      out.push(`<tr><th class="block" colspan="4">${escapeHtml(this.header(block.header))}</th></tr>`);
      out.push(
        `<tr><th>${escapeHtml(this.header('content'))}</th>${block.columns.map((c, i) => th(this.header(c), { colspan: spans[i] })).join('')}</tr>`,
      );
      for (const rowId of block.rows) {
        const def = this.rowDef(rowId);
        if (!def) continue;
        out.push(`<tr>${this.rowLabel(def, {})}${def.cellIds.map((_, i) => this.cell(def, i, spans[i] ?? 1)).join('')}</tr>`);
      }
    }
    return `<tbody>${out.join('')}</tbody>`;
  }

  table3(): string {
    const note = this.header('note');
    const head = [
      `<tr>${th(note, { rowspan: 3, colspan: 3, cls: 'note' })}${th(this.header('applicant'), { colspan: 7 })}</tr>`,
      `<tr>${th(this.header('col.np'), { rowspan: 2 })}${th(this.header('col.lp'), { colspan: 5 })}${th(this.header('col.tot'), { rowspan: 2 })}</tr>`,
      `<tr>${['col.biz', 'col.res', 'col.ngo', 'col.law', 'col.oth'].map((k) => th(this.header(k))).join('')}</tr>`,
    ];
    const rows = this.template.rows;
    const body: string[] = [];
    for (const def of rows) {
      // The label columns are three wide: each group the row stands under takes one (a group label spans
      // all its rows, written on the first), and the row's own label takes the rest.
      const groups = def.groups ?? [];
      let label = '';
      for (const group of groups) {
        const members = rows.filter((r) => r.groups?.includes(group));
        if (def === members[0]) label += th(this.group(group), { rowspan: members.length, cls: 'group' });
      }
      label += this.rowLabel(def, { colspan: 3 - groups.length });
      body.push(`<tr>${label}${def.cellIds.map((_, i) => this.cell(def, i, 1)).join('')}</tr>`);
    }
    return `<thead>${head.join('')}</thead><tbody>${body.join('')}</tbody>`;
  }

  table4(): string {
    const results = ['col.keep', 'col.fix', 'col.other', 'col.open', 'col.tot'].map((k) => this.header(k));
    const head = [
      `<tr>${th(this.header('rv'), { colspan: 5 })}${th(this.header('lit'), { colspan: 10 })}</tr>`,
      `<tr>${results.map((r) => th(r, { rowspan: 2 })).join('')}${th(this.header('ld'), { colspan: 5 })}${th(this.header('lr'), { colspan: 5 })}</tr>`,
      `<tr>${[...results, ...results].map((r) => th(r)).join('')}</tr>`,
    ];
    const def = this.template.rows[0];
    const row = def ? `<tr>${def.cellIds.map((_, i) => this.cell(def, i, 1)).join('')}</tr>` : '';
    return `<thead>${head.join('')}</thead><tbody>${row}</tbody>`;
  }

  private header(key: string): string {
    return headerLabel(this.template, key) ?? key;
  }

  private group(key: string): string {
    return groupLabel(this.template, key) ?? key;
  }

  private rowDef(key: string): RowDef | undefined {
    return this.template.rows.find((r) => r.key === key);
  }

  private rowLabel(def: RowDef, spans: { colspan?: number }): string {
    const findings = this.marks.rows.get(`${this.template.kind}:${def.key}`) ?? [];
    const cls = ['row-label', ...findingClasses(findings)].join(' ');
    const title = findings.length ? findings.map((f) => f.message).join('\n') : undefined;
    return th(def.standard, { ...spans, cls, title, dataRow: def.key });
  }

  private cell(def: RowDef, index: number, colspan: number): string {
    // A row has one column for each of its cells, and the callers walk its cells.
    const id = def.cellIds[index]!;
    const cell: Cell | undefined = this.table.cells.get(id);
    const findings = this.marks.cells.get(id) ?? [];
    const name = cellName(this.templates, this.template.format, id, 'export');
    const classes = ['cell', cell ? `kind-${cell.kind}` : 'not-read', ...findingClasses(findings)];
    const shown = cell ? cell.raw.trim() : '';
    const state = cell ? (shown === '' ? this.text.blank : shown) : this.text.notRead;
    const title = [`${name}：${state}`, ...findings.map((f) => f.message)].join('\n');
    const attrs = [`class="${classes.join(' ')}"`, `data-cell="${escapeHtml(id)}"`, `title="${escapeHtml(title)}"`];
    if (colspan > 1) attrs.push(`colspan="${colspan}"`);
    if (cell) attrs.push('tabindex="0"');
    return `<td ${attrs.join(' ')}>${escapeHtml(shown)}</td>`;
  }
}

function findingClasses(findings: Finding[]): string[] {
  if (findings.length === 0) return [];
  const worst = findings.reduce((a, f) => (rank(f.severity) < rank(a) ? f.severity : a), 'hint' as Severity);
  return ['finding', severityClass(worst)];
}

function rank(severity: Severity): number {
  return ['error', 'warning', 'information', 'hint'].indexOf(severity);
}

function severityClass(severity: Severity): string {
  return `sev-${severity}`;
}

function th(content: string, options: { rowspan?: number; colspan?: number; cls?: string; title?: string; dataRow?: string } = {}): string {
  const attrs: string[] = [];
  if (options.rowspan && options.rowspan > 1) attrs.push(`rowspan="${options.rowspan}"`);
  if (options.colspan && options.colspan > 1) attrs.push(`colspan="${options.colspan}"`);
  if (options.cls) attrs.push(`class="${options.cls}"`);
  if (options.dataRow) attrs.push(`data-row="${escapeHtml(options.dataRow)}"`);
  if (options.title) attrs.push(`title="${escapeHtml(options.title)}"`);
  return `<th${attrs.length ? ' ' + attrs.join(' ') : ''}>${escapeHtml(content)}</th>`;
}

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

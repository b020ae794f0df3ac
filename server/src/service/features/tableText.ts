// Writes tables 二, 三 and 四 in the canonical tab-row layout: one row per line, the standard label and
// then the values, tab separated, under the standard header lines. Used by formatting and by templates.

import type { FormatId, TableKind } from '../model/types';
import { T3_COLUMNS, TABLES } from '../template/tables';

/** A table 二 block: its 第二十条 header, its column headers and its rows, in the official order. */
interface Block {
  header: string;
  columns: string[];
  rows: string[];
}

const T2_BLOCKS: Record<FormatId, Block[]> = {
  '2021': [
    { header: 'b1', columns: ['col.made', 'col.repealed', 'col.valid'], rows: ['reg', 'nd'] },
    { header: 'b5', columns: ['col.decisions'], rows: ['lic'] },
    { header: 'b6', columns: ['col.decisions'], rows: ['pen', 'coe'] },
    { header: 'b8', columns: ['col.fee'], rows: ['fee'] },
  ],
  '2019': [
    { header: 'b1', columns: ['col.made19', 'col.published', 'col.total'], rows: ['reg', 'nd'] },
    { header: 'b5', columns: ['col.prev', 'col.delta', 'col.decisions19'], rows: ['lic', 'svc'] },
    { header: 'b6', columns: ['col.prev', 'col.delta', 'col.decisions19'], rows: ['pen', 'coe'] },
    { header: 'b8', columns: ['col.prev', 'col.delta'], rows: ['fee'] },
    { header: 'b9', columns: ['col.count', 'col.amount'], rows: ['proc'] },
  ],
};

const T4_HEADER_LINES = (() => {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    ['行政复议', '', '', '', '', '行政诉讼'].join('\t'),
    ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉'].join('\t'),
    [...results, ...results, ...results].join('\t'),
  ];
})();

export interface TableContent {
  /** Row id → the cells' source texts in column order (an empty string for a blank cell). */
  rows: Map<string, string[]>;
  /** Header key → the text to write instead of the standard one (a locally accepted variant). */
  headerText?: Map<string, string>;
}

function headerText(kind: TableKind, format: FormatId, key: string, content: TableContent): string {
  const override = content.headerText?.get(key);
  if (override) return override;
  return TABLES[format][kind].headers.find((h) => h.key === key)?.standard ?? key;
}

/** The table's lines in the canonical layout; rows absent from `content` are left out. */
export function renderTableLines(kind: TableKind, format: FormatId, content: TableContent): string[] {
  const template = TABLES[format][kind];
  const lines: string[] = [];
  const rowLine = (id: string, label: string) => [label, ...(content.rows.get(id) ?? [])].join('\t');

  if (kind === 't2') {
    for (const block of T2_BLOCKS[format]) {
      const present = block.rows.filter((r) => content.rows.has(r));
      if (present.length === 0) continue;
      lines.push(headerText(kind, format, block.header, content));
      lines.push([headerText(kind, format, 'content', content), ...block.columns.map((c) => headerText(kind, format, c, content))].join('\t'));
      for (const id of present) lines.push(rowLine(id, template.rows.find((r) => r.key === id)!.standard));
    }
    return lines;
  }

  if (kind === 't3') {
    lines.push(['', ...T3_COLUMNS.map((c) => template.columnNames[c])].join('\t'));
    const written = new Set<string>();
    for (const row of template.rows) {
      if (!content.rows.has(row.key)) continue;
      // A group label stands on its own line before the first row of the group that is present.
      for (const group of groupsBefore(row.key)) {
        if (written.has(group) || !template.groups.some((g) => g.key === group)) continue;
        written.add(group);
        lines.push(template.groups.find((g) => g.key === group)!.standard);
      }
      lines.push(rowLine(row.key, row.standard));
    }
    return lines;
  }

  lines.push(...T4_HEADER_LINES);
  const data = content.rows.get('data');
  if (data) lines.push(data.join('\t'));
  return lines;
}

/** The group labels (outermost first) that head a row of table 三. */
function groupsBefore(rowId: string): string[] {
  const sub = /^r(\d)\.\d+$/.exec(rowId);
  if (sub) return ['g.results', `g.r${sub[1]}`];
  if (/^r\d$/.test(rowId)) return ['g.results'];
  return [];
}

/** The empty standard table of a format, every value 0, in the canonical layout. */
export function zeroTableText(kind: TableKind, format: FormatId = '2021', eol = '\n'): string {
  const template = TABLES[format][kind];
  const rows = new Map<string, string[]>();
  for (const row of template.rows) rows.set(row.key, row.cellIds.map(() => '0'));
  return renderTableLines(kind, format, { rows }).join(eol);
}

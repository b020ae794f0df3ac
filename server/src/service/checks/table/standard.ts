// The standard tables 二, 三 and 四 written out as text: one row per line, cells separated by tabs, every
// value 0 unless a value source says otherwise. Used by the fixes that insert tables and rows.

import type { FormatId, TableKind } from '../../model/types';
import { TABLES } from '../../template/tables';
import type { RowDef, TableTemplate } from '../../template/types';

/** Gives the text of a value cell by its cell id; the default writes 0. */
export type ValueSource = (cellId: string) => string;

const ZERO: ValueSource = () => '0';

interface Block {
  /** Header key of the block (`b1` = 第二十条第（一）项). */
  header: string;
  /** Header keys of the block's value columns. */
  columns: string[];
  rows: string[];
}

/** Table 二 is four (2021) or five (2019) blocks, each with its own column headers. */
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

/** The block header key a row of table 二 belongs to (`b5` for 行政许可). */
export function t2BlockOf(format: FormatId, rowId: string): string | null {
  return T2_BLOCKS[format].find((b) => b.rows.includes(rowId))?.header ?? null;
}

function header(template: TableTemplate, key: string): string {
  return template.headers.find((h) => h.key === key)?.standard ?? '';
}

/** One data row: the standard label and its values, tab separated. */
export function standardRowLine(row: RowDef, values: ValueSource = ZERO): string {
  const cells = row.cellIds.map((id) => values(id));
  return row.standard ? [row.standard, ...cells].join('\t') : cells.join('\t');
}

/** The group labels (`三、本年度办理结果`, `（三）不予公开`) that stand on their own line before a row of table 三. */
export function groupLinesBefore(template: TableTemplate, rowId: string): string[] {
  if (template.kind !== 't3') return [];
  const keys: string[] = [];
  if (rowId === 'r1') keys.push('g.results');
  const sub = /^r(\d)\.1$/.exec(rowId);
  if (sub) keys.push(`g.r${sub[1]}`);
  return keys.map((k) => template.groups.find((g) => g.key === k)?.standard).filter((s): s is string => Boolean(s));
}

function t2Lines(template: TableTemplate, values: ValueSource): string[] {
  const lines: string[] = [];
  for (const block of T2_BLOCKS[template.format]) {
    lines.push(header(template, block.header));
    lines.push([header(template, 'content'), ...block.columns.map((c) => header(template, c))].join('\t'));
    for (const key of block.rows) {
      const row = template.rows.find((r) => r.key === key);
      if (row) lines.push(standardRowLine(row, values));
    }
  }
  return lines;
}

function t3Lines(template: TableTemplate, values: ValueSource): string[] {
  const h = (key: string) => header(template, key);
  const lines = [
    `${h('note')}\t${h('applicant')}`,
    ['', h('col.np'), h('col.lp'), '', '', '', '', h('col.tot')].join('\t'),
    ['', '', h('col.biz'), h('col.res'), h('col.ngo'), h('col.law'), h('col.oth')].join('\t'),
  ];
  for (const row of template.rows) {
    lines.push(...groupLinesBefore(template, row.key));
    lines.push(standardRowLine(row, values));
  }
  return lines;
}

function t4Lines(template: TableTemplate, values: ValueSource): string[] {
  const h = (key: string) => header(template, key);
  const results = ['col.keep', 'col.fix', 'col.other', 'col.open', 'col.tot'].map(h);
  return [
    [h('rv'), '', '', '', '', h('lit')].join('\t'),
    [...results, h('ld'), '', '', '', '', h('lr')].join('\t'),
    ['', '', '', '', '', ...results, ...results].join('\t'),
    standardRowLine(template.rows[0], values),
  ];
}

/** The whole standard table of a format as lines of text, without a trailing line break. */
export function standardTableLines(format: FormatId, kind: TableKind, values: ValueSource = ZERO): string[] {
  const template = TABLES[format][kind];
  if (kind === 't2') return t2Lines(template, values);
  if (kind === 't3') return t3Lines(template, values);
  return t4Lines(template, values);
}

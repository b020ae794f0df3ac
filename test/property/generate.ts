// Generators for the property and fuzz tests: complete drafts written from the template (tables 二, 三
// and 四 of either format) with random values, in each table layout the examples show — tab rows, one
// cell per line, Markdown pipes and space-aligned PDF copies — together with the numbers written.

import fc from 'fast-check';
import type { FormatId, TableKind } from '../../server/src/service';
import { SECTIONS } from '../../server/src/service/template/sections';
import { TABLES } from '../../server/src/service';
import { tableLines } from '../../server/src/service/template/text';

export const LAYOUTS = ['tabs', 'cells', 'markdown', 'spaces'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface GeneratedDraft {
  text: string;
  layout: Layout;
  format: FormatId;
  /** Every value written, by cell id. */
  values: Map<string, number>;
}

const KINDS: TableKind[] = ['t2', 't3', 't4'];

/** Cell ids of every row of every table of a format, in order. */
export function cellIdsOf(format: FormatId): string[] {
  return KINDS.flatMap((kind) => TABLES[format][kind].rows.flatMap((row) => row.cellIds));
}

/** A count as drafts hold them: mostly small, often 0, now and then large. */
export const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.nat(60) },
  { weight: 1, arbitrary: fc.nat(200000) },
);

/** Rewrites one tab-separated table line in a layout. */
function lineIn(layout: Layout, line: string, first: boolean, spaces: number): string[] {
  const cells = line.split('\t');
  switch (layout) {
    case 'tabs':
      return [line];
    case 'cells':
      // Word tables copied from some viewers: every cell on its own line after a tab, rows apart.
      return [...cells.map((c) => `\t${c}`), ''];
    case 'markdown': {
      const row = `| ${cells.join(' | ')} |`;
      return first ? [row, `|${cells.map(() => ' --- ').join('|')}|`] : [row];
    }
    case 'spaces':
      // PDF copies keep the text of the cells and lose the empty ones, aligned by runs of spaces.
      return [cells.filter((c) => c.trim() !== '').join(' '.repeat(spaces))];
  }
}

/** The text of one table in a layout, with the given values. */
export function tableText(kind: TableKind, format: FormatId, layout: Layout, values: Map<string, number>, spaces = 4): string {
  const template = TABLES[format][kind];
  const rows = new Map(template.rows.map((row) => [row.key, row.cellIds.map((id) => String(values.get(id) ?? 0))] as const));
  const lines = tableLines(kind, format, { rows });
  return lines.flatMap((line, i) => lineIn(layout, line, i === 0, spaces)).join('\n');
}

function heading(key: number): string {
  const def = SECTIONS.find((s) => s.key === key)!;
  return `${def.numeral}、${def.title}`;
}

/** A whole report around the three tables: title, period, six sections, fee statement and signature. */
export function reportText(
  agency: string,
  year: number,
  format: FormatId,
  layout: Layout,
  values: Map<string, number>,
  spaces = 4,
): string {
  const table = (kind: TableKind) => tableText(kind, format, layout, values, spaces);
  const parts = [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    heading(1),
    `${year}年，${agency}坚持以公开为常态、不公开为例外。`,
    heading(2),
    table('t2'),
    heading(3),
    table('t3'),
    heading(4),
    table('t4'),
    heading(5),
    '（一）存在问题。公开内容更新不够及时。',
    '（二）改进措施。加强审核把关。',
    heading(6),
    `本机关${year}年度未收取信息处理费。`,
    agency,
    `${year + 1}年1月20日`,
  ];
  return parts.join('\n\n') + '\n';
}

const MAX_CELLS = Math.max(cellIdsOf('2019').length, cellIdsOf('2021').length);

const AGENCIES = ['青禾县农业农村局', '云溪镇人民政府', '明川市教育局', '东岚街道办事处', '枫桥区卫生健康委员会'];

/** A generated draft: a random agency, year and values, in a random layout (or the one given). */
export function draftArbitrary(layout?: Layout): fc.Arbitrary<GeneratedDraft> {
  const layoutArb = layout ? fc.constant(layout) : fc.constantFrom(...LAYOUTS);
  return fc
    .record({
      layout: layoutArb,
      year: fc.integer({ min: 2019, max: 2025 }),
      agency: fc.constantFrom(...AGENCIES),
      spaces: fc.integer({ min: 2, max: 6 }),
      counts: fc.array(count, { minLength: MAX_CELLS, maxLength: MAX_CELLS }),
    })
    .map(({ layout: chosen, year, agency, spaces, counts }) => {
      // The report year decides the format: 2019 for 2019 and 2020, 2021 from then on.
      const format: FormatId = year < 2021 ? '2019' : '2021';
      const ids = cellIdsOf(format);
      const values = new Map(ids.map((id, i) => [id, counts[i]!] as const));
      return { text: reportText(agency, year, format, chosen, values, spaces), layout: chosen, format, values };
    });
}

// table/old-format: a report for 2021 or later still uses labels of the 2019 (试行) tables. The fix
// converts per spec D.2, keeping what maps and marking with `？` what the drafter must decide.

import type { Cell, Fix, LabelRef, ReportDocument, Row, Table } from '../../model/types';
import { groupLabel, rowDefOf } from '../../template/tables';
import { rowLine, standardRowLine, standardTableLines } from '../../template/text';
import type { Check, FindingDraft } from '../check';
import { asPipeRows, eolOf, lineEndAt, lineStartAt, pipeLeadingCells, rowEnd, tableData } from './util';
import { msg, tableName } from '../../l10n';

/** Placeholder for a cell the conversion cannot fill: the 2019 table has no equivalent figure. */
const ASK = '？';

/** The 2019 table 二 markers that belong to the （九）政府集中采购 block, an extra block only. */
const PROCUREMENT_KEYS: ReadonlySet<string> = new Set(['b9', 'proc', 'col.count', 'col.amount']);

function cellText(cell: Cell | undefined): string {
  if (!cell) return ASK;
  return cell.kind === 'blank' ? '' : cell.raw;
}

/** The 2021 table 二 filled from a 2019 one: 本年新制作数量 → 本年制发件数, 处理决定数量 → 本年处理决定数量. */
function convertT2(table: Table): string[] {
  const old = (id: string) => table.cells.get(id);
  const mapped: Record<string, Cell | undefined> = {
    't2.reg.made': old('t2.reg.made'),
    't2.nd.made': old('t2.nd.made'),
    't2.lic': old('t2.lic.decisions'),
    't2.pen': old('t2.pen.decisions'),
    't2.coe': old('t2.coe.decisions'),
  };
  // 本年废止件数 has no source, 对外公开总数量 is not 现行有效件数, and 上一年项目数量 is not an amount in 万元.
  return standardTableLines('t2', '2021', (id) => (id in mapped ? cellText(mapped[id]) : ASK));
}

function convertT3(doc: ReportDocument, table: Table, row: Row): Fix {
  const template = doc.templates['2021'].t3;
  const eol = eolOf(doc.text);
  const oldValues = row.values.map((c) => (c.kind === 'blank' ? '' : c.raw));
  const other = rowDefOf(template, 'r6.3')!;
  const lines = [
    groupLabel(template, 'g.r6')!,
    standardRowLine(rowDefOf(template, 'r6.1')!),
    standardRowLine(rowDefOf(template, 'r6.2')!),
    rowLine(other.standard, oldValues),
  ];
  const start = row.label ? row.label.range.start : row.range.start;
  const title = msg('改为 2021 年格式的三个子项（原数值放入“3.其他”，请按实际情况分配）');
  // A Markdown table gets whole pipe rows in place of the old row's line.
  const leading = pipeLeadingCells(doc, table);
  if (leading !== null) {
    const range = { start: lineStartAt(doc, start), end: lineEndAt(doc, rowEnd(row)) };
    return { title, edits: [{ range, newText: asPipeRows(lines, leading).join(eol) }], safe: false };
  }
  return { title, edits: [{ range: { start, end: rowEnd(row) }, newText: lines.join(eol) }], safe: false };
}

function first(markers: LabelRef[]): LabelRef {
  return markers.reduce((a, b) => (b.range.start < a.range.start ? b : a));
}

export const tableOldFormat: Check = {
  id: 'table/old-format',
  defaultSeverity: 'warning',
  get description() {
    return msg('2021 年及以后的年度报告仍使用 2019 年（试行）格式的表格或行');
  },
  run({ doc }) {
    // The 2019 tables are right for report years 2019 and 2020; without a year nothing can be said.
    if (doc.year === null || doc.year < 2021) return [];
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      if (table.markers2019.length === 0) continue;
      if (table.kind === 't3') {
        const row = table.rows.find((r) => r.id === 'r6');
        const marker = row?.label ?? first(table.markers2019);
        findings.push({
          message: msg('{0} 年度报告应使用 2021 年格式：表三“（六）其他处理”应分为 1、2、3 三个子项，此处仍是 2019 年格式的单行', doc.year),
          range: marker.range,
          // With the sub-rows already there as well, splitting the old row would duplicate them.
          fixes: row && !table.rows.some((r) => /^r6\.\d$/.test(r.id)) ? [convertT3(doc, table, row)] : [],
          data: tableData('t3', 't3.r6.np', { label: marker.key }),
        });
        continue;
      }
      const marker = first(table.markers2019);
      const written = doc.text.slice(marker.range.start, marker.range.end).replace(/\s+/g, '');
      if (table.format === '2021' && table.markers2019.every((m) => PROCUREMENT_KEYS.has(m.key))) {
        // A 2021 table with the old （九）政府集中采购 block added: non-standard, but nothing is lost.
        findings.push({
          message: msg('2021 年格式的表二没有“第二十条第（九）项 政府集中采购”，这部分数据可写在正文或第六部分'),
          range: marker.range,
          severity: 'information',
          data: tableData('t2', 't2.reg.made', { label: marker.key }),
        });
        continue;
      }
      const fixes: Fix[] =
        table.format === '2019' && table.status !== 'unreadable'
          ? [
              {
                title: msg('转换为 2021 年格式的表二（“？”处需要手工填写）'),
                edits: [{ range: table.range, newText: convertT2(table).join(eolOf(doc.text)) }],
                safe: false,
              },
            ]
          : [];
      findings.push({
        message: msg(
          '{0} 年度报告应使用 2021 年格式的{1}（本年制发件数、本年废止件数、现行有效件数……），“{2}”是 2019 年（试行）格式的标签',
          doc.year,
          tableName(table.kind),
          written,
        ),
        range: marker.range,
        fixes,
        data: tableData('t2', 't2.reg.made', { label: marker.key }),
      });
    }
    return findings;
  },
};

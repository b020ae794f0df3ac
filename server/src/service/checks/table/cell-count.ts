// table/cell-count: a row carries more or fewer values than its format has columns (seed 002's 8-value
// （七）总计 row, a 16-value table 四). Which value is extra cannot be known, so there is no fix.

import { shortLabel } from '../../template/tables';
import type { Check, FindingDraft } from '../check';
import { tableData, templateOf } from './util';

export const tableCellCount: Check = {
  id: 'table/cell-count',
  defaultSeverity: 'error',
  description: '某一行的数值个数与格式规定的列数不符',
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      // When nothing can be placed, table/unreadable says so once for the whole table.
      if (table.status === 'unreadable') continue;
      const template = templateOf(table);
      for (const row of table.rows) {
        const count = row.values.length;
        if (count === row.expected) continue;
        const range = row.label?.range ?? row.values[0]?.range ?? row.range;
        const name = row.label ? `“${shortLabel(row.label.standard)}”一行` : `${template.name}的数据行`;
        const detail = count === 0 ? '没有数值' : `有 ${count} 个数值`;
        const rule = row.label ? `${template.name}这一行应有 ${row.expected} 个` : `应有 ${row.expected} 个`;
        findings.push({
          message: `${name}${detail}，${rule}（${count > row.expected ? '多' : '少'} ${Math.abs(count - row.expected)} 个）；数值无法对应到列，相关勾稽关系不予核对`,
          range,
          data: tableData(table.kind, template.rows.find((r) => r.key === row.id)?.cellIds[0] ?? row.id, { row: row.id, count, expected: row.expected }),
        });
      }
    }
    return findings;
  },
};

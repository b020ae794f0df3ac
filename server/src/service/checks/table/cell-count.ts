// table/cell-count: a row carries more or fewer values than its format has columns (seed 002's 8-value
// （七）总计 row, a 16-value table 四). Which value is extra cannot be known, so there is no fix.

import type { Check, FindingDraft } from '../check';
import type { Span } from '../../model/types';
import { lineIndexOf, tableData, templateOf, uncertaintyNote } from './util';
import { rowName } from '../../template/names';
import { sentence, t, tableName } from '../../l10n';

export const tableCellCount: Check = {
  id: 'table/cell-count',
  defaultSeverity: 'error',
  get description() {
    return t('某一行的数值个数与格式规定的列数不符');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      // When nothing can be placed, table/unreadable says so once for the whole table.
      if (table.status === 'unreadable') continue;
      const template = templateOf(doc.templates, table);
      for (const row of table.rows) {
        const count = row.values.length;
        // A row the parser declared unreadable (glued digits, detached numbers) is table/unreadable's.
        if (count === row.expected || row.unreadable !== undefined) continue;
        const range = row.label?.range ?? row.values[0]?.range ?? row.range;
        const name = row.label
          ? t('“{0}”一行', rowName(doc.templates, table.format, table.kind, row.id))
          : t('{0}的数据行', tableName(table.kind));
        const detail = count === 0 ? t('没有数值') : count === 1 ? t('有 1 个数值') : t('有 {0} 个数值', count);
        const rule = row.label ? t('{0}这一行应有 {1} 个', tableName(table.kind), row.expected) : t('应有 {0} 个', row.expected);
        const off = Math.abs(count - row.expected);
        const excess = count > row.expected ? t('多 {0} 个', off) : t('少 {0} 个', off);
        // Values split from glued digits or matched to a detached label may be miscounted, and so may values
        // spread over several lines (a web or PDF copy, where a page number or a header character can slip
        // in): an error only for a row written on one line.
        const oneLine = [row.label?.range, ...row.values.map((c) => c.range)]
          .filter((r): r is Span => r !== undefined)
          .every((r, _i, all) => lineIndexOf(doc, r.start) === lineIndexOf(doc, all[0]!.start));
        const note =
          uncertaintyNote(row.values) ?? (oneLine ? null : t('（这一行的数值分布在多行，个数可能受换行、页码或表头文字影响，请核对）'));
        const message = sentence(t('{0}{1}，{2}（{3}）；数值无法对应到列，相关勾稽关系不予核对', name, detail, rule, excess));
        findings.push({
          message: note ? message + note : message,
          ...(note ? { severity: 'warning' as const } : {}),
          range,
          data: tableData(table.kind, template.rows.find((r) => r.key === row.id)?.cellIds[0] ?? row.id, {
            row: row.id,
            count,
            expected: row.expected,
          }),
        });
      }
    }
    return findings;
  },
};

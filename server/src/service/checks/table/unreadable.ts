// table/unreadable: the table's labels are there but its values cannot be placed in cells with
// certainty (digits glued together, labels torn from their numbers). One finding per table, no guesses.

import type { LabelRef } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { firstCellId, tableData, templateOf } from './util';
import { t, tableName } from '../../l10n';

export const tableUnreadable: Check = {
  id: 'table/unreadable',
  defaultSeverity: 'warning',
  get description() {
    return t('表格的数值无法确定地对应到单元格，未作勾稽核对');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      if (table.status !== 'unreadable') continue;
      const template = templateOf(table);
      const labels: LabelRef[] = [...table.rows.map((r) => r.label).filter((l): l is LabelRef => l !== null), ...table.headers];
      const first = labels.reduce<LabelRef | null>((a, b) => (a === null || b.range.start < a.range.start ? b : a), null);
      const range = first?.range ?? { start: table.range.start, end: table.range.start };
      const name = tableName(table.kind);
      findings.push({
        message: table.unreadableReason
          ? t('{0}的数值无法确定地对应到单元格：{1}。请把表格整理为每行一个标签加数值（可用“格式化文档”），整理后再核对勾稽关系', name, table.unreadableReason)
          : t('{0}的数值无法确定地对应到单元格。请把表格整理为每行一个标签加数值（可用“格式化文档”），整理后再核对勾稽关系', name),
        range,
        data: tableData(table.kind, firstCellId(template), { reason: table.unreadableReason ?? null }),
      });
    }
    return findings;
  },
};

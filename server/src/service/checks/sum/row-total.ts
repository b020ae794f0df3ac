// sum/row-total: in table 三, a row's 总计 is not the sum of its six applicant columns.

import type { Check } from '../check';
import { difference, relationFindings, sumWithParts } from './relations';
import { msg } from '../../l10n';
import { rowName } from '../../template/names';

export const sumRowTotal: Check = {
  id: 'sum/row-total',
  defaultSeverity: 'error',
  get description() {
    return msg('表三某行的“总计”不等于自然人与各类法人或其他组织之和');
  },
  run(ctx) {
    return relationFindings(ctx, 'sum/row-total', (v) => {
      // Table 三's numbered sub-rows with their group: `1.` alone stands in four groups.
      const label = rowName(ctx.doc.templates, v.table.format, v.table.kind, v.anchor.cell.row);
      return msg(
        '“{0}”一行：总计为 {1}，但各类申请人之和为 {2}，{3}',
        label,
        v.anchor.value,
        sumWithParts(v.rightSum, v.right),
        difference(v),
      );
    });
  },
};

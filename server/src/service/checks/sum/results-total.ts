// sum/results-total: in table 三, a column's （七）总计 is not the sum of the result rows （一）…（六）.

import type { Check } from '../check';
import { difference, relationFindings, sumWithParts } from './relations';
import { msg } from '../../l10n';

export const sumResultsTotal: Check = {
  id: 'sum/results-total',
  defaultSeverity: 'error',
  get description() {
    return msg('表三某列的“（七）总计”不等于各项办理结果之和');
  },
  run(ctx) {
    return relationFindings(ctx, 'sum/results-total', (v) => {
      const column = v.template.columnNames[v.anchor.id.split('.').pop() ?? ''] ?? '';
      return msg(
        '“{0}”列：（七）总计为 {1}，但各项办理结果之和为 {2}，{3}',
        column,
        v.anchor.value,
        sumWithParts(v.rightSum, v.right),
        difference(v),
      );
    });
  },
};

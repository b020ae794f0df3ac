// sum/review-total: in table 四, a group's 总计 (行政复议, 未经复议直接起诉, 复议后起诉) is not
// 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

import type { Check } from '../check';
import { difference, relationFindings, sumWithParts } from './relations';
import { msg } from '../../l10n';

const GROUP_NAMES: Record<string, string> = { rv: '行政复议', ld: '行政诉讼（未经复议直接起诉）', lr: '行政诉讼（复议后起诉）' };

export const sumReviewTotal: Check = {
  id: 'sum/review-total',
  defaultSeverity: 'error',
  get description() {
    return msg('表四某组的“总计”不等于结果维持、结果纠正、其他结果、尚未审结之和');
  },
  run(ctx) {
    return relationFindings(ctx, 'sum/review-total', (v) => {
      const group = GROUP_NAMES[v.anchor.id.split('.')[1] ?? ''] ?? '';
      return msg(
        '{0}：总计为 {1}，但结果维持、结果纠正、其他结果、尚未审结之和为 {2}，{3}',
        group,
        v.anchor.value,
        sumWithParts(v.rightSum, v.right),
        difference(v),
      );
    });
  },
};

// sum/balance: in table 三, per column, 一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度继续办理
// (the table's own note: 第一项加第二项之和，等于第三项加第四项之和). The finding sits on （七）总计.

import type { Check } from '../check';
import { difference, relationFindings } from './relations';
import { msg } from '../../l10n';

export const sumBalance: Check = {
  id: 'sum/balance',
  defaultSeverity: 'error',
  get description() {
    return msg('表三某列“一”加“二”之和不等于“（七）总计”加“四”之和');
  },
  run(ctx) {
    return relationFindings(ctx, 'sum/balance', (v) => {
      const column = v.template.columnNames[v.anchor.id.split('.').pop() ?? ''] ?? '';
      // The template's balance relation has exactly these two parts on each side.
      const [total, next] = v.left;
      const [received, carried] = v.right;
      return msg(
        '“{0}”列：一、本年新收 + 二、上年结转 = {1} + {2} = {3}，但（七）总计 + 四、结转下年度继续办理 = {4} + {5} = {6}，{7}',
        column,
        received!.value,
        carried!.value,
        v.rightSum,
        total!.value,
        next!.value,
        v.leftSum,
        difference(v),
      );
    });
  },
};

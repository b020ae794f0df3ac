// report/deadline: the 落款 date is later than the legal publication deadline of 条例 Art. 49 for this
// kind of agency. Township reports have no national deadline, and an unclear kind is never reported.

import type { Check } from '../check';
import { reportAgencyKind } from './util';

const KIND_NAMES = {
  department: '县级以上人民政府部门',
  government: '县级以上地方人民政府',
} as const;

export const reportDeadline: Check = {
  id: 'report/deadline',
  defaultSeverity: 'information',
  description: '落款日期晚于该类机关的法定公布期限（《条例》第四十九条）',
  run({ doc }) {
    const date = doc.signature?.date;
    const year = doc.year;
    if (!date || year === null) return [];
    const kind = reportAgencyKind(doc);
    if (kind !== 'department' && kind !== 'government') return [];
    // Since the 2019 条例 departments publish by 31 January and governments by 31 March; before it,
    // every agency had until 31 March.
    const due = { year: year + 1, month: kind === 'department' && year >= 2019 ? 1 : 3, day: 31 };
    const late =
      date.year > due.year ||
      (date.year === due.year && (date.month > due.month || (date.month === due.month && date.day > due.day)));
    if (!late) return [];
    return [
      {
        message:
          `落款日期 ${date.year}年${date.month}月${date.day}日 晚于法定公布期限 ${due.year}年${due.month}月${due.day}日：` +
          `${KIND_NAMES[kind]}应于每年${due.month}月${due.day}日前公布上一年度的年度报告（《条例》第四十九条）`,
        range: date.range,
        data: { kind, deadline: `${due.year}-${String(due.month).padStart(2, '0')}-${due.day}` },
      },
    ];
  },
};

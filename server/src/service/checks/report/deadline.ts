// report/deadline: the 落款 date is later than the legal publication deadline of 条例 Art. 49 for this
// kind of agency. Township reports have no national deadline, and an unclear kind is never reported.

import type { Check } from '../check';
import { reportAgencyKind } from './util';
import { msg, type Message } from '../../l10n';

function kindName(kind: 'department' | 'government'): Message {
  return kind === 'department' ? msg('县级以上人民政府部门') : msg('县级以上地方人民政府');
}

/** English month names for the deadline in the English message; the due month is January or March. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const reportDeadline: Check = {
  id: 'report/deadline',
  defaultSeverity: 'information',
  get description() {
    return msg('落款日期晚于该类机关的法定公布期限（《条例》第四十九条）');
  },
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
      date.year > due.year || (date.year === due.year && (date.month > due.month || (date.month === due.month && date.day > due.day)));
    if (!late) return [];
    return [
      {
        message: msg(
          '落款日期 {0}年{1}月{2}日 晚于法定公布期限 {3}年{4}月{5}日：{6}应于每年{4}月{5}日前公布上一年度的年度报告（《条例》第四十九条）',
          date.year,
          date.month,
          date.day,
          due.year,
          due.month,
          due.day,
          kindName(kind),
          isoDate(date.year, date.month, date.day),
          isoDate(due.year, due.month, due.day),
          `${due.day} ${MONTHS[due.month - 1]}`,
        ),
        range: date.range,
        data: { kind, deadline: `${due.year}-${String(due.month).padStart(2, '0')}-${due.day}` },
      },
    ];
  },
};

// report/signature: the report ends without a 落款, the issuing agency and the date, after section 六.
// No fix: only the drafter knows the date of issue.

import type { Check } from '../check';
import { splitLines } from '../../parse/tokens';
import { endOfReport } from '../../parse/headings';
import { msg, type Message } from '../../l10n';

/** A short last line that reads like an agency name, for a 落款 that has a name but no date. */
const AGENCY_LINE = /^[^。；，,：:]{2,30}(?:人民政府|政府|局|委|委员会|办|办公室|办公厅|中心|厅|处|所|站|队|院|办事处)$/;

/** A last line that tries to be a date but is incomplete or in another notation (`2022年1月`, `二〇二二年一月`). */
const DATE_LIKE = /[0-9０-９〇零○一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月/;

export const reportSignature: Check = {
  id: 'report/signature',
  defaultSeverity: 'warning',
  get description() {
    return msg('报告末尾缺少落款（发布机关和日期）');
  },
  run({ doc }) {
    // The 落款 follows section 六; while 六 is not written yet the draft simply is not finished.
    if (!doc.sections.some((s) => s.key === 6)) return [];
    const sig = doc.signature;
    if (sig && sig.date && sig.agency) return [];
    // After the report's last line: a web page's footer pasted below it is not where the 落款 goes.
    const end = endOfReport(doc.text, splitLines(doc.text, doc.lineStarts));
    const range = { start: end, end };
    let message: Message;
    if (sig && sig.date) {
      message = msg('落款缺少发布机关名称：报告末尾应写明机关名称和成文日期');
    } else {
      const lastLineStart = doc.text.lastIndexOf('\n', end - 1) + 1;
      const lastLine = doc.text.slice(lastLineStart, end).trim();
      if (AGENCY_LINE.test(lastLine)) message = msg('落款缺少日期：机关名称之后应写明成文日期（如“2022年1月20日”）');
      else if (DATE_LIKE.test(lastLine) && lastLine.length <= 40)
        message = msg('未能识别落款日期：成文日期应写明年、月、日，如“2022年1月20日”');
      else message = msg('报告末尾缺少落款：六、其他需要报告的事项之后应写明发布机关名称和成文日期');
    }
    return [{ message, range }];
  },
};

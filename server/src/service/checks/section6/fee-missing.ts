// section6/fee-missing: from report year 2021 section 六 must say whether 信息处理费 were collected
// (国办函〔2020〕109号). The fix inserts the usual sentence; the agency has to confirm it is true.

import type { Check } from '../check';
import { eolOf } from '../../model/text';
import { msg } from '../../l10n';

/** The topic: the fee itself, or fees for disclosure requests. */
const FEE_TOPIC = /信息处理费|(?:信息公开|依申请|公开申请)[^。；;\n]{0,20}?(?:费|收费)/;
/** A statement about it: nothing collected, or an amount. */
const FEE_STATEMENT =
  /(?:未|没有|无)[^。；;\n]{0,12}?(?:收取|收费|征收|发生|产生)|不(?:收取|收费|征收)|免(?:收|于收取|除)|(?:收取|收费|征收)[^。；;\n]{0,30}?[0-9０-９]+(?:\.[0-9]+)?\s*(?:万元|元)|[0-9０-９]+(?:\.[0-9]+)?\s*(?:万元|元)[^。；;\n]{0,10}?信息处理费|信息处理费[^。；;\n]{0,15}?(?:[0-9０-９]+(?:\.[0-9]+)?\s*(?:万元|元)|[为：:]\s*(?:0|０|零|无))/;

/** A section body that says nothing at all. */
const EMPTY_BODY = /^[\s\u3000]*(?:无|暂无|没有|无其他需要报告的事项)[。.]?[\s\u3000]*$/;

function states(text: string): boolean {
  return text.split(/[。；;\n]/).some((sentence) => FEE_TOPIC.test(sentence) && FEE_STATEMENT.test(sentence));
}

export const section6FeeMissing: Check = {
  id: 'section6/fee-missing',
  defaultSeverity: 'warning',
  get description() {
    return msg('2021 年度起，“六、其他需要报告的事项”未说明信息处理费收取情况');
  },
  run({ doc }) {
    const year = doc.year;
    if (year === null || year < 2021) return [];
    const section = doc.sections.find((s) => s.key === 6);
    if (!section) return [];
    const text = doc.text;
    const bodyEnd = Math.max(section.bodyStart, section.range.end);
    const body = text.slice(section.bodyStart, bodyEnd);
    if (states(body)) return [];
    const sentence = `本机关${year}年度未收取信息处理费。`;
    const eol = eolOf(text);
    let edit;
    if (EMPTY_BODY.test(body)) {
      // A bare 无 is replaced by the statement rather than left beside it.
      const lead = /^[\s\u3000]*/.exec(body)![0].length;
      const trail = /[\s\u3000]*$/.exec(body)![0].length;
      edit = { range: { start: section.bodyStart + lead, end: bodyEnd - trail }, newText: sentence };
    } else {
      // Insert the statement as the section's first paragraph, spaced like the heading and the text after it.
      const blankAfterHeading = /^[ \t\u3000]*\r?\n[ \t\u3000]*\r?\n/.test(body);
      edit = { range: { start: section.bodyStart, end: section.bodyStart }, newText: eol + (blankAfterHeading ? eol : '') + sentence };
    }
    const vague = /收费|费用/.test(body);
    return [
      {
        message: vague
          ? msg(
              '“六、其他需要报告的事项”未明确说明信息处理费：自 2021 年度起应写明是否收取信息处理费及金额（如“{0}”），“不存在相关收费业务”等笼统表述不够',
              sentence,
            )
          : msg('“六、其他需要报告的事项”未说明信息处理费收取情况：自 2021 年度起应写明是否收取信息处理费及金额（如“{0}”）', sentence),
        range: section.heading.range,
        fixes: [{ title: msg('写入“{0}”（请确认属实）', sentence), edits: [edit], safe: false }],
        data: { section: 6, year },
      },
    ];
  },
};

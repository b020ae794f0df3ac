// Tests for report/deadline: late 落款 dates for departments (31 January) and county governments
// (31 March); townships and agencies of unclear kind are never reported.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';

const ID = 'report/deadline';

const BODY =
  '一、总体情况\n\n依法推进公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n' +
  '四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n五、存在的主要问题及改进情况\n\n人员不足。\n\n' +
  '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n';
const report = (titleAgency: string, signAgency: string, date: string) =>
  `${titleAgency}2022年政府信息公开工作年度报告\n\n${BODY}${signAgency}\n${date}\n`;

describe(ID, () => {
  it('accepts a department signing by 31 January', () => {
    expect(checkDraft(report('松林县财政局', '松林县财政局', '2023年1月31日'), [ID]).actual).toEqual([]);
  });

  it('reports a department signing after 31 January, on the date', () => {
    const r = checkDraft(report('松林县财政局', '松林县财政局', `⟦${ID}|2023年2月6日⟧`), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('information');
    expect(r.findings[0]!.message).toContain('2023年1月31日');
  });

  it('gives a county government until 31 March', () => {
    expect(checkDraft(report('松林县人民政府', '松林县人民政府', '2023年3月20日'), [ID]).actual).toEqual([]);
    const r = checkDraft(report('松林县人民政府', '松林县人民政府', `⟦${ID}|2023年4月2日⟧`), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('2023年3月31日');
  });

  it('never reports a township', () => {
    expect(checkDraft(report('松林县石桥镇人民政府', '松林县石桥镇人民政府', '2023年5月6日'), [ID]).actual).toEqual([]);
  });

  it('stays silent when title and signature disagree on the kind of agency', () => {
    // A county-wide title signed by the county government's office: 31 March or 31 January?
    expect(checkDraft(report('松林县', '松林县人民政府办公室', '2023年2月15日'), [ID]).actual).toEqual([]);
  });
});

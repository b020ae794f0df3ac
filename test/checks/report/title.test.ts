// Tests for report/title: a missing title, a title without agency or year, and a title year that
// contradicts the statistical period; a title split over lines is accepted.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const ID = 'report/title';

const PREAMBLE = '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n\n';
const BODY =
  '一、总体情况\n\n本局持续推进公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n' +
  '四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n五、存在的主要问题及改进情况\n\n人员不足。\n\n' +
  '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n';
const SIGN = '红河县水利局\n2023年1月12日\n';

describe(ID, () => {
  it('accepts a title naming agency and year, also split over lines', () => {
    expect(checkDraft('红河县水利局2022年政府信息公开工作年度报告\n\n' + PREAMBLE + BODY + SIGN, [ID]).actual).toEqual([]);
    expect(checkDraft('红河县水利局\n\n2022 年\n\n政府信息公开工作年度报告\n' + PREAMBLE + BODY + SIGN, [ID]).actual).toEqual([]);
  });

  it('reports a missing title at the start and offers one built from the signature and the year', () => {
    const r = checkDraft(`⟦${ID}|⟧` + PREAMBLE + BODY + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.fixes?.[0]!.safe).toBe(false);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe('红河县水利局2022年政府信息公开工作年度报告\n\n' + PREAMBLE + BODY + SIGN);
    expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  });

  it('reports a title without the agency', () => {
    const r = checkDraft(`⟦${ID}|2022年政府信息公开工作年度报告⟧\n\n` + PREAMBLE + BODY + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('机关名称');
  });

  it('reports a title year that contradicts the statistical period', () => {
    const r = checkDraft(`⟦${ID}|红河县水利局2021年政府信息公开工作年度报告⟧\n\n` + PREAMBLE + BODY + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('2021');
    expect(r.findings[0]!.message).toContain('2022');
    expect(r.findings[0]!.related?.[0]!.range.start).toBe(r.text.indexOf('2022年1月1日'));
  });
});

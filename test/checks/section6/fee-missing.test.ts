// Tests for section6/fee-missing: from report year 2021 part 六 must state the 信息处理费; the fix
// writes the usual sentence (never applied by fix-all, since the agency must confirm it).

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const ID = 'section6/fee-missing';

const head = (year: number) =>
  `龙泉县农业农村局${year}年政府信息公开工作年度报告\n\n一、总体情况\n\n依法推进公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n` +
  '三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n' +
  '五、存在的主要问题及改进情况\n\n人员不足。\n\n';
const SIGN = '\n\n龙泉县农业农村局\n2023年1月20日\n';
const SIX = '六、其他需要报告的事项';

describe(ID, () => {
  it('accepts an explicit statement: nothing collected, or an amount', () => {
    expect(checkDraft(head(2022) + `${SIX}\n\n本机关2022年度未收取信息处理费。` + SIGN, [ID]).actual).toEqual([]);
    expect(checkDraft(head(2022) + `${SIX}\n\n（一）信息处理费\n本年度共收取信息处理费300元。` + SIGN, [ID]).actual).toEqual([]);
    expect(checkDraft(head(2022) + `${SIX}\n\n本年度未发生政府信息公开收费情况。` + SIGN, [ID]).actual).toEqual([]);
    expect(checkDraft(head(2022) + `${SIX}\n\n信息处理费：0元。` + SIGN, [ID]).actual).toEqual([]);
  });

  it('does not ask for the statement before report year 2021', () => {
    expect(checkDraft(head(2020) + `${SIX}\n\n无。` + SIGN, [ID]).actual).toEqual([]);
  });

  it('reports a bare 无 and replaces it with the statement', () => {
    const r = checkDraft(head(2022) + `⟦${ID}|${SIX}⟧\n\n无` + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    const f = r.findings[0];
    expect(f!.severity).toBe('warning');
    expect(f!.fixes?.[0]!.safe).toBe(false);
    const fixed = applyFix(r.text, f!);
    expect(fixed).toBe(head(2022) + `${SIX}\n\n本机关2022年度未收取信息处理费。` + SIGN);
    expect(fixableFindings(fixed).filter((x) => x.id === ID)).toEqual([]);
  });

  it('reports a vague statement and inserts the sentence before the other items', () => {
    const r = checkDraft(head(2021) + `⟦${ID}|${SIX}⟧\n\n经自查，本局不存在相关收费业务。` + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('不存在相关收费业务');
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(head(2021) + `${SIX}\n\n本机关2021年度未收取信息处理费。\n\n经自查，本局不存在相关收费业务。` + SIGN);
    expect(fixableFindings(fixed).filter((x) => x.id === ID)).toEqual([]);
  });

  it('keeps a compact layout compact', () => {
    const r = checkDraft(head(2021) + `⟦${ID}|${SIX}⟧\n（一）工作要点落实情况\n已全部落实。` + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(applyFix(r.text, r.findings[0]!)).toBe(
      head(2021) + `${SIX}\n本机关2021年度未收取信息处理费。\n（一）工作要点落实情况\n已全部落实。` + SIGN,
    );
  });
});

// Tests for section/order: misplaced and duplicated parts are reported on their heading.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';

const ID = 'section/order';

const TITLE = '白沙市市场监督管理局2022年政府信息公开工作年度报告\n\n';
const P = {
  1: '一、总体情况\n\n本局持续推进政务公开。\n\n',
  2: '二、主动公开政府信息情况\n\n主动公开信息56条。\n\n',
  3: '三、收到和处理政府信息公开申请情况\n\n收到申请2件。\n\n',
  4: '四、政府信息公开行政复议、行政诉讼情况\n\n未发生复议诉讼。\n\n',
  5: '五、存在的主要问题及改进情况\n\n公开内容还不够全面。\n\n',
  6: '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n',
};
const SIGN = '白沙市市场监督管理局\n2023年1月18日\n';

describe(ID, () => {
  it('reports nothing for parts in order', () => {
    const r = checkDraft(TITLE + P[1] + P[2] + P[3] + P[4] + P[5] + P[6] + SIGN, [ID]);
    expect(r.actual).toEqual([]);
  });

  it('reports the part that stands between later parts, naming where it belongs', () => {
    const r = checkDraft(TITLE + P[1] + P[3] + `⟦${ID}|二、主动公开政府信息情况⟧\n\n主动公开信息56条。\n\n` + P[4] + P[5] + P[6] + SIGN, [
      ID,
    ]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toContain('应位于“一、总体情况”之后、“三、收到和处理政府信息公开申请情况”之前');
    expect(r.findings[0]!.fixes ?? []).toEqual([]);
  });

  it('reports one part moved far ahead, not the run of parts after it', () => {
    const r = checkDraft(
      TITLE + P[1] + `⟦${ID}|五、存在的主要问题及改进情况⟧\n\n公开内容还不够全面。\n\n` + P[2] + P[3] + P[4] + P[6] + SIGN,
      [ID],
    );
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('之后、“六、其他需要报告的事项”之前');
  });

  it('reports the second occurrence of a duplicated part', () => {
    const r = checkDraft(
      TITLE + P[1] + P[2] + P[3] + `⟦${ID}|三、收到和处理政府信息公开申请情况⟧\n\n又收到申请1件。\n\n` + P[4] + P[5] + P[6] + SIGN,
      [ID],
    );
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('重复出现');
    expect(r.findings[0]!.related?.[0]!.range.start).toBe(r.text.indexOf('三、'));
  });
});

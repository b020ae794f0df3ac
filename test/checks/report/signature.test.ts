// Tests for report/signature: a report that ends without agency and date after part 六.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';

const ID = 'report/signature';

const DRAFT =
  '东湖区教育局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n本局持续推进公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n' +
  '三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n' +
  '五、存在的主要问题及改进情况\n\n人员不足。\n\n六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。';

describe(ID, () => {
  it('accepts agency and date after part 六', () => {
    expect(checkDraft(DRAFT + '\n\n东湖区教育局\n2023年1月9日\n', [ID]).actual).toEqual([]);
    expect(checkDraft(DRAFT + '\n\n        东湖区教育局\n        2023年1月9日\n', [ID]).actual).toEqual([]);
  });

  it('accepts agency and date on one line set apart by long runs of spaces, also at the end of a flattened copy', () => {
    const spaced = '东湖区教育局' + ' '.repeat(30) + '\u3000\u3000' + ' '.repeat(14) + '2023年1月9日';
    expect(checkDraft(DRAFT + '\n\n' + spaced + '\n', [ID]).actual).toEqual([]);
    expect(checkDraft(DRAFT.replace(/\n+/g, '') + spaced, [ID]).actual).toEqual([]);
  });

  it('reports a missing signature at the end of the text', () => {
    const r = checkDraft(DRAFT + `⟦${ID}|⟧\n\n`, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.fixes ?? []).toEqual([]);
  });

  it('reports a signature without its date', () => {
    const r = checkDraft(DRAFT + `\n\n东湖区教育局⟦${ID}|⟧\n`, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('缺少日期');
  });

  it('says so when the last line is a date it cannot read', () => {
    const r = checkDraft(DRAFT + `\n\n东湖区教育局\n2023年1月⟦${ID}|⟧\n`, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('未能识别落款日期');
  });

  it('waits until part 六 is written', () => {
    expect(checkDraft('东湖区教育局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n本局持续推进公开。\n', [ID]).actual).toEqual([]);
  });
});

// Tests for section/title-variant: a heading worded otherwise than the standard title is reported as
// information, and the fix writes the standard title.

import { describe, expect, it } from 'vitest';
import { applySafeFixes } from '../../../server/src/service';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const ID = 'section/title-variant';

const TITLE = '青山区人力资源和社会保障局2022年政府信息公开工作年度报告\n\n';
const P1 = '一、总体情况\n\n本局持续推进公开。\n\n';
const P2 = '二、主动公开政府信息情况\n\n公开信息88条。\n\n';
const P3 = '三、收到和处理政府信息公开申请情况\n\n收到申请4件。\n\n';
const P4 = '四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n';
const P6 = '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n青山区人力资源和社会保障局\n2023年1月16日\n';

describe(ID, () => {
  it('accepts the standard titles, also with other spacing and punctuation width', () => {
    const r = checkDraft(
      TITLE + P1 + P2 + P3 + '四、政府信息公开行政复议,行政诉讼情况\n\n未发生。\n\n五、存在的主要问题 及改进情况\n\n人员不足。\n\n' + P6,
      [ID],
    );
    expect(r.actual).toEqual([]);
  });

  it('reports a variant title and replaces it with the standard one', () => {
    const r = checkDraft(TITLE + P1 + P2 + P3 + P4 + `⟦${ID}|五、存在的主要问题和改进措施⟧\n\n人员不足。\n\n` + P6, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('information');
    // A variant title is accepted: renaming it is offered, never applied by fix-all or --fix.
    expect(r.findings[0]!.fixes?.[0]!.safe).toBe(false);
    expect(applySafeFixes(r.text).text).toBe(r.text);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(TITLE + P1 + P2 + P3 + P4 + '五、存在的主要问题及改进情况\n\n人员不足。\n\n' + P6);
    expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  });

  it('reports the statutory wording of part 四 as a variant too', () => {
    const r = checkDraft(
      TITLE +
        P1 +
        P2 +
        P3 +
        `⟦${ID}|四、因政府信息公开工作被申请行政复议、提起行政诉讼情况⟧\n\n未发生。\n\n五、存在的主要问题及改进情况\n\n人员不足。\n\n` +
        P6,
      [ID],
    );
    expect(r.actual).toEqual(r.expected);
    expect(applyFix(r.text, r.findings[0]!)).toBe(TITLE + P1 + P2 + P3 + P4 + '五、存在的主要问题及改进情况\n\n人员不足。\n\n' + P6);
  });
});

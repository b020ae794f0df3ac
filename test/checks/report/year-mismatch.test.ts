// Tests for report/year-mismatch: plans in part 五 dated the report year, and a title or period that
// contradicts a report year set by the user; citations and past years are left alone.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const ID = 'report/year-mismatch';

const HEAD =
  '金沙县卫生健康局2021年政府信息公开工作年度报告\n\n本报告统计期限自2021年1月1日起至2021年12月31日止。\n\n' +
  '一、总体情况\n\n2021年，本局依法推进公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n' +
  '四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n五、存在的主要问题及改进情况\n\n';
const TAIL = '\n\n六、其他需要报告的事项\n\n本机关2021年度未收取信息处理费。\n\n金沙县卫生健康局\n2022年1月14日\n';

describe(ID, () => {
  it('accepts plans for the next year, and leaves citations and past statements alone', () => {
    const five =
      '2021年，本局公开工作仍有不足。对照《2021年政务公开工作要点》，部分任务完成较晚。' +
      '与2021年相比，将进一步提高质量。2021年，我局将政务公开纳入考核。2022年，我局将进一步加强培训。';
    expect(checkDraft(HEAD + five + TAIL, [ID]).actual).toEqual([]);
  });

  it('reports a plan in part 五 dated the report year and offers the next year', () => {
    const r = checkDraft(HEAD + `存在宣传不够的问题。⟦${ID}|2021年⟧，我局将进一步加强培训。` + TAIL, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('information');
    expect(r.findings[0]!.fixes?.[0]!.safe).toBe(false);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(HEAD + '存在宣传不够的问题。2022年，我局将进一步加强培训。' + TAIL);
    expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  });

  it('reports title and period years that contradict the report year set by the user', () => {
    const marked =
      HEAD.replace('局2021年政府', `局⟦${ID}|2021年⟧政府`).replace('自2021年1月1日', `自⟦${ID}|2021年⟧1月1日`) + '人员不足。' + TAIL;
    const r = checkDraft(marked, [ID], { reportYear: 2022 });
    expect(r.actual).toEqual(r.expected);
    let fixed = r.text;
    for (const f of [...r.findings].reverse()) fixed = applyFix(fixed, f);
    expect(fixed).toBe((HEAD + '人员不足。' + TAIL).replace('局2021年政府', '局2022年政府').replace('自2021年1月1日', '自2022年1月1日'));
    expect(fixableFindings(fixed, { reportYear: 2022 }).filter((f) => f.id === ID)).toEqual([]);
  });
});

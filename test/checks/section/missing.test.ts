// Tests for section/missing: a missing part is reported where it belongs, and the fix inserts the
// standard heading with its skeleton there.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/service';
import { applyFix, checkDraft } from '../../util/markers';

const ID = 'section/missing';

const PART_1 = '一、总体情况\n\n2022年，本局持续做好政府信息公开工作。\n\n';
const PART_2 = '二、主动公开政府信息情况\n\n本年度主动公开各类信息120条。\n\n';
const PART_3 = '三、收到和处理政府信息公开申请情况\n\n本年度共收到政府信息公开申请3件。\n\n';
const PART_4 = '四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n\n';
const PART_5 = '五、存在的主要问题及改进情况\n\n信息更新还不够及时，下一步将加强审核。\n\n';
const PART_6 = '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n';
const TITLE = '青石县交通运输局2022年政府信息公开工作年度报告\n\n';
const SIGN = '青石县交通运输局\n2023年1月20日\n';

function fixedOnce(marked: string) {
  const r = checkDraft(marked, [ID]);
  expect(r.actual).toEqual(r.expected);
  expect(r.findings).toHaveLength(1);
  const fixed = applyFix(r.text, r.findings[0]!);
  return { r, fixed };
}

describe(ID, () => {
  it('reports nothing when all six parts are there', () => {
    const r = checkDraft(TITLE + PART_1 + PART_2 + PART_3 + PART_4 + PART_5 + PART_6 + SIGN, [ID]);
    expect(r.actual).toEqual([]);
  });

  it('inserts a missing middle part before the next part, with its skeleton', () => {
    const { r, fixed } = fixedOnce(TITLE + PART_1 + PART_2 + PART_3 + PART_4 + `⟦${ID}|⟧` + PART_6 + SIGN);
    expect(r.findings[0]!.severity).toBe('error');
    expect(r.findings[0]!.message).toContain('五、存在的主要问题及改进情况');
    expect(r.findings[0]!.fixes?.[0]!.safe).toBe(false);
    expect(fixed).toBe(
      TITLE +
        PART_1 +
        PART_2 +
        PART_3 +
        PART_4 +
        '五、存在的主要问题及改进情况\n\n（一）存在的主要问题\n\n（二）改进情况\n\n' +
        PART_6 +
        SIGN,
    );
    expect(checkDraft(fixed, [ID]).actual).toEqual([]);
  });

  it('inserts a missing first part before part 二 and after the title', () => {
    const { fixed } = fixedOnce(TITLE + `⟦${ID}|⟧` + PART_2 + PART_3 + PART_4 + PART_5 + PART_6 + SIGN);
    expect(fixed).toBe(
      TITLE +
        '一、总体情况\n\n（一）主动公开\n\n（二）依申请公开\n\n（三）政府信息管理\n\n（四）政府信息公开平台建设\n\n（五）监督保障\n\n' +
        PART_2 +
        PART_3 +
        PART_4 +
        PART_5 +
        PART_6 +
        SIGN,
    );
    expect(checkDraft(fixed, [ID]).actual).toEqual([]);
  });

  it('inserts a missing last part before the signature, with the fee statement for 2021 and later', () => {
    const { fixed } = fixedOnce(TITLE + PART_1 + PART_2 + PART_3 + PART_4 + PART_5 + `⟦${ID}|⟧` + SIGN);
    expect(fixed).toBe(
      TITLE + PART_1 + PART_2 + PART_3 + PART_4 + PART_5 + '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n' + SIGN,
    );
    expect(checkDraft(fixed, [ID]).actual).toEqual([]);
  });

  it('appends a missing last part at the end of a draft without signature', () => {
    const draft = TITLE + PART_1 + PART_2 + PART_3 + PART_4 + '五、存在的主要问题及改进情况\n\n下一步将加强审核。';
    const { fixed } = fixedOnce(draft + `⟦${ID}|⟧`);
    expect(fixed).toBe(draft + '\n\n六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n');
    expect(checkDraft(fixed, [ID]).actual).toEqual([]);
  });

  it('keeps the CRLF line breaks of the draft and reports every missing part', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const r = checkDraft(crlf(TITLE + PART_1 + PART_2) + `⟦${ID}|⟧⟦${ID}|⟧` + crlf(PART_5 + PART_6 + SIGN), [ID]);
    expect(r.actual).toEqual(r.expected);
    const three = r.findings.find((f) => f.message.includes('三、'));
    expect(three).toBeDefined();
    expect(applyFix(r.text, three!)).toBe(
      crlf(TITLE + PART_1 + PART_2 + '三、收到和处理政府信息公开申请情况\n\n' + PART_5 + PART_6 + SIGN),
    );
  });

  it('says nothing about a text that is not recognisably a report', () => {
    expect(checkDraft('会议纪要\n\n今天讨论了三件事。\n', [ID]).actual).toEqual([]);
  });

  it('finds a part’s numbered heading run into a line of text, so nothing is missing', () => {
    const inline =
      PART_2.replace('\n\n', '') + '本年度公开工作平稳有序。三、收到和处理政府信息公开申请情况本年度共收到政府信息公开申请3件。\n\n';
    const r = checkDraft(TITLE + PART_1 + inline + PART_4 + PART_5 + PART_6 + SIGN, [ID]);
    expect(r.actual).toEqual([]);
    const doc = analyze(r.text).doc;
    const three = doc.sections.find((s) => s.key === 3);
    expect(three && r.text.slice(three.heading.range.start, three.heading.range.end)).toBe('三、收到和处理政府信息公开申请情况');
  });

  it('does not take the section names listed in the introduction for a heading', () => {
    const intro = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。\n\n';
    const r = checkDraft(TITLE + intro + PART_1 + PART_2 + `⟦${ID}|⟧` + PART_4 + PART_5 + PART_6 + SIGN, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('error');
  });
});

// Tests for narrative/mismatch: counts stated in the prose against tables 三 and 四. The tables are
// written out in the tab-separated layout with invented figures.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { GROUP_BEFORE, T3_LABELS } from '../../fixtures/labels';

const ID = 'narrative/mismatch';

/** A consistent table 三: 9 new and 2 carried-over applications; 6 granted, 3 partly, 2 not held. */
const VALUES: Record<string, Array<number | ''>> = {
  new: [7, 0, 0, 0, 2, 0, 9],
  carry: [2, 0, 0, 0, 0, 0, 2],
  r1: [4, 0, 0, 0, 2, 0, 6],
  r2: [3, 0, 0, 0, 0, 0, 3],
  'r4.1': [2, 0, 0, 0, 0, 0, 2],
  r7: [9, 0, 0, 0, 2, 0, 11],
  next: [0, 0, 0, 0, 0, 0, 0],
};

function table3(values: Record<string, Array<number | ''>> = VALUES): string {
  const header =
    '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t\n' +
    '\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n';
  const body = T3_LABELS.map(([id, label]) => {
    const group = GROUP_BEFORE[id];
    const lead = group ? `${group}\t` : id.startsWith('r') && id !== 'r7' ? '\t' : '';
    return `${lead}${label}\t${(values[id] ?? [0, 0, 0, 0, 0, 0, 0]).join('\t')}\t`;
  }).join('\n');
  return header + body + '\n';
}

/** Table 四 with 2 reconsiderations and 1 + 2 lawsuits. */
const TABLE4 =
  '行政复议\t\t\t\t\t行政诉讼\n' +
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n' +
  '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n' +
  '1\t0\t1\t0\t2\t1\t0\t0\t0\t1\t0\t0\t1\t1\t2\n';

function report(one: string, four = '', t3 = table3()): string {
  return (
    '柳江市自然资源局2022年政府信息公开工作年度报告\n\n' +
    `一、总体情况\n\n${one}\n\n` +
    '二、主动公开政府信息情况\n\n本年度主动公开信息60条。\n\n' +
    `三、收到和处理政府信息公开申请情况\n\n${t3}\n` +
    `四、政府信息公开行政复议、行政诉讼情况\n\n${four}${four ? '\n\n' : ''}${TABLE4}\n` +
    '五、存在的主要问题及改进情况\n\n答复质量有待提高。\n\n' +
    '六、其他需要报告的事项\n\n本机关2022年度未收取信息处理费。\n\n柳江市自然资源局\n2023年1月17日\n'
  );
}

describe(ID, () => {
  it('accepts prose that agrees with the tables', () => {
    const one =
      '（二）依申请公开\n2022年，本局共收到政府信息公开申请9件，其中自然人申请7件。处理结果中，予以公开6件，部分公开3件，因本机关不掌握相关政府信息无法提供2件。';
    const four = '2022年，本局被申请行政复议2件，被提起行政诉讼3件。';
    expect(checkDraft(report(one, four), [ID]).actual).toEqual([]);
  });

  it('counts carried-over applications when the text says 共办理', () => {
    expect(checkDraft(report('全年共收到和办理依申请公开11件。'), [ID]).actual).toEqual([]);
  });

  it('reports a stated application count that differs from 本年新收, and fixes the number', () => {
    const r = checkDraft(report(`2022年，本局共受理政府信息公开申请⟦${ID}|5件⟧，已全部办结。`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const f = r.findings[0];
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('9');
    expect(f!.data).toEqual({ table: 't3', cell: 't3.new.tot' });
    expect(f!.fixes?.[0]!.safe).toBe(false);
    const fixed = applyFix(r.text, f!);
    expect(fixed).toBe(report('2022年，本局共受理政府信息公开申请9件，已全部办结。'));
    expect(fixableFindings(fixed).filter((x) => x.id === ID)).toEqual([]);
  });

  it('reports 予以公开, 部分公开, 行政复议 and 行政诉讼 counts that differ', () => {
    const one = `依申请公开方面，予以公开⟦${ID}|5件⟧，部分公开⟦${ID}|1件⟧。`;
    const four = `本年度因政府信息公开被申请行政复议⟦${ID}|3件⟧，行政诉讼⟦${ID}|1件⟧。`;
    const r = checkDraft(report(one, four), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings.map((f) => f.data?.cell)).toEqual(['t3.r1.tot', 't3.r2.tot', 't4.rv.tot', 't4.ld.tot']);
    let fixed = r.text;
    for (const f of [...r.findings].reverse()) fixed = applyFix(fixed, f);
    expect(fixed).toBe(report('依申请公开方面，予以公开6件，部分公开3件。', '本年度因政府信息公开被申请行政复议2件，行政诉讼3件。'));
    expect(fixableFindings(fixed).filter((x) => x.id === ID)).toEqual([]);
  });

  it('reports 未收到申请 when table 三 has new applications', () => {
    const r = checkDraft(report(`2022年，本局⟦${ID}|未收到政府信息公开申请⟧。`), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.fixes ?? []).toEqual([]);
  });

  it('leaves counts of some applicants or of one channel alone, and still checks the whole', () => {
    const one =
      '2022年，本局共收到政府信息公开申请9件，其中收到自然人申请7件、法人或其他组织申请2件。' +
      '本局受理政府信息公开申请9件（含通过信函方式收到申请3件），其中网上申请6件。本年收到当面申请2件。' +
      '本年共收到群众咨询政府信息公开申请事项30件。';
    expect(checkDraft(report(one), [ID]).actual).toEqual([]);
    const r = checkDraft(report(`2022年，本局共收到政府信息公开申请⟦${ID}|8件⟧，其中收到自然人申请7件。`), [ID]);
    expect(r.actual).toEqual(r.expected);
  });

  it('accepts a total that says it includes the carried-over applications', () => {
    expect(checkDraft(report('本年度共受理政府信息公开申请11件（其中上年结转2件），均已按时答复。'), [ID]).actual).toEqual([]);
  });

  it('leaves a count of reconsiderations and lawsuits together alone', () => {
    const four = '本年度共发生政府信息公开行政复议、行政诉讼案件5件。';
    expect(checkDraft(report('', four), [ID]).actual).toEqual([]);
  });

  it('leaves counts of one outcome or route of the cases alone', () => {
    const four = '本年度被申请行政复议2件，其中行政复议维持1件，行政复议纠正0件；行政诉讼未经复议直接起诉1件，行政诉讼尚未审结1件。';
    expect(checkDraft(report('', four), [ID]).actual).toEqual([]);
  });

  it('leaves other years, comparisons, other kinds of requests and blank cells alone', () => {
    const one = '2021年本局受理政府信息公开申请5件。受理政府信息公开申请5件，同比下降。本局受理行政许可申请1200件。';
    expect(checkDraft(report(one), [ID]).actual).toEqual([]);
    const blankTotal = { ...VALUES, new: [7, 0, 0, 0, 2, 0, ''] as Array<number | ''> };
    expect(checkDraft(report('2022年，本局共受理政府信息公开申请5件。', '', table3(blankTotal)), [ID]).actual).toEqual([]);
  });

  it('leaves counts of other scopes alone: a whole area or system, cumulative counts, 备案, 办件', () => {
    const one =
      '2022年，全市各级行政机关共收到政府信息公开申请1340件。全县系统共办理行政复议案件134件。' +
      '本局2022年办理行政复议备案审查案件134件。自条例施行以来，本局累计受理政府信息公开申请120件。' +
      '2022年，市政务服务中心共受理依申请公开办件2310件。';
    const four = '2022年，全市行政复议机关共收到行政复议申请134件，其中政府信息公开类行政复议12件，全市法院受理行政诉讼案件56件。';
    expect(checkDraft(report(one, four), [ID]).actual).toEqual([]);
  });

  it('still compares the agency’s own count after a wider one in the same sentence', () => {
    const r = checkDraft(report(`2022年，全市共收到政府信息公开申请1340件，本局收到政府信息公开申请⟦${ID}|5件⟧。`), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.related?.map((x) => x.message)).toEqual(['一、本年新收政府信息公开申请数量·总计 = 9']);
  });

  it('names the table cells in Chinese in its related information, never by id', () => {
    const r = checkDraft(report(`全年共收到和办理依申请公开⟦${ID}|5件⟧。`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const related = r.findings[0]!.related?.map((x) => x.message) ?? [];
    expect(related).toEqual(['一、本年新收政府信息公开申请数量·总计 = 9', '二、上年结转政府信息公开申请数量·总计 = 2']);
    expect(r.findings[0]!.message).not.toMatch(/t\d\./);
  });

  it('compares the applications stated as settled (办结) with （七）总计', () => {
    expect(checkDraft(report('2022年，本局共办结政府信息公开申请11件。'), [ID]).actual).toEqual([]);
    const r = checkDraft(report(`2022年，本局共办结政府信息公开申请⟦${ID}|10件⟧。`), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.data).toEqual({ table: 't3', cell: 't3.r7.tot' });
    expect(checkDraft(report('全市各部门共办结政府信息公开申请1200件。本局按时办结率100%。'), [ID]).actual).toEqual([]);
  });
});

// Tests for section/subheading-sequence: skipped, repeated, restarted and mixed-style sub-heading
// numbers; the mixed-style fix writes the marker in the list's own style.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const ID = 'section/subheading-sequence';

const TITLE = '云岭镇人民政府2021年政府信息公开工作年度报告\n\n';
const TAIL =
  '二、主动公开政府信息情况\n\n公开信息40条。\n\n三、收到和处理政府信息公开申请情况\n\n未收到申请。\n\n' +
  '四、政府信息公开行政复议、行政诉讼情况\n\n未发生。\n\n五、存在的主要问题及改进情况\n\n人员不足。\n\n';
const SIGN = '\n云岭镇人民政府\n2022年1月10日\n';

const part1 = (subs: string) => `一、总体情况\n\n${subs}\n`;
const part6 = (subs: string) => `六、其他需要报告的事项\n\n${subs}`;
const draft = (one: string, six: string) => TITLE + part1(one) + TAIL + part6(six) + SIGN;

const FIVE =
  '（一）主动公开\n公开及时。\n（二）依申请公开\n依法答复。\n（三）政府信息管理\n审核严格。\n（四）平台建设\n网站运行平稳。\n（五）监督保障\n考核到位。\n';
const SIX_OK = '（一）信息处理费\n本机关2021年度未收取信息处理费。\n（二）工作要点落实情况\n已全部落实。\n';

describe(ID, () => {
  it('reports nothing for well-numbered lists, nested lists included', () => {
    const nested =
      '（一）主动公开\n（1）网站\n公开及时。\n（2）新媒体\n更新及时。\n（二）依申请公开\n（1）受理\n依法受理。\n（三）监督保障\n考核到位。\n';
    expect(checkDraft(draft(FIVE, SIX_OK), [ID]).actual).toEqual([]);
    expect(checkDraft(draft(nested, SIX_OK), [ID]).actual).toEqual([]);
  });

  it('reports （2） among （一）（三） and rewrites it as （二）', () => {
    const six =
      '（一）信息处理费\n本机关2021年度未收取信息处理费。\n' +
      `⟦${ID}|（2）⟧ 工作要点落实情况\n已全部落实。\n（三）建议提案办理公开\n已公开。\n`;
    const r = checkDraft(draft(FIVE, six), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.fixes?.[0]!.safe).toBe(true);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(
      draft(
        FIVE,
        '（一）信息处理费\n本机关2021年度未收取信息处理费。\n（二） 工作要点落实情况\n已全部落实。\n（三）建议提案办理公开\n已公开。\n',
      ),
    );
    expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  });

  it('reads a marker followed by the tab of Word’s list numbering', () => {
    const one = FIVE.replace('（二）依申请公开', '（二）\t依申请公开').replace('（四）平台建设', '（四）\t平台建设');
    expect(checkDraft(draft(one, SIX_OK), [ID]).actual).toEqual([]);
  });

  it('reads a full-width （２） as a number too, as Word pastes it', () => {
    const six =
      '（一）信息处理费\n本机关2021年度未收取信息处理费。\n' +
      `⟦${ID}|（２）⟧工作要点落实情况\n已全部落实。\n（三）建议提案办理公开\n已公开。\n`;
    const r = checkDraft(draft(FIVE, six), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('（２）');
  });

  it('reports a lone （1） opening a list of （二）（三） and rewrites it as （一）', () => {
    const six = `⟦${ID}|（1）⟧信息处理费\n未收取信息处理费。\n（二）工作要点\n已落实。\n（三）创新\n有创新。\n`;
    const r = checkDraft(draft(FIVE, six), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(applyFix(r.text, r.findings[0]!)).toBe(
      draft(FIVE, '（一）信息处理费\n未收取信息处理费。\n（二）工作要点\n已落实。\n（三）创新\n有创新。\n'),
    );
  });

  it('reports a skipped and a repeated number, without a fix', () => {
    const one = '（一）主动公开\n公开及时。\n' + `⟦${ID}|（三）⟧政府信息管理\n审核严格。\n` + `⟦${ID}|(三)⟧平台建设\n运行平稳。\n`;
    const r = checkDraft(draft(one, SIX_OK), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toContain('缺少“（二）”');
    expect(r.findings[1]!.message).toContain('重复');
    expect(r.findings.every((f) => (f.fixes ?? []).length === 0)).toBe(true);
  });

  it('reports a list that starts again at （一） inside the same part, as a warning when it is clearly a sub-list', () => {
    // Short titles up to （五）, then paragraphs numbered （一）（二）: the sub-items of （五） reuse its level.
    const one = FIVE + `⟦${ID}|（一）⟧进一步健全机制，定期召开会议。\n（二）进一步加强培训，提升业务能力。\n`;
    const r = checkDraft(draft(one, SIX_OK), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toContain('（五）');
    expect(r.findings[0]!.fixes ?? []).toEqual([]);
  });

  it('reports a restart as information when it may be a second list on purpose', () => {
    const one = FIVE + `⟦${ID}|（一）⟧网站建设\n运行平稳。\n（二）新媒体\n更新及时。\n`;
    const r = checkDraft(draft(one, SIX_OK), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('information');
  });
});

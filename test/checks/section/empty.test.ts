// Tests for section/empty: a heading with nothing under it, or only outline sub-headings, is reported on
// the heading; a part with prose, a table or sub-headings with text under them is not. A part inserted by
// section/missing's fix is reported until it is written.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/service';
import { applyFix, checkDraft } from '../../util/markers';
import { buildReport, defaultValues } from '../../fixtures/drafts';

const ID = 'section/empty';
const TITLE = '白沙县水利局2023年政府信息公开工作年度报告\n\n';
const PART_1 = '一、总体情况\n\n2023年，本局持续做好政府信息公开工作。\n\n';
const PART_5_TEXT = '五、存在的主要问题及改进情况\n\n（一）存在的主要问题\n\n更新还不够及时。\n\n（二）改进情况\n\n下一步将加强审核。\n\n';
const PART_6 = '六、其他需要报告的事项\n\n本机关2023年度未收取信息处理费。\n\n';
const SIGN = '白沙县水利局\n2024年1月18日\n';

describe(ID, () => {
  it('reports a heading with nothing under it', () => {
    const r = checkDraft(`${TITLE}${PART_1}⟦${ID}|五、存在的主要问题及改进情况⟧\n\n${PART_6}${SIGN}`, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toBe('第五部分“五、存在的主要问题及改进情况”只有标题，还没有内容：请补写这一部分');
    expect(r.findings[0]!.data).toEqual({ section: 5 });
    expect(r.findings[0]!.fixes ?? []).toEqual([]);
  });

  it('reports a part that has only its outline sub-headings', () => {
    const r = checkDraft(
      `${TITLE}${PART_1}⟦${ID}|五、存在的主要问题及改进情况⟧\n\n（一）存在的主要问题\n\n（二）改进情况\n\n${PART_6}${SIGN}`,
      [ID],
    );
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toBe('第五部分“五、存在的主要问题及改进情况”只有小标题，小标题下还没有内容：请补写这一部分');
  });

  it('reports the last part before the 落款, and a heading followed directly by the next', () => {
    const r = checkDraft(`${TITLE}⟦${ID}|一、总体情况⟧\n${PART_5_TEXT}⟦${ID}|六、其他需要报告的事项⟧\n\n${SIGN}`, [ID]);
    expect(r.actual).toEqual(r.expected);
  });

  it('reports a part inserted by section/missing until it is written', () => {
    const text = `${TITLE}${PART_1}${PART_6}${SIGN}`;
    const missing = analyze(text).findings.find((f) => f.id === 'section/missing' && f.data?.section === 5)!;
    const inserted = applyFix(text, missing);
    expect(checkDraft(inserted, [ID]).findings.map((f) => f.data?.section)).toContain(5);
  });

  it('accepts prose, tables, sub-headings with text, and a sub-heading that is a sentence itself', () => {
    expect(checkDraft(buildReport(defaultValues()), [ID]).actual).toEqual([]);
    expect(checkDraft(`${TITLE}${PART_1}${PART_5_TEXT}${PART_6}${SIGN}`, [ID]).actual).toEqual([]);
    const sentence = '五、存在的主要问题及改进情况\n\n（一）信息更新不够及时，已于2023年底前整改到位。\n\n';
    expect(checkDraft(`${TITLE}${PART_1}${sentence}${PART_6}${SIGN}`, [ID]).actual).toEqual([]);
    expect(checkDraft(`${TITLE}${PART_1}五、存在的主要问题及改进情况\n\n无。\n\n${PART_6}${SIGN}`, [ID]).actual).toEqual([]);
  });
});

// Tests for section/unnumbered: a standard heading without 一、…六、 is reported, and the fix adds it.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const ID = 'section/unnumbered';

const TITLE = '石门县文化和旅游局2021年政府信息公开工作年度报告\n\n';
const REST =
  '四、政府信息公开行政复议、行政诉讼情况\n\n未发生行政复议、行政诉讼。\n\n' +
  '五、存在的主要问题及改进情况\n\n宣传不够深入。\n\n' +
  '六、其他需要报告的事项\n\n本机关2021年度未收取信息处理费。\n\n石门县文化和旅游局\n2022年1月25日\n';

describe(ID, () => {
  it('reports nothing when every heading is numbered', () => {
    const r = checkDraft(
      TITLE +
        '一、总体情况\n\n本局依法公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n' +
        REST,
      [ID],
    );
    expect(r.actual).toEqual([]);
  });

  it('reports unnumbered headings and adds their numbers', () => {
    const marked =
      TITLE +
      `⟦${ID}|总体情况⟧\n\n本局依法公开。\n\n` +
      `⟦${ID}|主动公开政府信息情况⟧\n\n公开信息30条。\n\n` +
      `  ⟦${ID}|收到和处理政府信息公开申请情况⟧\n\n收到申请1件。\n\n` +
      REST;
    const r = checkDraft(marked, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings.every((f) => f.severity === 'warning' && f.fixes?.[0]!.safe)).toBe(true);
    let text = r.text;
    // Apply from the end so that earlier offsets stay valid.
    for (const f of [...r.findings].reverse()) text = applyFix(text, f);
    expect(text).toBe(
      TITLE +
        '一、总体情况\n\n本局依法公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n  三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n' +
        REST,
    );
    expect(fixableFindings(text).filter((f) => f.id === ID)).toEqual([]);
  });

  it('numbers a variant title by the part it names', () => {
    const r = checkDraft(
      TITLE +
        `⟦${ID}|政府信息公开工作总体情况⟧\n\n本局依法公开。\n\n二、主动公开政府信息情况\n\n公开信息30条。\n\n三、收到和处理政府信息公开申请情况\n\n收到申请1件。\n\n` +
        REST,
      [ID],
    );
    expect(r.actual).toEqual(r.expected);
    expect(applyFix(r.text, r.findings[0]!)).toBe(r.text.replace('政府信息公开工作总体情况', '一、政府信息公开工作总体情况'));
  });
});

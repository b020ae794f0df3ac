// Tests for table/label-variant: typos in row labels, group labels and column headers are reported on the
// label as written, and the safe fix writes the standard label.

import { describe, expect, it } from 'vitest';
import { applyEdits, safeFixEdits } from '../../../server/src/service/features/apply';
import { analyze } from '../../../server/src/service';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout, mark, replaceNth } from '../../fixtures/drafts';
import { T3_LABELS } from '../../fixtures/labels';

const ID = 'table/label-variant';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

const TYPOS = {
  't3.r3.2': ['2.其他法律法规禁止公开', '2.其他法律行政法规禁止公开'],
  't3.r5.4': ['4.无正当理由由大量反复申请', '4.无正当理由大量反复申请'],
  't2.col.repealed': ['本年度止件数', '本年废止件数'],
} as const;

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`reports typos in row labels and column headers and fixes each (${layout})`, () => {
      const labels = Object.fromEntries(Object.entries(TYPOS).map(([k, [typo]]) => [k, typo]));
      const text = buildReport(defaultValues(), { layout, labels });
      let marked = text;
      for (const [typo] of Object.values(TYPOS)) marked = mark(marked, typo, ID);
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      expect(r.findings.map((f) => f.data)).toEqual([
        { table: 't2', cell: 't2.reg.repealed', label: 'col.repealed' },
        { table: 't3', cell: 't3.r3.2.np', label: 'r3.2' },
        { table: 't3', cell: 't3.r5.4.np', label: 'r5.4' },
      ]);
      for (const finding of r.findings) {
        expect(finding.severity).toBe('warning');
        expect(finding.fixes?.[0]!.safe).toBe(true);
        const [typo, standard] = Object.values(TYPOS).find(([t]) => r.text.slice(finding.range.start, finding.range.end) === t)!;
        expect(finding.fixes?.[0]!.title).toBe(`改为“${standard}”`);
        const fixed = applyFix(r.text, finding);
        expect(fixed).toBe(replaceNth(text, typo, standard));
        expect(fixableFindings(fixed).filter((f) => f.id === ID)).toHaveLength(r.findings.length - 1);
      }
      // All fixes are safe, so fix-all repairs every label at once.
      const all = applyEdits(text, safeFixEdits(analyze(text).findings.filter((f) => f.id === ID)));
      expect(all).toBe(buildReport(defaultValues(), { layout }));
      expect(fixableFindings(all).filter((f) => f.id === ID)).toEqual([]);
    });
  }

  it('reports a typo in a group label', () => {
    const text = buildReport(defaultValues()).replace('（五）不予处理', '（五）不予以处理');
    const r = checkDraft(mark(text, '（五）不予以处理', ID), [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(applyFix(r.text, r.findings[0]!)).toBe(buildReport(defaultValues()));
  });

  it('accepts known spellings: aliases, spaces inside labels, half-width ordinals', () => {
    for (const layout of LAYOUTS) {
      const text = buildReport(defaultValues(), {
        layout,
        labels: { 't3.r2': '（二）部分公开', 't3.r1': '(一) 予以公开', 't3.r3.1': '1. 属于国家秘密' },
      }).replace(/结果维持/g, '结 果 维 持');
      expect(checkDraft(text, [ID]).actual).toEqual([]);
    }
  });

  it('reports nothing for standard labels', () => {
    for (const layout of LAYOUTS) expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
  });

  /** The draft with the first `from` in table 四 written as `to`. */
  function inTable4(layout: Layout, from: string, to: string): string {
    const base = buildReport(defaultValues(), { layout });
    const at = base.indexOf(from, base.indexOf('四、政府信息公开行政复议'));
    return base.slice(0, at) + to + base.slice(at + from.length);
  }

  it('replaces exactly the label’s characters, never a neighbouring header’s, and does not fire again', () => {
    for (const layout of LAYOUTS) {
      // 其他结果 broken over a line and a tab: its last character stands right before 尚未审结's cell.
      const text = inTable4(layout, '其他结果', '其他\n结\t果');
      let current = text;
      for (let round = 0; round < 3; round++) {
        const findings = analyze(current).findings.filter((f) => f.id === ID);
        for (const finding of findings) {
          const [edit] = finding.fixes![0]!.edits;
          // What is replaced is the label as written, at most a typo away from the standard one.
          expect(current.slice(edit!.range.start, edit!.range.end)).not.toMatch(/[\t\n]/);
        }
        if (findings.length === 0) break;
        current = applyEdits(current, safeFixEdits(findings));
      }
      expect(current).toContain('其他\n结\t果');
      expect(analyze(current).findings.filter((f) => f.id === ID)).toEqual([]);
    }
  });

  it('reports a typo next to a stray neighbour on the label alone, and a right label next to one not at all', () => {
    for (const layout of LAYOUTS) {
      const typo = inTable4(layout, '尚未审结', '某\t尚未审决');
      const r = checkDraft(mark(typo, '尚未审决', ID), [ID]);
      expect(r.actual).toEqual(r.expected);
      const fixed = applyFix(r.text, r.findings[0]!);
      expect(fixed).toBe(inTable4(layout, '尚未审结', '某\t尚未审结'));
      expect(checkDraft(fixed, [ID]).actual).toEqual([]);
    }
  });
  it('takes a label a PDF wrapped after its values for the whole label, and still reports a typo in it', () => {
    // An invented PDF copy: long labels run past the numbers, their tail alone on the next line.
    const rows = (typo: boolean) =>
      T3_LABELS.map(([id, label]) => {
        const numbers = id === 'new' || id === 'r1' || id === 'r7' ? '3 0 0 0 0 0 3' : '0 0 0 0 0 0 0';
        if (id === 'r2') return `（二）部分公开（区分处理的，只计这一情形， ${numbers}\n不计其他情形）`;
        if (id === 'r6.1') return `1.申请人无正当理由逾期不补正、行政机关不再处理其政府${typo ? '消息' : '信息'} ${numbers}\n公开申请`;
        return `${label} ${numbers}`;
      }).join('\n');
    const draft = (typo: boolean) =>
      `檀山乡人民政府2022年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n${rows(typo)}\n\n四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n`;
    expect(checkDraft(draft(false), [ID]).actual).toEqual([]);
    // A real typo in the first part is no wrap: the label is reported.
    const marked = draft(true).replace(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府消息',
      `⟦${ID}|1.申请人无正当理由逾期不补正、行政机关不再处理其政府消息⟧`,
    );
    const r = checkDraft(marked, [ID]);
    expect(r.actual).toEqual(r.expected);
  });
});

// Tests for table/label-variant: typos in row labels, group labels and column headers are reported on the
// label as written, and the safe fix writes the standard label.

import { describe, expect, it } from 'vitest';
import { applyEdits, safeFixEdits } from '../../../server/src/service/features/apply';
import { analyze } from '../../../server/src/service';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout, mark, replaceNth } from '../../fixtures/drafts';

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
        expect(finding.fixes?.[0].safe).toBe(true);
        const [typo, standard] = Object.values(TYPOS).find(([t]) => r.text.slice(finding.range.start, finding.range.end) === t)!;
        expect(finding.fixes?.[0].title).toBe(`改为“${standard}”`);
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
    expect(applyFix(r.text, r.findings[0])).toBe(buildReport(defaultValues()));
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
          const [edit] = finding.fixes![0].edits;
          // What is replaced is the label as written, at most a typo away from the standard one.
          expect(current.slice(edit.range.start, edit.range.end)).not.toMatch(/[\t\n]/);
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
      const fixed = applyFix(r.text, r.findings[0]);
      expect(fixed).toBe(inTable4(layout, '尚未审结', '某\t尚未审结'));
      expect(checkDraft(fixed, [ID]).actual).toEqual([]);
    }
  });
});

// Tests for table/row-missing: a standard row absent from its table is reported where it belongs, and the
// fix inserts it there as one tab-separated line of zeros.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, markBefore, replaceNth, zeroValues } from '../../fixtures/drafts';

const ID = 'table/row-missing';
const ZEROS7 = '\t0\t0\t0\t0\t0\t0\t0';

function fixOne(marked: string) {
  const r = checkDraft(marked, [ID]);
  expect(r.actual).toEqual(r.expected);
  expect(r.findings).toHaveLength(1);
  expect(r.findings[0]!.severity).toBe('error');
  expect(r.findings[0]!.fixes?.[0]!.safe).toBe(false);
  const fixed = applyFix(r.text, r.findings[0]!);
  expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  return { finding: r.findings[0], fixed };
}

describe(ID, () => {
  it('inserts a missing row of table 三 after its neighbour in the same group (tabs)', () => {
    const text = buildReport(defaultValues(), { omitRows: ['t3.r5.2'] });
    const { finding, fixed } = fixOne(markBefore(text, '3.要求提供公开出版物', ID));
    expect(finding!.data).toEqual({ table: 't3', cell: 't3.r5.2.np', row: 'r5.2' });
    expect(fixed).toBe(buildReport(defaultValues()));
  });

  it('inserts a missing row of table 三 after its neighbour in the same group (cells)', () => {
    const text = buildReport(defaultValues(), { layout: 'cells', omitRows: ['t3.r5.2'] });
    const before = `\t1.信访举报投诉类申请${ZEROS7.replace(/\t/g, '\n\t')}\n`;
    const { fixed } = fixOne(replaceNth(text, before, `${before}⟦${ID}|⟧`));
    expect(fixed).toBe(replaceNth(text, before, `${before}2.重复申请${ZEROS7}\n`));
  });

  it('puts the first row of a group after the group label, before the next row', () => {
    for (const layout of ['tabs', 'cells'] as const) {
      const text = buildReport(defaultValues(), { layout, omitRows: ['t3.r3.1'] });
      const next = layout === 'tabs' ? '2.其他法律行政法规禁止公开' : '\t2.其他法律行政法规禁止公开';
      const { fixed } = fixOne(markBefore(text, next, ID));
      expect(fixed).toBe(replaceNth(text, next, `1.属于国家秘密${ZEROS7}\n${next}`));
      if (layout === 'tabs') expect(fixed).toBe(buildReport(defaultValues(), { layout }));
    }
  });

  it('inserts a missing row of table 二 inside its own block', () => {
    const values = defaultValues();
    values.t2.coe = 0;
    const text = buildReport(values, { omitRows: ['t2.coe'] });
    const { fixed } = fixOne(markBefore(text, '第二十条第（八）项', ID));
    expect(fixed).toBe(buildReport(values));
  });

  it('inserts the only row of a table 二 block after the block’s headers', () => {
    const values = defaultValues();
    values.t2.lic = 0;
    for (const layout of ['tabs', 'cells'] as const) {
      const text = buildReport(values, { layout, omitRows: ['t2.lic'] });
      const header = layout === 'tabs' ? '信息内容\t本年处理决定数量\n' : '\t信息内容\n\t本年处理决定数量\n';
      const { fixed } = fixOne(replaceNth(text, header, `${header}⟦${ID}|⟧`));
      expect(fixed).toBe(replaceNth(text, header, `${header}行政许可\t0\n`));
      if (layout === 'tabs') expect(fixed).toBe(buildReport(values, { layout }));
    }
  });

  it('inserts a missing data row of table 四 after its headers', () => {
    const values = defaultValues();
    values.t4 = zeroValues().t4;
    const text = buildReport(values, { omitRows: ['t4.data'] });
    const lastHeader = '尚未审结\t总计\n';
    const at = text.indexOf(lastHeader, text.indexOf('复议后起诉')) + lastHeader.length;
    const { finding, fixed } = fixOne(`${text.slice(0, at)}⟦${ID}|⟧${text.slice(at)}`);
    expect(finding!.data).toMatchObject({ table: 't4', cell: 't4.rv.keep' });
    expect(fixed).toBe(buildReport(values));
  });

  it('inserts with the draft’s own line breaks (CRLF)', () => {
    const text = buildReport(defaultValues(), { omitRows: ['t3.r5.2'] }).replace(/\n/g, '\r\n');
    const { fixed } = fixOne(markBefore(text, '3.要求提供公开出版物', ID));
    expect(fixed).toBe(buildReport(defaultValues()).replace(/\n/g, '\r\n'));
  });

  it('reports every missing row once', () => {
    const text = buildReport(defaultValues(), { omitRows: ['t3.r6.1', 't3.r6.2'] });
    const r = checkDraft(text, [ID]);
    expect(r.findings.map((f) => f.data?.cell)).toEqual(['t3.r6.1.np', 't3.r6.2.np']);
  });

  it('reports nothing for complete tables, in either format', () => {
    for (const layout of ['tabs', 'cells'] as const) {
      expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
      // A 2020 report's single （六） row is a complete 2019 table.
      const values = defaultValues();
      values.year = 2020;
      expect(checkDraft(buildReport(values, { layout, singleR6: true }), [ID]).actual).toEqual([]);
    }
  });
});

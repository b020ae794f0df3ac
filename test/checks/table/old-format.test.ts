// Tests for table/old-format: 2019 (试行) labels in a report for 2021 or later, on the first old label,
// with the conversion of spec D.2; and nothing at all for 2019/2020 reports, whose tables are right.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, cloneValues, defaultValues, type Layout, mark, replaceNth, t3Values } from '../../fixtures/drafts';

const ID = 'table/old-format';
const LAYOUTS: Layout[] = ['tabs', 'cells'];
const R61 = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
const R62 = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

/** Consistent values with one application in （六）其他处理 (as 3.其他), so the old row carries a number. */
function valuesWithOther() {
  const values = defaultValues();
  values.t3 = t3Values({
    new: { np: 6, biz: 2, law: 1 },
    carry: { np: 1 },
    r1: { np: 3, biz: 1 },
    r2: { np: 1 },
    'r3.4': { biz: 1 },
    'r4.1': { np: 1, law: 1 },
    'r6.3': { np: 1 },
  });
  return values;
}

describe(`${ID} (table 三)`, () => {
  for (const layout of LAYOUTS) {
    it(`reports the single （六）其他处理 row of a 2022 report and splits it (${layout})`, () => {
      const values = valuesWithOther();
      const text = buildReport(values, { layout, singleR6: true });
      const r = checkDraft(mark(text, '（六）其他处理', ID), [ID]);
      expect(r.actual).toEqual(r.expected);
      const finding = r.findings[0];
      expect(finding!.severity).toBe('warning');
      expect(finding!.data).toEqual({ table: 't3', cell: 't3.r6.np', label: 'r6' });
      expect(finding!.fixes?.[0]!.safe).toBe(false);
      const fixed = applyFix(r.text, finding!);
      // The old values go to 3.其他, the two other sub-rows get 0.
      const rows = ['（六）其他处理', `${R61}\t0\t0\t0\t0\t0\t0\t0`, `${R62}\t0\t0\t0\t0\t0\t0\t0`, '3.其他\t1\t0\t0\t0\t0\t0\t1'].join(
        '\n',
      );
      const old = layout === 'tabs' ? '（六）其他处理\t1\t0\t0\t0\t0\t0\t1' : '（六）其他处理\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1';
      expect(fixed).toBe(replaceNth(text, old, rows));
      if (layout === 'tabs') expect(fixed).toBe(buildReport(values, { layout }));
      expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
      expect(checkDraft(fixed, ['table/*', 'sum/*']).actual).toEqual([]);
    });
  }

  for (const year of [2019, 2020]) {
    it(`says nothing for a ${year} report, where the single row is right`, () => {
      const values = cloneValues(valuesWithOther());
      values.year = year;
      expect(checkDraft(buildReport(values, { singleR6: true }), [ID]).actual).toEqual([]);
    });
  }

  for (const layout of LAYOUTS) {
    it(`reports nothing for a 2021-format report (${layout})`, () => {
      expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
    });
  }
});

/** A short report whose table 二 is the 2019 one, in tab rows. */
function report2019Table2(year: number, marker = ''): string {
  const open = marker ? `⟦${marker}|` : '';
  const close = marker ? '⟧' : '';
  return (
    `白石镇人民政府${year}年政府信息公开工作年度报告\n\n` +
    '二、主动公开政府信息情况\n\n' +
    '第二十条第（一）项\n' +
    `信息内容\t${open}本年新制作数量${close}\t本年新公开数量\t对外公开总数量\n` +
    '规章\t0\t0\t0\n' +
    '规范性文件\t4\t4\t9\n' +
    '第二十条第（五）项\n' +
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n' +
    '行政许可\t12\t0\t30\n' +
    '其他对外管理服务事项\t3\t0\t5\n' +
    '第二十条第（六）项\n' +
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n' +
    '行政处罚\t8\t0\t15\n' +
    '行政强制\t2\t0\t1\n' +
    '第二十条第（八）项\n' +
    '信息内容\t上一年项目数量\t本年增/减\n' +
    '行政事业性收费\t1\t0\n' +
    '第二十条第（九）项\n' +
    '信息内容\t采购项目数量\t采购总金额\n' +
    '政府集中采购\t2\t36\n\n' +
    '三、收到和处理政府信息公开申请情况\n\n本年度未收到政府信息公开申请。\n'
  );
}

describe(`${ID} (table 二)`, () => {
  it('reports a 2019 table 二 in a 2022 report on its first old label and converts it', () => {
    const r = checkDraft(report2019Table2(2022, ID), [ID]);
    expect(r.actual).toEqual(r.expected);
    const finding = r.findings[0];
    expect(finding!.data).toMatchObject({ table: 't2' });
    expect(finding!.fixes?.[0]!.safe).toBe(false);
    const fixed = applyFix(r.text, finding!);
    // 本年新制作数量 → 本年制发件数 and 处理决定数量 → 本年处理决定数量 are kept; what has no source is `？`.
    const converted = [
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t？\t？',
      '行政规范性文件\t4\t？\t？',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t30',
      '第二十条第（六）项',
      '信息内容\t本年处理决定数量',
      '行政处罚\t15',
      '行政强制\t1',
      '第二十条第（八）项',
      '信息内容\t本年收费金额（单位：万元）',
      '行政事业性收费\t？',
    ].join('\n');
    const original = report2019Table2(2022);
    const start = original.indexOf('第二十条第（一）项');
    const end = original.indexOf('政府集中采购\t2\t36') + '政府集中采购\t2\t36'.length;
    expect(fixed).toBe(original.slice(0, start) + converted + original.slice(end));
    expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
  });

  it('says nothing about a 2019 table 二 in a 2020 report', () => {
    expect(checkDraft(report2019Table2(2020), [ID]).actual).toEqual([]);
  });

  it('only informs about an extra （九） block in a 2021 table 二', () => {
    const text = buildReport(defaultValues()).replace(
      '行政事业性收费\t0\n',
      '行政事业性收费\t0\n⟦table/old-format|第二十条第（九）项⟧\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t2\t36\n',
    );
    const r = checkDraft(text, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('information');
    expect(r.findings[0]!.fixes ?? []).toEqual([]);
  });
});

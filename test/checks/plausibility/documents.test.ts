// Tests for plausibility/documents: table 二's 现行有效件数 below 本年制发件数 − 本年废止件数 (2019 format:
// 对外公开总数量 below 本年新公开数量) is a warning on the stated count, without a fix.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';
import { buildReport, defaultValues, type Layout, replaceNth } from '../../fixtures/drafts';

const ID = 'plausibility/documents';
const LAYOUTS: Layout[] = ['tabs', 'cells'];

describe(ID, () => {
  for (const layout of LAYOUTS) {
    it(`warns when fewer documents are in force than were made and not repealed (${layout})`, () => {
      const values = defaultValues();
      values.t2['nd.made'] = 6;
      values.t2['nd.repealed'] = 1;
      values.t2['nd.valid'] = 4;
      const sep = layout === 'tabs' ? '\t' : '\n\t';
      const text = buildReport(values, { layout });
      const marked = replaceNth(text, `行政规范性文件${sep}6${sep}1${sep}4`, `行政规范性文件${sep}6${sep}1${sep}⟦${ID}|4⟧`);
      const r = checkDraft(marked, [ID]);
      expect(r.actual).toEqual(r.expected);
      const finding = r.findings[0];
      expect(finding!.severity).toBe('warning');
      expect(finding!.message).toBe(
        '行政规范性文件：现行有效件数 4 少于本年制发件数 6 减本年废止件数 1（= 5），请核对（除非本年制发的文件当年即已失效）',
      );
      expect(finding!.data).toMatchObject({ table: 't2', cell: 't2.nd.valid' });
      // The other two numbers stand beside it and in the message: no related locations.
      expect(finding!.related).toEqual([]);
      // A soft rule: which number is wrong, and by how much, is for the drafter to find out.
      expect(finding!.fixes ?? []).toEqual([]);
    });
  }

  it('checks 对外公开总数量 against 本年新公开数量 in a 2019 table', () => {
    const draft =
      '松溪县人民政府2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n' +
      '第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n' +
      `规章\t0\t0\t0\n规范性文件\t9\t9\t⟦${ID}|5⟧\n` +
      '第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t10\t0\t30\n\n三、收到和处理政府信息公开申请情况\n\n无。\n';
    const r = checkDraft(draft, [ID]);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.message).toBe('规范性文件：对外公开总数量 5 少于本年新公开数量 9，请核对（总数量应包含本年新公开的文件）');
  });

  it('does not assess a blank count', () => {
    const values = defaultValues();
    values.t2['nd.made'] = 6;
    values.t2['nd.valid'] = '';
    expect(checkDraft(buildReport(values), [ID]).actual).toEqual([]);
  });

  it('reports nothing for plausible counts', () => {
    const values = defaultValues();
    // Made 3, repealed 3, none left in force from this year: still possible.
    values.t2['nd.repealed'] = 3;
    values.t2['nd.valid'] = 0;
    for (const layout of LAYOUTS) {
      expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
      expect(checkDraft(buildReport(values, { layout }), [ID]).actual).toEqual([]);
    }
  });
});

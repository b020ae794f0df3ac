// Tests for report/unrecognized: a text that reads like an annual report but in which no section heading
// and no table was found gets one warning on its title, instead of a silent pass or nine missing findings.

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../util/markers';

const ID = 'report/unrecognized';
const BODY =
  '本年度，本局按照总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项的顺序编写本报告，' +
  '全年主动公开政府信息一百余条，收到和处理政府信息公开申请若干件，均按期答复，没有发生行政复议和行政诉讼，公开工作平稳有序，群众满意度较高，今后将继续努力，把各项工作做得更加扎实细致。';

describe(ID, () => {
  it('reports a report whose sections and tables cannot be found, once, on its title, and nothing else of the kind', () => {
    const marked = `⟦${ID}|松石县文化和旅游局2023年政府信息公开工作年度报告⟧\n\n${BODY}\n`;
    const r = checkDraft(marked, [ID, 'section/missing', 'table/missing']);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.data).toEqual({ tables: ['t2', 't3', 't4'] });
  });

  it('reports a text without a title that names the sections', () => {
    const r = checkDraft(`⟦${ID}|⟧${BODY}\n`, [ID]);
    expect(r.actual).toEqual(r.expected);
  });

  it('leaves a begun draft (a title and little else) to section/missing and table/missing', () => {
    const r = checkDraft('松石县文化和旅游局2023年政府信息公开工作年度报告\n\n今年的报告正在起草。\n', [
      ID,
      'section/missing',
      'table/missing',
    ]);
    expect(r.findings.filter((f) => f.id === ID)).toEqual([]);
    expect(r.findings.filter((f) => f.id === 'section/missing')).toHaveLength(6);
    expect(r.findings.filter((f) => f.id === 'table/missing').map((f) => f.data?.table)).toEqual(['t2', 't3', 't4']);
  });

  it('says nothing about a text that is no report', () => {
    expect(checkDraft(`会议纪要\n\n${'今天讨论了三件事，大家发言踊跃。'.repeat(20)}\n`, [ID]).actual).toEqual([]);
  });
});

// The table fixes in a Markdown pipe table: rows they write are pipe rows with the table's own leading
// cells, the old row's whole line is replaced, and the result parses with nothing left to fix.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/service';
import { T3_LABELS } from '../../fixtures/labels';
import { applyFix, checkDraft } from '../../util/markers';

const GROUP_CELL: Record<string, string> = { r1: '三、本年度办理结果' };
const VALUES: Record<string, string> = {
  new: '3 | 0 | 0 | 0 | 0 | 0 | 3',
  r1: '2 | 0 | 0 | 0 | 0 | 0 | 2',
  r6: '1 | 0 | 0 | 0 | 0 | 0 | 1',
  r7: '3 | 0 | 0 | 0 | 0 | 0 | 3',
};
const ZERO = '0 | 0 | 0 | 0 | 0 | 0 | 0';

/**
 * A 2023 report whose table 三 is a pipe table with a group column; `rows` chooses which rows it has. It has
 * no section 二 or 四, so table/missing names tables 二 and 四: the tests below look at the other findings.
 */
function report(rows: Array<[string, string]>, values: Record<string, string> = VALUES, extra: Record<string, string> = {}): string {
  const lines = rows.map(([id, label]) => `${extra[id] ?? ''}| ${GROUP_CELL[id] ?? ''} | ${label} | ${values[id] ?? ZERO} |`);
  return [
    '# 松林县测试局2023年政府信息公开工作年度报告',
    '',
    '## 三、收到和处理政府信息公开申请情况',
    '',
    '| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
}

const ROWS_2021 = T3_LABELS.map(([id, label]) => [id, label] as [string, string]);
const OLD_ROWS: Array<[string, string]> = [
  ...ROWS_2021.filter(([id]) => !id.startsWith('r6.')).slice(0, -2),
  ['r6', '（六）其他处理'],
  ...ROWS_2021.slice(-2),
];

describe('table fixes in a Markdown pipe table', () => {
  it('table/old-format replaces the single （六） line with pipe rows', () => {
    const text = report(OLD_ROWS);
    const finding = analyze(text).findings.find((f) => f.id === 'table/old-format')!;
    const fixed = applyFix(text, finding);
    // The old value moves to 3.其他; the group label gets a line of its own in the group column.
    const expected = report(ROWS_2021, { ...VALUES, 'r6.3': VALUES.r6! }, { 'r6.1': '| （六）其他处理 |  |  |  |  |  |  |  |  |\n' });
    expect(fixed).toBe(expected);
    const after = analyze(fixed);
    expect(after.doc.tables.find((t) => t.kind === 't3')?.format).toBe('2021');
    expect(
      after.findings.filter((f) => (f.id.startsWith('table/') && f.id !== 'table/missing') || f.id.startsWith('sum/')).map((f) => f.id),
    ).toEqual([]);
  });

  it('table/row-missing inserts a pipe row with the table’s leading cell', () => {
    const rows = ROWS_2021.filter(([id]) => id !== 'r5.2');
    const values = { new: VALUES.r1!, r1: VALUES.r1!, r7: VALUES.r1! };
    const marked = report(rows, values, { 'r5.3': '⟦table/row-missing|⟧' });
    const result = checkDraft(marked, ['table/row-missing']);
    expect(result.actual).toEqual(result.expected);
    const fixed = applyFix(result.text, result.findings[0]!);
    expect(fixed).toBe(report(ROWS_2021, values));
    expect(
      analyze(fixed).findings.filter((f) => (f.id.startsWith('table/') && f.id !== 'table/missing') || f.id.startsWith('sum/')),
    ).toEqual([]);
  });
});

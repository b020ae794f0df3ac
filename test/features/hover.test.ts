// Hover texts on small invented drafts, compared in full: cells with their sums (✓, ✗, not assessable),
// table 三's balance, row labels, section headings, and findings with their documentation link.

import { describe, expect, it } from 'vitest';
import { createLanguageService, msg, type Finding, type ReportDocument } from '../../server/src/service';
import { SECTIONS } from '../../server/src/service/template/sections';
import { fieldAt, uniqueOffset, valueAfter } from '../util/positions';
import { offsetOf, report, T3_VALUES, t3Text } from './drafts';

const service = createLanguageService();
const parseReport = (text: string): ReportDocument => service.parse(text);

const TITLE3 = '**表三 收到和处理政府信息公开申请情况**';

/** Table 三's value columns in the order the form prints them: 自然人, five kinds of 法人或其他组织, 总计. */
const COLUMN = { np: 0, biz: 1, res: 2, ngo: 3, law: 4, oth: 5, tot: 6 } as const;
const NEW = '一、本年新收政府信息公开申请数量';
const CARRY = '二、上年结转政府信息公开申请数量';
const NEXT = '四、结转下年度继续办理';
const TOTAL = '（七）总计';
/** Where table 四's one row of values starts in the drafts (its numbers follow the three header lines). */
const t4Values = (text: string) => uniqueOffset(text, '\n1\t0\t0\t0\t1\t') + 1;

/** The hover at an offset the test found in its own draft. */
function hoverAt(text: string, at: number, findings: Finding[] = []) {
  return service.hover({ doc: parseReport(text), findings }, at);
}

describe('hover on table 三', () => {
  const text = report();

  it('writes out the row total first, then the cell and the balance, on 一’s total', () => {
    const h = hoverAt(text, valueAfter(text, NEW, COLUMN.tot))!;
    expect(h.markdown).toBe(
      [
        '行合计：总计 = 4 + 0 + 0 + 0 + 2 + 0 = 6 ✓',
        TITLE3,
        '行：一、本年新收政府信息公开申请数量；列：总计；值：6',
        '勾稽关系：一 + 二 = 6 + 0 = 6；（七）+ 四 = 6 + 0 = 6 ✓',
      ].join('\n\n'),
    );
    expect(text.slice(h.range.start, h.range.end)).toBe('6');
  });

  it('writes out the balance on the 二 and 四 cells, and names legal-person columns', () => {
    expect(hoverAt(text, valueAfter(text, NEXT, COLUMN.law))!.markdown).toBe(
      [
        TITLE3,
        '行：四、结转下年度继续办理；列：法人或其他组织 · 法律服务机构；值：0',
        '勾稽关系：一 + 二 = 2 + 0 = 2；（七）+ 四 = 2 + 0 = 2 ✓',
      ].join('\n\n'),
    );
    expect(hoverAt(text, valueAfter(text, CARRY, COLUMN.np))!.markdown).toBe(
      [TITLE3, '行：二、上年结转政府信息公开申请数量；列：自然人；值：0', '勾稽关系：一 + 二 = 4 + 0 = 4；（七）+ 四 = 4 + 0 = 4 ✓'].join(
        '\n\n',
      ),
    );
  });

  it('writes out the results total on （七）, leaving out the zero rows', () => {
    expect(hoverAt(text, valueAfter(text, TOTAL, COLUMN.np))!.markdown).toBe(
      [
        '办理结果合计：（七）总计 = 2 + 2 = 4 ✓（其余 19 项为 0）',
        TITLE3,
        '行：（七）总计；列：自然人；值：4',
        '勾稽关系：一 + 二 = 4 + 0 = 4；（七）+ 四 = 4 + 0 = 4 ✓',
      ].join('\n\n'),
    );
    expect(hoverAt(text, valueAfter(text, TOTAL, COLUMN.res))!.markdown).toContain('办理结果合计：（七）总计 = 0 ✓（21 项均为 0）');
  });

  it('says what a wrong total should be', () => {
    const wrong = report({ t3: t3Text('tabRows', { ...T3_VALUES, r7: ['4', '0', '0', '0', '2', '0', '7'] }) });
    expect(hoverAt(wrong, valueAfter(wrong, TOTAL, COLUMN.tot))!.markdown).toBe(
      [
        '办理结果合计：（七）总计 = 4 + 2 = 6 ✗ 应为 6（现为 7）（其余 19 项为 0）',
        '行合计：总计 = 4 + 0 + 0 + 0 + 2 + 0 = 6 ✗ 应为 6（现为 7）',
        TITLE3,
        '行：（七）总计；列：总计；值：7',
        '勾稽关系：一 + 二 = 6 + 0 = 6；（七）+ 四 = 7 + 0 = 7 ✗ 两边相差 1',
      ].join('\n\n'),
    );
  });

  it('does not add up blanks and dashes: the relation is not assessable', () => {
    const blanks = report({ t3: t3Text('tabRows', { ...T3_VALUES, new: ['4', '', '0', '—', '2', '0', '6'] }) });
    expect(hoverAt(blanks, valueAfter(blanks, NEW, COLUMN.tot))!.markdown).toBe(
      [
        '行合计：总计 = 4 + 空白 + 0 + “—” + 2 + 0 不可核对（有空白单元格）',
        TITLE3,
        '行：一、本年新收政府信息公开申请数量；列：总计；值：6',
        '勾稽关系：一 + 二 = 6 + 0 = 6；（七）+ 四 = 6 + 0 = 6 ✓',
      ].join('\n\n'),
    );
    expect(hoverAt(blanks, valueAfter(blanks, NEW, COLUMN.biz))!.markdown).toBe(
      [
        TITLE3,
        '行：一、本年新收政府信息公开申请数量；列：法人或其他组织 · 商业企业；值：空白（不计为 0，相关合计不可核对）',
        '勾稽关系：一 + 二 = 空白 + 0；（七）+ 四 = 0 + 0 = 0 不可核对（有空白单元格）',
      ].join('\n\n'),
    );
  });

  it('counts the blanks of a long sum together', () => {
    const blankRow = report({ t3: t3Text('tabRows', { ...T3_VALUES, r1: ['', '0', '0', '0', '2', '0', '4'] }) });
    expect(hoverAt(blankRow, valueAfter(blankRow, TOTAL, COLUMN.np))!.markdown).toContain(
      '办理结果合计：（七）总计 = 2 + 空白 不可核对（有空白单元格）（其余 19 项为 0）',
    );
    const blankGroup = report({
      t3: t3Text('tabRows', { ...T3_VALUES, 'r5.1': ['', '0', '0', '0', '0', '0', '0'], 'r5.2': ['', '0', '0', '0', '0', '0', '0'] }),
    });
    expect(hoverAt(blankGroup, valueAfter(blankGroup, TOTAL, COLUMN.np))!.markdown).toContain(
      '办理结果合计：（七）总计 = 2 + 2 + 空白 × 2 不可核对（有空白单元格）（其余 17 项为 0）',
    );
  });

  it('shows a blank total with the sum of its parts', () => {
    const blankTotal = report({ t3: t3Text('tabRows', { ...T3_VALUES, new: ['4', '0', '0', '0', '2', '0', ''] }) });
    expect(hoverAt(blankTotal, valueAfter(blankTotal, NEW, COLUMN.tot))!.markdown).toContain(
      '行合计：总计（空白） = 4 + 0 + 0 + 0 + 2 + 0 = 6 不可核对（有空白单元格）',
    );
  });

  it('gives a row label its row sum, with the group for the numbered rows', () => {
    const doc = parseReport(text);
    expect(service.hover({ doc, findings: [] }, offsetOf(text, '1.本机关不掌握') + 3)!.markdown).toBe(
      [TITLE3, '行：（四）无法提供 · 1.本机关不掌握相关政府信息', '行合计：总计 = 2 + 0 + 0 + 0 + 0 + 0 = 2 ✓'].join('\n\n'),
    );
    const h = service.hover({ doc, findings: [] }, offsetOf(text, '一、本年新收'))!;
    expect(h.markdown).toBe([TITLE3, '行：一、本年新收政府信息公开申请数量', '行合计：总计 = 4 + 0 + 0 + 0 + 2 + 0 = 6 ✓'].join('\n\n'));
    expect(text.slice(h.range.start, h.range.end)).toBe('一、本年新收政府信息公开申请数量');
  });

  it('names the standard label under a misspelt one', () => {
    const typo = report({ t3: t3Text('tabRows').replace('2.重复申请', '2.重复申清') });
    const doc = parseReport(typo);
    expect(service.hover({ doc, findings: [] }, offsetOf(typo, '2.重复申清'))!.markdown).toBe(
      [TITLE3, '行：（五）不予处理 · 2.重复申请', '标准写法：2.重复申请', '行合计：总计 = 0 + 0 + 0 + 0 + 0 + 0 = 0 ✓'].join('\n\n'),
    );
  });

  it('explains a value that cannot be placed in a column', () => {
    const extra = report({ t3: t3Text('tabRows', { ...T3_VALUES, next: ['0', '0', '0', '0', '0', '0', '0', '0'] }) });
    // The eighth value of a row of seven.
    expect(hoverAt(extra, valueAfter(extra, NEXT, 7))!.markdown).toBe(
      [TITLE3, '行：四、结转下年度继续办理；值：0', '本行有 8 个数值，格式要求 7 个，无法确定该数值所在的列'].join('\n\n'),
    );
  });
});

describe('hover on tables 二 and 四', () => {
  const text = report();
  it('gives table 二 cells their row and column, and the plausibility of 现行有效件数', () => {
    expect(hoverAt(text, valueAfter(text, '行政规范性文件', 2))!.markdown).toBe(
      [
        '**表二 主动公开政府信息情况**',
        '行：行政规范性文件；列：现行有效件数；值：5',
        '合理性：现行有效件数 + 本年废止件数 = 5 + 1 = 6 ≥ 本年制发件数 = 2 ✓',
      ].join('\n\n'),
    );
    expect(hoverAt(text, valueAfter(text, '行政事业性收费', 0))!.markdown).toBe(
      ['**表二 主动公开政府信息情况**', '行：行政事业性收费；列：本年收费金额（万元）；值：1.25'].join('\n\n'),
    );
  });

  it('lists a table 二 row’s values on its label', () => {
    const doc = parseReport(text);
    expect(service.hover({ doc, findings: [] }, offsetOf(text, '行政许可'))!.markdown).toBe(
      ['**表二 主动公开政府信息情况**', '行：行政许可', '本年处理决定数量 37'].join('\n\n'),
    );
  });

  it('writes out the group totals of table 四', () => {
    expect(hoverAt(text, fieldAt(text, t4Values(text), 4))!.markdown).toBe(
      ['合计：总计 = 1 + 0 + 0 + 0 = 1 ✓', '**表四 政府信息公开行政复议、行政诉讼情况**', '行：行政复议；列：总计；值：1'].join('\n\n'),
    );
    expect(hoverAt(text, fieldAt(text, t4Values(text), 5))!.markdown).toBe(
      ['**表四 政府信息公开行政复议、行政诉讼情况**', '行：行政诉讼 · 未经复议直接起诉；列：结果维持；值：0'].join('\n\n'),
    );
  });
});

describe('hover on headings and findings', () => {
  const text = report();
  const doc = parseReport(text);

  it('says what a section must contain', () => {
    const at = offsetOf(text, '六、其他需要报告的事项') + 2;
    const h = service.hover({ doc, findings: [] }, at)!;
    expect(h.markdown).toBe(`**六、其他需要报告的事项**\n\n${SECTIONS[5]!.requirement}`);
    expect(h.markdown).toContain('信息处理费');
    expect(text.slice(h.range.start, h.range.end)).toBe('六、其他需要报告的事项');
  });

  it('shows a finding with a link to its page, after the cell', () => {
    const cell = doc.tables.find((t) => t.kind === 't3')!.cells.get('t3.r7.tot')!;
    const finding: Finding = { id: 'sum/row-total', severity: 'error', message: msg('总计应为 6，实际为 7'), range: cell.range };
    // Right after the total's one digit, where the cursor stands after typing it.
    const h = service.hover({ doc, findings: [finding] }, valueAfter(text, TOTAL, COLUMN.tot) + 1, {
      docsBaseUrl: 'https://example.org/docs/checks/',
    })!;
    expect(h.markdown.split('\n\n---\n\n')[1]).toBe(
      '**错误** 总计应为 6，实际为 7（[sum/row-total](https://example.org/docs/checks/sum/row-total.md)）',
    );
    expect(h.range).toEqual(cell.range);
  });

  it('shows findings alone where there is nothing else, with a relative link by default', () => {
    const start = offsetOf(text, '2023年，');
    const finding: Finding = {
      id: 'report/year-mismatch',
      severity: 'information',
      message: msg('改进计划的年份'),
      range: { start, end: start + 5 },
    };
    expect(service.hover({ doc, findings: [finding] }, start + 2)).toEqual({
      markdown: '**提示** 改进计划的年份（[report/year-mismatch](docs/checks/report/year-mismatch.md)）',
      range: { start, end: start + 5 },
    });
  });

  it('returns null on plain prose', () => {
    expect(service.hover({ doc, findings: [] }, offsetOf(text, '完善公开目录'))).toBeNull();
    expect(service.hover({ doc, findings: [] }, -5)).toBeNull();
    expect(service.hover({ doc, findings: [] }, text.length + 10)).toBeNull();
  });
});

describe('hover on uncertain values', () => {
  it('says that a reconstructed value should be checked, and why a row could not be read', () => {
    const text = report();
    const doc = parseReport(text);
    const table = doc.tables.find((t) => t.kind === 't3')!;
    const cell = table.cells.get('t3.r1.np')!;
    cell.certainty = 'reconstructed';
    expect(service.hover({ doc, findings: [] }, valueAfter(text, '（一）予以公开', COLUMN.np))!.markdown.split('\n\n')).toContain(
      '这个值由连在一起的数字拆分、或由与标签分开的数值对应而来，请核对',
    );
    const row = table.rows.find((r) => r.id === 'r2')!;
    row.unreadable = msg('数字连在一起，拆分不唯一');
    row.cells = [];
    expect(service.hover({ doc, findings: [] }, uniqueOffset(text, '（二）部分公开'))!.markdown.split('\n\n')).toContain(
      '本行数值无法读取：数字连在一起，拆分不唯一',
    );
  });
});

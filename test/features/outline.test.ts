// The outline tree on small invented drafts: names, kinds, details and nesting, written out in full, and
// the range rules editors rely on (selection inside range, children inside their parent).

import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parse';
import { msg, type Finding, type Span } from '../../server/src/service';
import { outline, type SymbolNode } from '../../server/src/service/features/outline';
import { offsetOf, report, t3Text } from './drafts';
import { T3_LABELS } from '../fixtures/labels';

function show(nodes: SymbolNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.kind} ${n.name}${n.detail ? ` [${n.detail}]` : ''}`,
    ...show(n.children, depth + 1),
  ]);
}

function checkRanges(text: string, nodes: SymbolNode[], parent?: Span): void {
  for (const n of nodes) {
    expect(n.selectionRange.start, n.name).toBeGreaterThanOrEqual(n.range.start);
    expect(n.selectionRange.end, n.name).toBeLessThanOrEqual(n.range.end);
    if (parent) {
      expect(n.range.start, n.name).toBeGreaterThanOrEqual(parent.start);
      expect(n.range.end, n.name).toBeLessThanOrEqual(parent.end);
    }
    checkRanges(text, n.children, n.range);
  }
}

const T3_TREE_2021 = [
  '    row 一、本年新收政府信息公开申请数量 [总计 6]',
  '    row 二、上年结转政府信息公开申请数量 [总计 0]',
  '    rowGroup 三、本年度办理结果',
  '      row （一）予以公开 [总计 4]',
  '      row （二）部分公开 [总计 0]',
  '      rowGroup （三）不予公开',
  '        row 1.属于国家秘密 [总计 0]',
  '        row 2.其他法律行政法规禁止公开 [总计 0]',
  '        row 3.危及“三安全一稳定” [总计 0]',
  '        row 4.保护第三方合法权益 [总计 0]',
  '        row 5.属于三类内部事务信息 [总计 0]',
  '        row 6.属于四类过程性信息 [总计 0]',
  '        row 7.属于行政执法案卷 [总计 0]',
  '        row 8.属于行政查询事项 [总计 0]',
  '      rowGroup （四）无法提供',
  '        row 1.本机关不掌握相关政府信息 [总计 2]',
  '        row 2.没有现成信息需要另行制作 [总计 0]',
  '        row 3.补正后申请内容仍不明确 [总计 0]',
  '      rowGroup （五）不予处理',
  '        row 1.信访举报投诉类申请 [总计 0]',
  '        row 2.重复申请 [总计 0]',
  '        row 3.要求提供公开出版物 [总计 0]',
  '        row 4.无正当理由大量反复申请 [总计 0]',
  '        row 5.要求行政机关确认或重新出具已获取信息 [总计 0]',
  '      rowGroup （六）其他处理',
  '        row 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 [总计 0]',
  '        row 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 [总计 0]',
  '        row 3.其他 [总计 0]',
  '      row （七）总计 [总计 6]',
  '    row 四、结转下年度继续办理 [总计 0]',
];

describe('outline', () => {
  for (const layout of ['tabRows', 'cellPerLine', 'markdown'] as const) {
    it(`gives the title, sections, sub-headings, tables and table 三's row groups (${layout})`, () => {
      const text = report({ t3: t3Text(layout) });
      const tree = outline(parseReport(text));
      expect(show(tree)).toEqual([
        'title 青禾县农业农村局2022年政府信息公开工作年度报告',
        'section 一、总体情况',
        '  subheading （一）主动公开',
        '  subheading （二）依申请公开',
        'section 二、主动公开政府信息情况',
        '  table 表二 主动公开政府信息情况 [2021 年格式]',
        '    row 规章 [0 / 0 / 0]',
        '    row 行政规范性文件 [2 / 1 / 5]',
        '    row 行政许可 [37]',
        '    row 行政处罚 [12]',
        '    row 行政强制 [0]',
        '    row 行政事业性收费 [1.25]',
        'section 三、收到和处理政府信息公开申请情况',
        '  table 表三 收到和处理政府信息公开申请情况 [2021 年格式]',
        ...T3_TREE_2021,
        'section 四、政府信息公开行政复议、行政诉讼情况',
        '  table 表四 政府信息公开行政复议、行政诉讼情况 [2021 年格式]',
        'section 五、存在的主要问题及改进情况',
        'section 六、其他需要报告的事项',
      ]);
      checkRanges(text, tree);
    });
  }

  it('selects the heading and the labels, and spans a group from its label to its last row', () => {
    const text = report();
    const tree = outline(parseReport(text));
    const section3 = tree.find((n) => n.name.startsWith('三、'))!;
    expect(text.slice(section3.selectionRange.start, section3.selectionRange.end)).toBe('三、收到和处理政府信息公开申请情况');
    const t3 = section3.children[0];
    const results = t3!.children.find((n) => n.name === '三、本年度办理结果')!;
    expect(text.slice(results.selectionRange.start, results.selectionRange.end)).toBe('三、本年度办理结果');
    expect(results.range.start).toBe(offsetOf(text, '三、本年度办理结果'));
    const total = offsetOf(text, '（七）总计');
    expect(text.slice(results.range.start, results.range.end).endsWith('（七）总计\t4\t0\t0\t0\t2\t0\t6')).toBe(true);
    expect(results.range.end).toBeGreaterThan(total);
    const r4 = results.children.find((n) => n.name === '（四）无法提供')!;
    expect(text.slice(r4.selectionRange.start, r4.selectionRange.end)).toBe('（四）无法提供');
  });

  it('puts the single （六） row of a 2019 table under 三、本年度办理结果', () => {
    const t3 = t3Text('tabRows').replace(/（六）其他处理\t1\.申请人[^\n]*\n\t2\.[^\n]*\n\t3\.其他\t([^\n]*)/, '（六）其他处理\t$1');
    const text = report({ t3 }).replace(/2022/g, '2020').replace('2023年1月18日', '2021年1月18日');
    const tree = outline(parseReport(text));
    const lines = show(tree.find((n) => n.name.startsWith('三、'))!.children);
    expect(lines[0]).toBe('table 表三 收到和处理政府信息公开申请情况 [2019 年格式]');
    expect(lines.slice(-4)).toEqual([
      '      row 5.要求行政机关确认或重新出具已获取信息 [总计 0]',
      '    row （六）其他处理 [总计 0]',
      '    row （七）总计 [总计 6]',
      '  row 四、结转下年度继续办理 [总计 0]',
    ]);
  });

  it('counts the findings inside each section and table when they are given', () => {
    const text = report();
    const at = (needle: string): Span => {
      const start = offsetOf(text, needle);
      return { start, end: start + needle.length };
    };
    const findings: Finding[] = [
      { id: 'sum/row-total', severity: 'error', message: msg('总计不符'), range: at('（七）总计') },
      { id: 'table/cell-blank', severity: 'warning', message: msg('空白'), range: at('1.属于国家秘密') },
      { id: 'report/year-mismatch', severity: 'information', message: msg('年份'), range: at('2023年，') },
    ];
    const lines = show(outline(parseReport(text), findings));
    expect(lines.filter((l) => l.includes('问题'))).toEqual([
      'section 三、收到和处理政府信息公开申请情况 [2 个问题]',
      '  table 表三 收到和处理政府信息公开申请情况 [2021 年格式 · 2 个问题]',
      'section 五、存在的主要问题及改进情况 [1 个问题]',
    ]);
  });

  it('shows a blank total as 空白', () => {
    const values = { new: ['4', '0', '0', '0', '2', '0', ''] };
    const text = report({ t3: t3Text('tabRows', values) });
    expect(show(outline(parseReport(text)))).toContain('    row 一、本年新收政府信息公开申请数量 [总计 空白]');
  });

  it('marks a table that cannot be read', () => {
    // Every row's digits glued together so that no split fits its total: no value can be placed.
    const glued = Object.fromEntries(T3_LABELS.map(([id]) => [id, ['12345678']]));
    const lines = show(outline(parseReport(report({ t3: t3Text('spaces', glued) }))));
    expect(lines).toContain('  table 表三 收到和处理政府信息公开申请情况 [2021 年格式 · 无法读取]');
  });

  it('lists a table outside any section at the top level', () => {
    const text = `锦屏街道办事处2022年政府信息公开工作年度报告\n\n${t3Text('tabRows')}\n`;
    const tree = outline(parseReport(text));
    expect(show(tree).slice(0, 3)).toEqual([
      'title 锦屏街道办事处2022年政府信息公开工作年度报告',
      'table 表三 收到和处理政府信息公开申请情况 [2021 年格式]',
      '  row 一、本年新收政府信息公开申请数量 [总计 6]',
    ]);
    checkRanges(text, tree);
  });

  it('names a sub-heading that runs on into its paragraph by its first phrase', () => {
    const text = report().replace('（二）依申请公开\n', '（二）依申请公开。本局严格按照法定时限答复，全年无超期答复。\n');
    const section1 = outline(parseReport(text)).find((n) => n.name === '一、总体情况')!;
    expect(section1.children.map((c) => c.name)).toEqual(['（一）主动公开', '（二）依申请公开']);
    expect(text.slice(section1.children[1]!.selectionRange.start, section1.children[1]!.selectionRange.end)).toBe(
      '（二）依申请公开。本局严格按照法定时限答复，全年无超期答复。',
    );
  });

  it('gives an empty outline for empty text', () => {
    expect(outline(parseReport(''))).toEqual([]);
  });
});

// Invented drafts shared by the language-server and preview tests: a complete 2021-format report whose
// tables are built from the template's labels, with chosen values, so each test states only what differs.

import { TABLES } from '../server/src/service';

const T3 = TABLES['2021'].t3;

/** Table 三 in the tab layout (one row per line), every value 0 except the rows given (7 values each). */
export function table3(values: Record<string, number[]> = {}): string {
  const lines = ['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'];
  const groupsWritten = new Set<string>();
  for (const row of T3.rows) {
    const sub = /^r(\d)\.\d+$/.exec(row.key);
    if (/^r\d/.test(row.key) && !groupsWritten.has('results')) {
      groupsWritten.add('results');
      lines.push('三、本年度办理结果');
    }
    if (sub && !groupsWritten.has(sub[1]!)) {
      groupsWritten.add(sub[1]!);
      lines.push(T3.groups.find((g) => g.key === `g.r${sub[1]}`)!.standard);
    }
    lines.push([row.standard, ...(values[row.key] ?? [0, 0, 0, 0, 0, 0, 0])].join('\t'));
  }
  return lines.join('\n');
}

/** Table 二 in the tab layout, or space-aligned as copied out of a PDF (which formatting tidies up). */
export function table2(layout: 'tabs' | 'spaces' = 'tabs'): string {
  const rows = [
    ['第二十条第（一）项'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '0', '0', '0'],
    ['行政规范性文件', '2', '1', '9'],
    ['第二十条第（五）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政许可', '31'],
    ['第二十条第（六）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政处罚', '4'],
    ['行政强制', '0'],
    ['第二十条第（八）项'],
    ['信息内容', '本年收费金额（单位：万元）'],
    ['行政事业性收费', '0'],
  ];
  return rows.map((cells) => cells.join(layout === 'tabs' ? '\t' : '    ')).join('\n');
}

export const TABLE4 = [
  '行政复议\t\t\t\t\t行政诉讼',
  '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
].join('\n');

/** A whole report of an invented agency for 2022 around the given tables. */
export function report(parts: { t2?: string; t3?: string; t4?: string } = {}): string {
  return [
    '示例县林业局2022年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '本年度，示例县林业局持续推进政务公开。',
    '（一）主动公开。本年主动公开信息40条。',
    '（二）依申请公开。本年新收申请3件。',
    '二、主动公开政府信息情况',
    parts.t2 ?? table2(),
    '三、收到和处理政府信息公开申请情况',
    parts.t3 ?? table3(),
    '四、政府信息公开行政复议、行政诉讼情况',
    parts.t4 ?? TABLE4,
    '五、存在的主要问题及改进情况',
    '（一）存在问题。公开内容不够丰富。',
    '（二）改进措施。丰富公开内容。',
    '六、其他需要报告的事项',
    '本机关2022年度未收取信息处理费。',
    '',
    '示例县林业局',
    '2023年1月20日',
    '',
  ].join('\n');
}

/** Three new applications from natural persons, all granted — and a （七）总计 that says 4. */
export const WRONG_TOTAL = { new: [3, 0, 0, 0, 0, 0, 3], r1: [3, 0, 0, 0, 0, 0, 3], r7: [4, 0, 0, 0, 0, 0, 4] };

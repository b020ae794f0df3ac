// Small invented drafts for the feature tests: a complete report of an invented agency whose tables can be
// written in any of the layouts drafters paste, with the values given per row. Labels are spelled out here
// rather than taken from the template (table 三's in test/fixtures/labels.ts), so a template change that
// alters them makes a test fail.

import { GROUP_BEFORE, T3_LABELS } from '../fixtures/labels';

/** Table 三 of 青禾县农业农村局: 4 natural persons and 2 law firms; 4 disclosed, 2 not held. */
export const T3_VALUES: Record<string, string[]> = {
  new: ['4', '0', '0', '0', '2', '0', '6'],
  r1: ['2', '0', '0', '0', '2', '0', '4'],
  'r4.1': ['2', '0', '0', '0', '0', '0', '2'],
  r7: ['4', '0', '0', '0', '2', '0', '6'],
};

export type Layout = 'tabRows' | 'cellPerLine' | 'markdown' | 'spaces';

export function t3Text(layout: Layout, values: Record<string, string[]> = T3_VALUES): string {
  const row = (id: string) => values[id] ?? ['0', '0', '0', '0', '0', '0', '0'];
  switch (layout) {
    case 'tabRows': {
      // The official layout pasted from Word: merged cells become leading empty cells.
      const header =
        '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t\n' +
        '\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n' +
        '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n';
      return (
        header +
        T3_LABELS.map(([id, label]) => {
          const group = GROUP_BEFORE[id];
          const lead = group ? `${group}\t` : id.startsWith('r') && id !== 'r7' ? '\t' : '';
          return `${lead}${label}\t${row(id).join('\t')}\t`;
        }).join('\n')
      );
    }
    case 'cellPerLine': {
      const header =
        '\t申请人情况\n\n\t自然人\n\t法人或其他组织\n\t总计\n\n\t商业企业\n\t科研机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\n';
      return (
        header +
        T3_LABELS.map(([id, label]) => {
          const group = GROUP_BEFORE[id];
          return [group ? `\t${group}` : '\t', `\t${label}`, ...row(id).map((v) => `\t${v}`)].join('\n');
        }).join('\n\n')
      );
    }
    case 'markdown': {
      const header =
        '| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
      return header + T3_LABELS.map(([id, label]) => `| ${GROUP_BEFORE[id] ?? ''} | ${label} | ${row(id).join(' | ')} |`).join('\n');
    }
    case 'spaces': {
      const header = '申请人情况\n自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计\n';
      return (
        header +
        T3_LABELS.map(([id, label]) => `${GROUP_BEFORE[id] ? `${GROUP_BEFORE[id]}  ` : ''}${label}  ${row(id).join('  ')}`).join('\n')
      );
    }
  }
}

export const T2_TABROWS = [
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
  '行政规范性文件\t2\t1\t5',
  '第二十条第（五）项\t\t\t',
  '信息内容\t本年处理决定数量\t\t',
  '行政许可\t37\t\t',
  '第二十条第（六）项\t\t\t',
  '信息内容\t本年处理决定数量\t\t',
  '行政处罚\t12\t\t',
  '行政强制\t0\t\t',
  '第二十条第（八）项\t\t\t',
  '信息内容\t本年收费金额（单位：万元）\t\t',
  '行政事业性收费\t1.25\t\t',
].join('\n');

export const T4_TABROWS = [
  '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
  '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
].join('\n');

export interface DraftParts {
  t2?: string;
  t3?: string;
  t4?: string;
}

/** A whole report of 青禾县农业农村局 for 2022 around the given tables. */
export function report(parts: DraftParts = {}): string {
  return [
    '青禾县农业农村局2022年政府信息公开工作年度报告',
    '',
    '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
    '',
    '一、总体情况',
    '',
    '（一）主动公开',
    '本局全年主动公开政府信息86条。',
    '（二）依申请公开',
    '本局全年新收政府信息公开申请6件。',
    '',
    '二、主动公开政府信息情况',
    '',
    parts.t2 ?? T2_TABROWS,
    '',
    '三、收到和处理政府信息公开申请情况',
    '',
    parts.t3 ?? t3Text('tabRows'),
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    parts.t4 ?? T4_TABROWS,
    '',
    '五、存在的主要问题及改进情况',
    '',
    '公开内容还不够全面。2023年，本局将进一步完善公开目录。',
    '',
    '六、其他需要报告的事项',
    '',
    '本局2022年度未收取信息处理费。',
    '',
    '青禾县农业农村局',
    '2023年1月18日',
    '',
  ].join('\n');
}

/** The offset of the n-th (0-based) occurrence of `needle` after `from`, or a thrown error. */
export function offsetOf(text: string, needle: string, from = 0, nth = 0): number {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return at;
}

// Layouts a reviewer meets in published reports that the other parser tests do not write out: Word
// exports of merged cells, OCR letters among digits, and tables whose columns were collapsed. Each draft
// is invented; the numbers read are compared cell by cell.

import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parse';
import type { Table } from '../../server/src/service/model/types';
import { GROUP_BEFORE, T3_LABELS } from '../fixtures/labels';

/** A consistent table 三: 9 natural persons and 3 companies, one application carried over. */
const VALUES: Record<string, number[]> = {
  new: [9, 3, 0, 0, 0, 0, 12],
  carry: [1, 0, 0, 0, 0, 0, 1],
  r1: [6, 2, 0, 0, 0, 0, 8],
  'r4.1': [3, 1, 0, 0, 0, 0, 4],
  r7: [9, 3, 0, 0, 0, 0, 12],
  next: [1, 0, 0, 0, 0, 0, 1],
};
const valuesOf = (row: string) => VALUES[row] ?? [0, 0, 0, 0, 0, 0, 0];

const HEAD = '松岗镇人民政府2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n';
const TAIL = '\n\n四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n';

function t3(text: string): Table {
  const table = parseReport(text).tables.find((t) => t.kind === 't3');
  if (!table) throw new Error('no table 三');
  return table;
}

function valuesRead(table: Table, row: string): Array<number | null> | undefined {
  return table.rows.find((r) => r.id === row)?.cells.map((c) => c.value);
}

describe('a Word table whose merged label cells are exported once per column', () => {
  // 一、 二、 四、 and （七）总计 span the three label columns, so each appears three (or two) times.
  const body = T3_LABELS.map(([id, label]) => {
    const numbers = valuesOf(id).join('\t');
    if (!id.startsWith('r')) return `${label}\t${label}\t${label}\t${numbers}`;
    if (id === 'r1' || id === 'r2' || id === 'r7') return `三、本年度办理结果\t${label}\t${label}\t${numbers}`;
    const group = Object.entries(GROUP_BEFORE).find(([first]) => first.slice(0, 3) === id.slice(0, 3))?.[1] ?? '';
    return `三、本年度办理结果\t${group}\t${label}\t${numbers}`;
  }).join('\n');
  const header = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n';
  const text = HEAD + header + body + TAIL;

  it('reads every row with its values, the label kept at its last copy', () => {
    const table = t3(text);
    expect(table.status).toBe('ok');
    for (const [id] of T3_LABELS) expect(valuesRead(table, id), id).toEqual(valuesOf(id));
    const first = table.rows.find((r) => r.id === 'new')!;
    // The kept label is the copy next to the values: its range holds the label exactly.
    expect(text.slice(first.label!.range.start, first.label!.range.end)).toBe(T3_LABELS[0][1]);
    expect(text.slice(first.label!.range.end, first.label!.range.end + 3)).toBe('\t9\t');
  });
});

// Layouts a reviewer meets in published reports that the other parser tests do not write out: Word
// exports of merged cells, OCR letters among digits, and tables whose columns were collapsed. Each draft
// is invented; the numbers read are compared cell by cell.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
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
  const header =
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n';
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

describe('numbers written with a space as the thousands separator (PDF and OCR copies)', () => {
  const t2 = (text: string) => parseReport(text).tables.find((t) => t.kind === 't2');
  const draft = (licence: string, penalty: string) =>
    '松岗镇人民政府2023年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 4 1 26\n第二十条第（五）项\n信息内容 本年处理决定数量\n' +
    `行政许可 ${licence}\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 ${penalty}\n行政强制 17\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n\n三、收到和处理政府信息公开申请情况\n`;

  it('joins the one pair that makes the row complete, as a reconstructed cell over both groups', () => {
    const text = draft('2 406', '13 590');
    const table = t2(text)!;
    expect(table.status).toBe('ok');
    const lic = table.cells.get('t2.lic')!;
    expect([lic.value, lic.certainty, text.slice(lic.range.start, lic.range.end)]).toEqual([2406, 'reconstructed', '2 406']);
    expect(table.cells.get('t2.pen')!.value).toBe(13590);
  });

  it('joins nothing that is not a thousands group (`1 2`, `0 406`), nor a row already complete', () => {
    for (const odd of ['1 2', '0 406', '12 45']) {
      const row = t2(draft(odd, '35'))!.rows.find((r) => r.id === 'lic')!;
      expect(row.cells, odd).toEqual([]);
    }
    expect(t2(draft('406', '35'))!.cells.get('t2.lic')!.certainty).toBeUndefined();
  });

  it('in table 三 joins only where the row total then holds', () => {
    const rows = T3_LABELS.map(([id, label]) => {
      const numbers = id === 'new' || id === 'r7' ? '1 204 36 0 0 2 0 1 242' : id === 'r1' ? '1 204 36 0 0 2 0 1 242' : '0 0 0 0 0 0 0';
      return `${label} ${numbers}`;
    }).join('\n');
    const table = t3(`${HEAD}申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n${rows}${TAIL}`);
    expect(valuesRead(table, 'new')).toEqual([1204, 36, 0, 0, 2, 0, 1242]);
    expect(table.cells.get('t3.new.np')!.certainty).toBe('reconstructed');
    expect(table.cells.get('t3.new.biz')!.certainty).toBeUndefined();
  });
});

describe('a number split by a stray space (OCR), in a row whose sums can tell', () => {
  const draft = (newRow: string) =>
    `${HEAD}申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n` +
    T3_LABELS.map(([id, label]) => `${label} ${id === 'new' ? newRow : valuesOf(id).join(' ')}`).join('\n') +
    TAIL;

  it('joins the one pair that makes the row total hold', () => {
    const table = t3(draft('9 3 0 0 0 0 1 2'));
    expect(valuesRead(table, 'new')).toEqual([9, 3, 0, 0, 0, 0, 12]);
    expect(table.cells.get('t3.new.tot')!.certainty).toBe('reconstructed');
  });

  it('joins nothing when two joins fit', () => {
    // 11 + 1 and 1 + 11 both make 12.
    const row = t3(draft('1 1 1 0 0 0 0 12')).rows.find((r) => r.id === 'new')!;
    expect(row.cells).toEqual([]);
    expect(row.values).toHaveLength(8);
  });
});

describe('running headers a PDF repeats at the top of each page, in the middle of a table', () => {
  const agency = '松岗镇人民政府';
  const title = `${agency}2023年政府信息公开工作年度报告`;

  function oneCellPerLine(furniture: string): string {
    const body = T3_LABELS.map(([id, label]) => {
      const cells = [GROUP_BEFORE[id], label, ...valuesOf(id).map(String)].filter((c): c is string => c !== undefined);
      return cells.join('\n') + (id === 'r4.1' ? `\n\n${furniture}` : '');
    }).join('\n\n');
    return `${title}\n\n三、收到和处理政府信息公开申请情况\n\n申请人情况\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n\n${body}${TAIL}\n${agency}\n2024年1月18日\n`;
  }

  for (const furniture of [`第 3 页 共 8 页\n${agency}`, title, `- 5 -\n${title}`]) {
    it(`reads every row past "${furniture.replace(/\n/g, ' / ')}"`, () => {
      const text = oneCellPerLine(furniture);
      const table = t3(text);
      expect(table.status).toBe('ok');
      for (const [id] of T3_LABELS) expect(valuesRead(table, id), id).toEqual(valuesOf(id));
      // The 落款 still names the agency.
      expect(parseReport(text).signature?.range).toBeDefined();
    });
  }

  it('keeps a cell that merely contains the agency name as the row value it is', () => {
    const text = oneCellPerLine('').replace('（七）总计\n9\n', `（七）总计\n${agency}办\n`);
    const row = t3(text).rows.find((r) => r.id === 'r7')!;
    expect(row.cells.map((c) => c.raw)[0]).toBe(`${agency}办`);
  });
});

describe('a web copy that glued each row label to its first number, and group labels to the row label', () => {
  const rows = T3_LABELS.map(([id, label]) => `${GROUP_BEFORE[id] ?? ''}${label}${valuesOf(id).join(' ')}`).join('\n');
  const text = `${HEAD}申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n${rows}${TAIL}`;

  it('reads every row, the first of each group too', () => {
    const table = t3(text);
    expect(table.status).toBe('ok');
    for (const [id] of T3_LABELS) expect(valuesRead(table, id), id).toEqual(valuesOf(id));
    const r61 = table.rows.find((r) => r.id === 'r6.1')!;
    expect(text.slice(r61.label!.range.start, r61.label!.range.end)).toBe(T3_LABELS.find(([id]) => id === 'r6.1')![1]);
  });

  it('reads the 2019 single row （六）其他处理 glued to its values as that row', () => {
    const labels: Array<[string, string]> = [];
    for (const [id, label] of T3_LABELS) {
      if (id.startsWith('r6.')) continue;
      if (id === 'r7') labels.push(['r6', '（六）其他处理']);
      labels.push([id, label]);
    }
    const old = labels.map(([id, label]) => `${id === 'r6' ? '' : (GROUP_BEFORE[id] ?? '')}${label}${valuesOf(id).join(' ')}`).join('\n');
    const table = t3(
      `${HEAD.replace('2023', '2020')}申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n${old}${TAIL}`,
    );
    expect(table.format).toBe('2019');
    expect(valuesRead(table, 'r6')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(valuesRead(table, 'r1')).toEqual(valuesOf('r1'));
  });
});

describe('a table 三 continued on the next page', () => {
  const header =
    '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n';
  const draft = (breakAt: string, furniture: string) =>
    HEAD +
    header +
    T3_LABELS.map(
      ([id, label]) => `${GROUP_BEFORE[id] ?? ''}\t${label}\t${valuesOf(id).join('\t')}` + (id === breakAt ? `\n\n${furniture}` : ''),
    ).join('\n') +
    TAIL;

  for (const furniture of [`续表\n${header}（三）不予公开（续）\t\t\t\t\t\t\t\t`, `（续表）\n${header}`, `续上表\n（四）无法提供（续）`]) {
    it(`reads every row past "${furniture.split('\n')[0]}…", with no label reported`, () => {
      const text = draft(furniture.includes('（四）') ? 'r4.1' : 'r3.4', furniture);
      const table = t3(text);
      expect(table.status).toBe('ok');
      for (const [id] of T3_LABELS) expect(valuesRead(table, id), id).toEqual(valuesOf(id));
      expect(
        analyze(text)
          .findings.filter((f) => f.id.startsWith('table/') && f.id !== 'table/missing')
          .map((f) => f.message),
      ).toEqual([]);
    });
  }
});

describe('a Markdown table 三 whose label cell holds the group and the row label broken by <br>', () => {
  const rows = T3_LABELS.map(
    ([id, label]) => `| ${GROUP_BEFORE[id] ? `${GROUP_BEFORE[id]}<br>` : ''}${label} | ${valuesOf(id).join(' | ')} |`,
  ).join('\n');
  const text = `${HEAD}| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n${rows}${TAIL}`;

  it('reads the first row of each group, its label range holding the row label alone', () => {
    const table = t3(text);
    expect(table.status).toBe('ok');
    for (const [id] of T3_LABELS) expect(valuesRead(table, id), id).toEqual(valuesOf(id));
    const r1 = table.rows.find((r) => r.id === 'r1')!;
    expect(text.slice(r1.label!.range.start, r1.label!.range.end)).toBe('（一）予以公开');
  });
});

// The new-report template and the standard tables: the report parses into the six standard sections and
// three complete, consistent 2021 tables, and the checks find nothing in it.

import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../server/src/service/l10n';
import { analyze } from '../../server/src/service';
import { parseReport } from '../../server/src/service/parse';
import { TABLES } from '../../server/src/service';
import { newReportText, standardTableText } from '../../server/src/service/features/template';
import { evaluate, relationsOf } from '../../server/src/service/template/evaluate';
import { formatTables } from '../../server/src/service/features/format';

describe('newReportText', () => {
  const text = newReportText({ agency: '白鹭湾镇人民政府', year: 2024 });
  const { doc, findings } = analyze(text);

  it('has no table, sum or structural findings', () => {
    const ids = findings.map((f) => `${f.id}: ${renderMessage(f.message, 'zh-cn')}`);
    expect(ids.filter((id) => /^(sum|table|section|section6|report|plausibility)\//.test(id))).toEqual([]);
  });

  it('has the title, the period, the six standard sections and the 落款', () => {
    expect(text.startsWith('白鹭湾镇人民政府2024年政府信息公开工作年度报告\n\n')).toBe(true);
    expect(doc.title?.agency).toBe('白鹭湾镇人民政府');
    expect(doc.year).toBe(2024);
    expect(text).toContain('统计期限自2024年1月1日起至2024年12月31日止');
    expect(doc.sections.map((s) => `${s.heading.number?.text}${s.heading.title.text}|${s.heading.standardTitle}`)).toEqual([
      '一、总体情况|true',
      '二、主动公开政府信息情况|true',
      '三、收到和处理政府信息公开申请情况|true',
      '四、政府信息公开行政复议、行政诉讼情况|true',
      '五、存在的主要问题及改进情况|true',
      '六、其他需要报告的事项|true',
    ]);
    expect(doc.sections[0]!.subheadings.map((s) => s.range).map((r) => text.slice(r.start, r.end))).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(doc.signature?.agency).toBe('白鹭湾镇人民政府');
    expect(doc.signature?.date).toMatchObject({ year: 2025, month: 1, day: 20 });
    expect(text).toContain('本机关2024年度未收取信息处理费。');
    expect(text.match(/【请填写/g)?.length).toBe(8);
  });

  it('has the three tables complete, every cell 0, every relation holding', () => {
    expect(doc.tables.map((t) => `${t.kind} ${t.format} ${t.status} §${t.section}`)).toEqual([
      't2 2021 ok §2',
      't3 2021 ok §3',
      't4 2021 ok §4',
    ]);
    for (const table of doc.tables) {
      const expected = TABLES['2021'][table.kind].rows.flatMap((r) => r.cellIds);
      expect([...table.cells.keys()].sort()).toEqual([...expected].sort());
      for (const cell of table.cells.values()) expect([cell.kind, cell.value]).toEqual(['number', 0]);
      for (const relation of relationsOf(table, doc.templates)) expect(evaluate(table, relation).holds, relation.anchor).toBe(true);
    }
  });

  it('is already formatted', () => {
    expect(formatTables(doc)).toEqual([]);
  });

  it('uses the placeholder for a missing agency and CRLF when asked', () => {
    const crlf = newReportText({ agency: '  ', year: 2022 }, '\r\n');
    expect(crlf.startsWith('【请填写机关名称】2022年政府信息公开工作年度报告\r\n')).toBe(true);
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('standardTableText', () => {
  it('writes table 四 with its header lines and 15 zeros', () => {
    expect(standardTableText('t4')).toBe(
      [
        '行政复议\t\t\t\t\t行政诉讼',
        '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
        '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
        '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      ].join('\n'),
    );
  });

  it('writes table 二 block by block as the official layout', () => {
    expect(standardTableText('t2', '2021').split('\n').slice(0, 7)).toEqual([
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t0\t0\t0',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t0',
    ]);
  });

  for (const format of ['2021', '2019'] as const) {
    for (const kind of ['t2', 't3', 't4'] as const) {
      it(`reads back as a complete ${format} table ${kind} inside its section`, () => {
        const section = {
          t2: '二、主动公开政府信息情况',
          t3: '三、收到和处理政府信息公开申请情况',
          t4: '四、政府信息公开行政复议、行政诉讼情况',
        }[kind];
        const doc = parseReport(`${section}\n\n${standardTableText(kind, format)}\n`, { reportYear: format === '2021' ? 2022 : 2020 });
        const table = doc.tables.find((t) => t.kind === kind)!;
        expect(`${table.format} ${table.status}`).toBe(`${format} ok`);
        expect(table.cells.size).toBe(TABLES[format][kind].rows.flatMap((r) => r.cellIds).length);
      });
    }
  }

  it('writes the 2019 table 三 with the single （六） row', () => {
    const lines = standardTableText('t3', '2019').split('\n');
    expect(lines).toContain('（六）其他处理\t0\t0\t0\t0\t0\t0\t0');
    expect(lines.some((l) => l.startsWith('1.申请人无正当理由'))).toBe(false);
    expect(lines).toHaveLength(1 + 23 + 4);
  });
});

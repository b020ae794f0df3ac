// Tests for workspace/carryover on invented pairs of reports: this year's 上年结转 against last year's
// 结转下年度继续办理 per column, table 二's 现行有效件数 continuity, which reports count as the same
// agency (the 办公室 / 人民政府 rule), consecutive years only, and cells read without certainty left out.

import { describe, expect, it } from 'vitest';
import {
  analyze,
  carryoverAcross,
  carryoverFindings,
  normalizeAgency,
  agencyNames,
  reportFacts,
  type ReportFacts,
} from '../../server/src/service';
import { buildReport, cloneValues, defaultValues, t3Values, type ReportValues } from '../fixtures/drafts';

const ID = 'workspace/carryover';

/** A report of `agency` for `year` that carries `next` applications (自然人) forward and took `carry` over. */
function values(agency: string, year: number, carry: number, next: number): ReportValues {
  const v = cloneValues(defaultValues());
  v.agency = agency;
  v.year = year;
  // 新收 np 5 + carry; results np (3 + 1 + 1) = 5, so next = carry + (5 - 5) + extra new ones.
  v.t3 = t3Values({
    new: { np: 5 + next, biz: 2, law: 1 },
    carry: { np: carry },
    r1: { np: 3 + carry, biz: 1 },
    r2: { np: 1 },
    'r3.4': { biz: 1 },
    'r4.1': { np: 1, law: 1 },
  });
  return v;
}

function facts(text: string, name: string): ReportFacts {
  return reportFacts(analyze(text).doc, { uri: `file:///reports/${name}`, name });
}

function report(agency: string, year: number, carry: number, next: number, signature?: string): string {
  const text = buildReport(values(agency, year, carry, next));
  if (signature === undefined) return text;
  // The 落款 is the last occurrence of the agency, just before the date.
  const at = text.lastIndexOf(`${agency}\n${year + 1}年1月20日`);
  return text.slice(0, at) + signature + text.slice(at + agency.length);
}

describe('agency names', () => {
  it('cleans page furniture off the name', () => {
    expect(normalizeAgency('名称\t沭阳县发展和改革局')).toBe('沭阳县发展和改革局');
    expect(normalizeAgency('# 明川市人民政府办公室')).toBe('明川市人民政府办公室');
    expect(normalizeAgency('**青禾县 农业农村局**')).toBe('青禾县农业农村局');
    expect(normalizeAgency('发布机构：云溪镇人民政府（盖章）')).toBe('云溪镇人民政府');
    expect(normalizeAgency('石门县市场监督管理局2022年度')).toBe('石门县市场监督管理局');
    expect(normalizeAgency('柳塘县')).toBe('柳塘县人民政府');
    expect(normalizeAgency('东岚街道')).toBe('东岚街道办事处');
    expect(normalizeAgency('白石乡人民政府关于')).toBe('白石乡人民政府');
    expect(normalizeAgency('  ')).toBeNull();
    // Names that do not say whose they are match nobody.
    for (const generic of ['办公室', '党政办', '党政办公室', '县人民政府办公室', '本局', '政务公开办'])
      expect(normalizeAgency(generic)).toBeNull();
    expect(normalizeAgency(null)).toBeNull();
  });

  it('takes the title and the 落款 as the report’s names', () => {
    const doc = analyze(report('明川县人民政府', 2023, 0, 0, '明川县人民政府办公室')).doc;
    expect(agencyNames(doc)).toEqual(['明川县人民政府', '明川县人民政府办公室']);
  });
});

describe(ID, () => {
  it('finds nothing when this year’s 上年结转 is last year’s 结转下年度继续办理', () => {
    const last = facts(report('青禾县农业农村局', 2022, 0, 2), '2022.txt');
    const now = facts(report('青禾县农业农村局', 2023, 2, 0), '2023.txt');
    expect(last.cells['t3.next.np']?.value).toBe(2);
    expect(now.cells['t3.carry.np']?.value).toBe(2);
    expect(carryoverFindings(now, [last])).toEqual([]);
  });

  it('warns on each column of this year’s 上年结转 that differs, linking last year’s cell', () => {
    const lastText = report('青禾县农业农村局', 2022, 0, 3);
    const nowText = report('青禾县农业农村局', 2023, 1, 0);
    const last = facts(lastText, '青禾2022.txt');
    const now = facts(nowText, '青禾2023.txt');
    const findings = carryoverFindings(now, [last]);
    expect(findings.map((f) => f.data?.cell)).toEqual(['t3.carry.np', 't3.carry.tot']);
    const [np] = findings;
    expect(np!.id).toBe(ID);
    expect(np!.severity).toBe('warning');
    expect(np!.message).toBe(
      '上年结转（自然人）为 1，而 2022 年报告（青禾2022.txt）的“四、结转下年度继续办理”（自然人）为 3，两者应相等，请核对',
    );
    // The finding sits on this year's cell …
    const nowDoc = analyze(nowText).doc;
    expect(np!.range).toEqual(nowDoc.tables.find((t) => t.kind === 't3')!.cells.get('t3.carry.np')!.range);
    expect(nowText.slice(np!.range.start, np!.range.end)).toBe('1');
    // … and points at last year's, in the other report.
    const related = np!.related![0];
    expect(related!.message).toBe('2022 年报告的“四、结转下年度继续办理”（自然人）：3');
    expect(related!.document?.uri).toBe('file:///reports/青禾2022.txt');
    expect(lastText.slice(related!.range.start, related!.range.end)).toBe('3');
    const lines = lastText.split('\n');
    expect(lines[related!.document!.start.line]!.slice(related!.document!.start.character, related!.document!.end.character)).toBe('3');
    expect(lines[related!.document!.start.line]!.startsWith('四、结转下年度继续办理')).toBe(true);
    expect(np!.data?.other).toMatchObject({ year: 2022, cell: 't3.next.np', value: 3 });
  });

  it('speaks English when asked', () => {
    const last = facts(report('青禾县农业农村局', 2022, 0, 3), 'a.txt');
    const now = facts(report('青禾县农业农村局', 2023, 1, 0), 'b.txt');
    const [np] = carryoverFindings(now, [last], { language: 'en' });
    expect(np!.message).toBe(
      'Carried over from last year (“自然人”) is 1, but the 2022 report (“a.txt”) carries 3 forward under “四、结转下年度继续办理” (“自然人”); the two should be equal. Please check',
    );
    carryoverFindings(now, [last], { language: 'zh-cn' });
  });

  it('follows the severity setting, and stays silent when turned off', () => {
    const last = facts(report('青禾县农业农村局', 2022, 0, 3), 'a.txt');
    const now = facts(report('青禾县农业农村局', 2023, 1, 0), 'b.txt');
    expect(carryoverFindings(now, [last], { severities: { [ID]: 'error' } })[0]!.severity).toBe('error');
    expect(carryoverFindings(now, [last], { severities: { [ID]: 'off' } })).toEqual([]);
  });

  it('compares only reports of the same agency', () => {
    const last = facts(report('青禾县农业农村局', 2022, 0, 3), 'a.txt');
    const now = facts(report('青禾县水利局', 2023, 1, 0), 'b.txt');
    expect(carryoverFindings(now, [last])).toEqual([]);
  });

  it('takes 人民政府 and its 办公室 for one agency only where a report names both', () => {
    const office = facts(report('明川县人民政府办公室', 2022, 0, 3), 'office-2022.txt');
    const government = facts(report('明川县人民政府', 2023, 1, 0), 'government-2023.txt');
    expect(carryoverFindings(government, [office])).toEqual([]);
    // The title names the government, the 落款 its 办公室: the report itself says they are one.
    const signedByOffice = facts(report('明川县人民政府', 2023, 1, 0, '明川县人民政府办公室'), 'signed-2023.txt');
    expect(carryoverFindings(signedByOffice, [office]).map((f) => f.data?.cell)).toEqual(['t3.carry.np', 't3.carry.tot']);
  });

  it('compares consecutive years only, this year against last', () => {
    const y2021 = facts(report('青禾县农业农村局', 2021, 0, 3), '2021.txt');
    const y2023 = facts(report('青禾县农业农村局', 2023, 1, 0), '2023.txt');
    expect(carryoverFindings(y2023, [y2021])).toEqual([]);
    // Last year's report is not checked against the next year's.
    const y2022 = facts(report('青禾县农业农村局', 2022, 0, 3), '2022.txt');
    expect(carryoverFindings(y2022, [y2023])).toEqual([]);
    expect(carryoverAcross([y2021, y2022, y2023]).map((list) => list.length)).toEqual([0, 2, 2]);
  });

  it('leaves out cells that were not read with certainty', () => {
    const last = facts(report('青禾县农业农村局', 2022, 0, 3), 'a.txt');
    const analysis = analyze(report('青禾县农业农村局', 2023, 1, 0));
    const table = analysis.doc.tables.find((t) => t.kind === 't3')!;
    table.cells.get('t3.carry.np')!.certainty = 'reconstructed';
    const now = reportFacts(analysis.doc, { uri: 'b', name: 'b.txt' });
    expect(now.cells['t3.carry.np']).toBeUndefined();
    expect(carryoverFindings(now, [last]).map((f) => f.data?.cell)).toEqual(['t3.carry.tot']);
    // An unreadable table gives nothing to compare.
    table.status = 'unreadable';
    expect(Object.keys(reportFacts(analysis.doc, { uri: 'b', name: 'b.txt' }).cells).some((id) => id.startsWith('t3.'))).toBe(false);
  });

  it('does not compare a 总计 that its own row does not add up to (reported in its own report)', () => {
    const lastValues = values('青禾县农业农村局', 2022, 0, 3);
    lastValues.t3.next![6] = 5; // 自然人 3, the rest 0, 总计 says 5.
    const last = facts(buildReport(lastValues), 'a.txt');
    expect(last.cells['t3.next.tot']).toBeUndefined();
    expect(last.cells['t3.next.np']?.value).toBe(3);
    const now = facts(report('青禾县农业农村局', 2023, 3, 0), 'b.txt');
    expect(carryoverFindings(now, [last])).toEqual([]);
  });

  it('does not decide between two different reports for last year', () => {
    const a = facts(report('青禾县农业农村局', 2022, 0, 3), 'a.txt');
    const b = facts(report('青禾县农业农村局', 2022, 0, 2), 'b.txt');
    const copy = facts(report('青禾县农业农村局', 2022, 0, 3), 'a-copy.txt');
    const now = facts(report('青禾县农业农村局', 2023, 1, 0), 'now.txt');
    expect(carryoverFindings(now, [a, b])).toEqual([]);
    // The same report twice (say as .txt and .pdf) is one answer.
    expect(carryoverFindings(now, [a, copy])).toHaveLength(2);
  });

  it('warns when more documents are in force than last year’s plus this year’s made minus repealed', () => {
    const lastValues = values('青禾县农业农村局', 2022, 0, 0);
    lastValues.t2['nd.valid'] = 10;
    const nowValues = values('青禾县农业农村局', 2023, 0, 0);
    nowValues.t2['nd.made'] = 3;
    nowValues.t2['nd.repealed'] = 1;
    nowValues.t2['nd.valid'] = 14;
    const last = facts(buildReport(lastValues), 'a.txt');
    const nowText = buildReport(nowValues);
    const now = facts(nowText, 'b.txt');
    const findings = carryoverFindings(now, [last]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      '行政规范性文件·现行有效件数 14 多于 2022 年报告（a.txt）的现行有效件数 10 加本年制发 3 减本年废止 1（= 12），请核对',
    );
    expect(nowText.slice(findings[0]!.range.start, findings[0]!.range.end)).toBe('14');
    expect(findings[0]!.data).toMatchObject({ table: 't2', cell: 't2.nd.valid' });
    // Fewer is normal: documents also lapse when their term ends.
    nowValues.t2['nd.valid'] = 9;
    expect(carryoverFindings(facts(buildReport(nowValues), 'b.txt'), [last])).toEqual([]);
  });

  it('warns when more documents were repealed than were in force last year or made this year', () => {
    const lastValues = values('青禾县农业农村局', 2022, 0, 0);
    lastValues.t2['reg.valid'] = 2;
    const nowValues = values('青禾县农业农村局', 2023, 0, 0);
    nowValues.t2['reg.made'] = 1;
    nowValues.t2['reg.repealed'] = 5;
    nowValues.t2['reg.valid'] = 0;
    const last = facts(buildReport(lastValues), 'a.txt');
    const nowText = buildReport(nowValues);
    const findings = carryoverFindings(facts(nowText, 'b.txt'), [last]);
    expect(findings.map((f) => f.message)).toEqual([
      '规章·本年废止件数 5 多于 2022 年报告（a.txt）的现行有效件数 2 加本年制发 1（= 3），废止的文件应是上年末有效或本年制发的，请核对',
    ]);
    expect(nowText.slice(findings[0]!.range.start, findings[0]!.range.end)).toBe('5');
    expect(findings[0]!.data).toMatchObject({ table: 't2', cell: 't2.reg.repealed' });
  });
});

// Table formatting: every pasted layout becomes the same canonical tab-row table, no value changes, text
// outside the tables is untouched, formatting twice changes nothing, and unreadable tables stay as they are.
// The real reports in ../shared/seeds and the project's examples/ are formatted too, cell by cell compared.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parse';
import type { ReportDocument } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/features/apply';
import { formatTables } from '../../server/src/service/features/format';
import { offsetOf, report, t3Text, type Layout, T3_VALUES, T4_TABROWS } from './drafts';
import { T3_LABELS } from '../fixtures/labels';
import { missingOutsideCi } from '../util/environment';

function format(text: string): string {
  return applyEdits(text, formatTables(parseReport(text)));
}

/** Every value the parser reads, by table and cell id (placed cells), and every row's values in order. */
function numbers(doc: ReportDocument): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of doc.tables) {
    out[`${t.kind}:status`] = `${t.format} ${t.status}`;
    for (const [id, cell] of t.cells) out[id] = { kind: cell.kind, value: cell.value, raw: cell.kind === 'blank' ? '' : cell.raw };
    for (const row of t.rows) out[`${t.kind}.${row.id}:values`] = row.values.map((c) => (c.kind === 'blank' ? '·' : c.raw)).join('|');
  }
  return out;
}

const CANONICAL_T3 = [
  '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
  '一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t2\t0\t6',
  '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
  '三、本年度办理结果',
  '（一）予以公开\t2\t0\t0\t0\t2\t0\t4',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0',
  '（三）不予公开',
  '1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
  '2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
  '3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0',
  '4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0',
  '5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0',
  '6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0',
  '7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0',
  '8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息\t2\t0\t0\t0\t0\t0\t2',
  '2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0',
  '3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0',
  '（五）不予处理',
  '1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0',
  '2.重复申请\t0\t0\t0\t0\t0\t0\t0',
  '3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0',
  '4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0',
  '5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
  '3.其他\t0\t0\t0\t0\t0\t0\t0',
  '（七）总计\t4\t0\t0\t0\t2\t0\t6',
  '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
].join('\n');

const CANONICAL_T2 = [
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
  '行政规范性文件\t2\t1\t5',
  '第二十条第（五）项',
  '信息内容\t本年处理决定数量',
  '行政许可\t37',
  '第二十条第（六）项',
  '信息内容\t本年处理决定数量',
  '行政处罚\t12',
  '行政强制\t0',
  '第二十条第（八）项',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t1.25',
].join('\n');

const CANONICAL_T4 = [
  '行政复议\t\t\t\t\t行政诉讼',
  '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
].join('\n');

describe('formatTables on every layout', () => {
  const expected = report({ t2: CANONICAL_T2, t3: CANONICAL_T3, t4: CANONICAL_T4 });
  for (const layout of ['tabRows', 'cellPerLine', 'markdown', 'spaces'] as Layout[]) {
    it(`rewrites the ${layout} layout into the canonical one, keeping every value`, () => {
      const text = report({ t3: t3Text(layout) });
      const formatted = format(text);
      expect(formatted).toBe(expected);
      expect(numbers(parseReport(formatted))).toEqual(numbers(parseReport(text)));
      expect(formatTables(parseReport(formatted))).toEqual([]);
    });
  }

  it('leaves everything outside the tables untouched', () => {
    const text = report({ t3: t3Text('cellPerLine') });
    const edits = formatTables(parseReport(text));
    expect(edits.length).toBe(3);
    const doc = parseReport(text);
    for (const edit of edits) {
      // Each edit covers one table's lines and nothing else.
      const table = doc.tables.find((t) => t.range.start < edit.range.end && edit.range.start < t.range.end)!;
      expect(edit.range.start).toBe(text.lastIndexOf('\n', table.range.start - 1) + 1);
      const lineEnd = text.indexOf('\n', table.range.end - 1);
      expect(edit.range.end).toBe(lineEnd < 0 ? text.length : lineEnd);
    }
    const section5 = offsetOf(text, '五、存在的主要问题');
    expect(format(text).slice(format(text).indexOf('五、存在的主要问题'))).toBe(text.slice(section5));
  });

  it('keeps cells exactly as written: full-width digits, dashes, decimals and blanks', () => {
    const values = { ...T3_VALUES, new: ['４', '—', '0', '/', '2', '', '6'] };
    const text = report({ t3: t3Text('tabRows', values) });
    const formatted = format(text);
    expect(formatted).toContain('\n一、本年新收政府信息公开申请数量\t４\t—\t0\t/\t2\t\t6\n');
    expect(formatted).toContain('\n行政事业性收费\t1.25\n');
    expect(numbers(parseReport(formatted))).toEqual(numbers(parseReport(text)));
  });

  it('keeps a row with too many values as it is, value for value', () => {
    const values = { ...T3_VALUES, r7: ['4', '0', '0', '0', '2', '0', '6', '0'] };
    const text = report({ t3: t3Text('tabRows', values) });
    const formatted = format(text);
    expect(formatted).toContain('\n（七）总计\t4\t0\t0\t0\t2\t0\t6\t0\n');
    expect(numbers(parseReport(formatted))).toEqual(numbers(parseReport(text)));
  });

  it('writes the standard label for a misspelt one', () => {
    const text = report({ t3: t3Text('tabRows').replace('4.无正当理由大量反复申请', '4.无正当理由由大量反复申请') });
    expect(format(text)).toBe(expected);
  });

  it('formats only the tables the range touches', () => {
    const text = report({ t3: t3Text('markdown') });
    const at = offsetOf(text, '（七）总计');
    const edits = formatTables(parseReport(text), { start: at, end: at });
    expect(edits).toHaveLength(1);
    const result = applyEdits(text, edits);
    expect(result).toContain(CANONICAL_T3);
    expect(result).toContain('第二十条第（一）项\t\t\t\n');
  });

  it('keeps CRLF line ends', () => {
    const text = report({ t3: t3Text('cellPerLine') }).replace(/\n/g, '\r\n');
    expect(format(text)).toBe(expected.replace(/\n/g, '\r\n'));
  });

  it('leaves an unreadable table alone', () => {
    // Every row's digits glued together so that no split fits its total: no value can be placed, so
    // nothing may be rewritten.
    const glued = Object.fromEntries(T3_LABELS.map(([id]) => [id, ['12345678']]));
    const text = report({ t3: t3Text('spaces', glued) });
    const t3 = parseReport(text).tables.find((t) => t.kind === 't3')!;
    expect(t3.status).toBe('unreadable');
    const edits = formatTables(parseReport(text));
    for (const e of edits) expect(e.range.start >= t3.range.end || e.range.end <= t3.range.start).toBe(true);
  });

  it('leaves a table alone when it holds text the rewrite would drop', () => {
    const note = '说明：本表数据来源于本局政务公开工作台账';
    const text = report({ t3: t3Text('tabRows').replace('\n（七）总计', `\n${note}\n（七）总计`) });
    const t3 = parseReport(text).tables.find((t) => t.kind === 't3')!;
    expect(t3.range.start < text.indexOf(note) && text.indexOf(note) < t3.range.end).toBe(true);
    const edits = formatTables(parseReport(text));
    expect(edits).toHaveLength(2);
    expect(edits.some((e) => e.range.start < t3.range.end && t3.range.start < e.range.end)).toBe(false);
  });

  it('puts a table that shares a line with prose on lines of its own, keeping the prose', () => {
    const text = report({ t4: `表格如下：\t${T4_TABROWS}` });
    const once = format(text);
    expect(once).toContain(`\n表格如下：\t\n${CANONICAL_T4}\n`);
    expect(format(once)).toBe(once);
  });
});

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const EXAMPLES = join(ROOT, 'examples');

function draftsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return draftsIn(path);
    return /\.(txt|md)$/.test(name) ? [path] : [];
  });
}

describe('formatting real and sample drafts', () => {
  const files = [...draftsIn(SEEDS), ...draftsIn(EXAMPLES)];
  // The examples are always there; the seeds outside CI only when they lie beside the clone.
  it('has drafts to format', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(draftsIn(EXAMPLES).length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`${relative(ROOT, file)}: same numbers after formatting, and formatting is idempotent`, () => {
      const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
      const before = parseReport(text);
      const formatted = applyEdits(text, formatTables(before));
      const after = parseReport(formatted);
      expect(numbers(after)).toEqual(numbers(before));
      expect(after.sections.map((s) => s.key)).toEqual(before.sections.map((s) => s.key));
      expect(formatTables(after)).toEqual([]);
    });
  }

  it.skipIf(missingOutsideCi(existsSync(SEEDS), SEEDS))('rewrites every readable table of the seeds', () => {
    const seeds = draftsIn(SEEDS);
    expect(seeds.length, `${SEEDS} holds no seed reports`).toBeGreaterThan(0);
    for (const file of seeds) {
      const doc = parseReport(readFileSync(file, 'utf8'));
      expect(formatTables(doc).length, file).toBe(doc.tables.filter((t) => t.status !== 'unreadable').length);
    }
  });
});

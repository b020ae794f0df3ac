// Tests of the table preview's HTML (server/src/service/features/previewHtml.ts): the official merged
// header structure of tables 三 and 四, table 二's blocks, cells tagged by id, and a cell with a finding
// marked with its message. The drafts are invented.

import { describe, expect, it } from 'vitest';
import { analyze } from '../server/src/service';
import { escapeHtml, previewTables } from '../server/src/service/features/previewHtml';
import { WRONG_TOTAL, report, table3 } from './lsp-drafts';

/** The opening tags of the header rows of one table in the fragment. */
function section(html: string, kind: string): string {
  const start = html.indexOf(`data-table="${kind}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('preview HTML', () => {
  const wrong = table3(WRONG_TOTAL);

  it('renders table 三 with the three header rows and the merged label cells of the national format', () => {
    const { html } = previewTables(analyze(report()));
    const t3 = section(html, 't3');
    const thead = /<thead>(.*?)<\/thead>/s.exec(t3)![1];
    const headRows = thead!.split('</tr>').filter(Boolean);
    expect(headRows).toHaveLength(3);
    expect(headRows[0]).toContain('rowspan="3" colspan="3" class="note"');
    expect(headRows[0]).toContain('<th colspan="7">申请人情况</th>');
    expect(headRows[1]).toBe('<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th>');
    expect(headRows[2]).toBe('<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th>');
    // 三、本年度办理结果 spans the 22 result rows of the 2021 format, （三） its 8 sub-rows, （六） its 3.
    expect(t3).toContain('<th rowspan="22" class="group">三、本年度办理结果</th>');
    expect(t3).toContain('<th rowspan="8" class="group">（三）不予公开</th>');
    expect(t3).toContain('<th rowspan="3" class="group">（四）无法提供</th>');
    expect(t3).toContain('<th rowspan="5" class="group">（五）不予处理</th>');
    expect(t3).toContain('<th rowspan="3" class="group">（六）其他处理</th>');
    expect(t3).toContain('<th colspan="3" class="row-label" data-row="new">一、本年新收政府信息公开申请数量</th>');
    expect(t3).toContain('<th colspan="2" class="row-label" data-row="r7">（七）总计</th>');
    // Every body row has exactly 7 value cells: 25 rows in all.
    const body = /<tbody>(.*?)<\/tbody>/s.exec(t3)![1];
    const rows = body!.split('</tr>').filter(Boolean);
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(row.match(/<td /g)).toHaveLength(7);
  });

  it('renders table 四 with 行政复议 over 5 columns and 行政诉讼 over 10, split in two groups', () => {
    const { html } = previewTables(analyze(report()));
    const t4 = section(html, 't4');
    const headRows = /<thead>(.*?)<\/thead>/s.exec(t4)![1]!.split('</tr>').filter(Boolean);
    expect(headRows[0]).toBe('<tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th>');
    expect(headRows[1]).toBe(
      '<tr><th rowspan="2">结果维持</th><th rowspan="2">结果纠正</th><th rowspan="2">其他结果</th><th rowspan="2">尚未审结</th><th rowspan="2">总计</th>' +
        '<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th>',
    );
    expect(headRows[2]!.match(/<th>/g)).toHaveLength(10);
    expect(t4.match(/<td /g)).toHaveLength(15);
  });

  it('renders table 二 as its four blocks, single values spanning the three value columns', () => {
    const { html, cells } = previewTables(analyze(report()));
    const t2 = section(html, 't2');
    expect(t2.match(/<th class="block" colspan="4">/g)).toHaveLength(4);
    expect(t2).toContain('<th colspan="3">本年处理决定数量</th>');
    expect(t2).toMatch(/<td class="cell kind-number" data-cell="t2\.lic" title="[^"]*" colspan="3" tabindex="0">31<\/td>/);
    expect(t2).toMatch(/data-cell="t2\.nd\.valid"[^>]*>9<\/td>/);
    expect(cells['t2.lic']!.range).not.toBeNull();
  });

  it('marks the cell of a wrong total in red with the finding’s message as its title', () => {
    const text = report({ t3: wrong });
    const analysis = analyze(text);
    const { html, cells } = previewTables(analysis);
    const onTotal = analysis.findings.filter((f) => f.data?.cell === 't3.r7.np');
    expect(onTotal.length).toBeGreaterThan(0);
    const td = new RegExp(`<td class="([^"]*)" data-cell="t3\\.r7\\.np" title="([^"]*)"[^>]*>4</td>`).exec(html);
    expect(td).not.toBeNull();
    expect(td![1]!.split(' ')).toEqual(expect.arrayContaining(['finding', 'sev-error']));
    for (const f of onTotal) expect(td![2]).toContain(escapeHtml(f.message));
    expect(cells['t3.r7.np']!.messages).toEqual(onTotal.map((f) => f.message));
    // The cell's range points at its text, so the panel can reveal it in the editor.
    const range = cells['t3.r7.np']!.range!;
    expect(text.slice(range.start, range.end)).toBe('4');
    // A correct cell is not marked.
    expect(html).toMatch(/<td class="cell kind-number" data-cell="t3\.new\.np"/);
  });

  it('renders a 2019-format table 三 with its single （六） row: 三、本年度办理结果 then spans 20 rows', () => {
    const old = table3().replace(/（六）其他处理\n1\.[^\n]*\n2\.[^\n]*\n3\.其他\t([^\n]*)/, '（六）其他处理\t$1');
    const text = report({ t3: old }).replaceAll('2022', '2020').replace('2023年1月20日', '2021年1月20日');
    const analysis = analyze(text);
    expect(analysis.doc.tables.find((t) => t.kind === 't3')?.format).toBe('2019');
    const t3 = section(previewTables(analysis).html, 't3');
    expect(t3).toContain('<th rowspan="20" class="group">三、本年度办理结果</th>');
    expect(t3).toContain('<th colspan="2" class="row-label" data-row="r6">（六）其他处理</th>');
    expect(t3).not.toContain('data-row="r6.1"');
  });

  it('says so when a table is missing, and escapes everything it shows', () => {
    const text = report({ t2: '本年主动公开<script>alert(1)</script>。' });
    const { html } = previewTables(analyze(text), 'en');
    expect(section(html, 't2')).toContain('This table was not found in the report.');
    expect(html).not.toContain('<script');
    expect(escapeHtml('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });
});

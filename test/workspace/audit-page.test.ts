// `nianbao report DIR -o audit.html`: the page is written from a folder of invented reports (consecutive
// years, a planted carry-over break, a sum error, an unreadable-table-free clean report), opened from its
// file:// URL in headless Chromium, and used as a reviewer would: sort, filter, drill down. Screenshots go
// to test-results/audit/. Review states from a baseline file are checked on the written page.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { runReport, readReviewStates } from '../../server/src/cli/report';
import { buildReport, cloneValues, defaultValues, t3Values } from '../fixtures/drafts';
import { missingOutsideCi } from '../util/environment';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve(__dirname, '../../test-results/audit');

let root: string;
let dir: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-audit-'));
  dir = path.join(root, 'reports');
  fs.mkdirSync(dir, { recursive: true });
  const draft = (agency: string, year: number, carry: number, next: number) => {
    const v = cloneValues(defaultValues());
    v.agency = agency;
    v.year = year;
    v.t3 = t3Values({ new: { np: 4 + next, biz: 1 }, carry: { np: carry }, r1: { np: 4 + carry, biz: 1 } });
    return buildReport(v);
  };
  const files: Record<string, string> = {
    'a-2022.txt': draft('青禾县农业农村局', 2022, 0, 4),
    // The planted break: 2022 carried 4 forward, 2023 took 1 over.
    'a-2023.txt': draft('青禾县农业农村局', 2023, 1, 0),
    'b-2022.txt': draft('云溪镇人民政府', 2022, 0, 2),
    'b-2023.txt': draft('云溪镇人民政府', 2023, 2, 0),
    // A sum error: （一）予以公开's 总计 says 9 where its columns add up to 5 + 1 = 6.
    'c-2023.txt': draft('石门县市场监督管理局', 2023, 0, 0).replace(
      /（一）予以公开\t4\t1\t0\t0\t0\t0\t5/,
      '（一）予以公开\t4\t1\t0\t0\t0\t0\t9',
    ),
    'README.md': '# 说明\n\n这里放各单位的年度报告。\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

async function runIn(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { cwd: root, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { status, stdout, stderr };
}

describe('nianbao report', () => {
  it('writes one self-contained page for the folder', { timeout: 30_000 }, async () => {
    const { status, stdout, stderr } = await runIn(['report', 'reports', '-o', 'out/audit.html']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('已写入 out/audit.html：5 份报告\n');
    const html = fs.readFileSync(path.join(root, 'out/audit.html'), 'utf8');
    // Nothing is fetched: no external script, style, image or font.
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i);
    expect(html).not.toMatch(/url\(/);
    expect(html.match(/<tr class="report-row"/g)).toHaveLength(5);
  });

  it('rejects a missing folder list and unknown options (exit 2)', async () => {
    expect((await runIn(['report'])).status).toBe(2);
    expect((await runIn(['report', '--frobnicate', 'x', 'reports'])).stderr).toContain('未知选项：--frobnicate');
  });

  it('shows confirmed, dismissed and open findings from a baseline file', { timeout: 30_000 }, async () => {
    const baseline = path.join(root, 'baseline.json');
    // Fingerprints are the CLI's business; here a stand-in gives each finding its check id and cell.
    const fingerprint = (analysis: { findings: Array<{ id: string; data?: { cell?: unknown } }> }) =>
      analysis.findings.map((f) => Buffer.from(`${f.id}|${String(f.data?.cell ?? '')}`).toString('hex'));
    const hex = (text: string) => Buffer.from(text).toString('hex');
    fs.writeFileSync(
      baseline,
      JSON.stringify({
        findings: [
          { fingerprint: hex('workspace/carryover|t3.carry.np'), state: 'dismissed' },
          { fingerprint: hex('workspace/carryover|t3.carry.tot') },
        ],
      }),
    );
    let stderr = '';
    const status = await runReport(
      ['reports', '--baseline', 'baseline.json', '-o', 'reviewed.html'],
      { cwd: root, stdout: () => undefined, stderr: (s) => void (stderr += s) },
      'zh-cn',
      { fingerprint },
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const html = fs.readFileSync(path.join(root, 'reviewed.html'), 'utf8');
    const row = /<tr class="report-row"[^>]*data-search="青禾县农业农村局 reports\/a-2023.txt"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row).toContain('<td class="review">1 / 1 / 0</td>');
    expect(html).toContain('复核状态取自 baseline.json。');
    // With the fingerprints `check --baseline` writes, a baseline written by check marks its findings confirmed.
    // (exit status 1: c-2023 has a sum error.)
    expect((await runIn(['check', '--baseline', 'check-baseline.json', 'reports'])).status).toBe(1);
    expect((await runIn(['report', 'reports', '--baseline', 'check-baseline.json', '-o', 'plain.html'])).status).toBe(0);
    const plain = fs.readFileSync(path.join(root, 'plain.html'), 'utf8');
    const plainRow = /<tr class="report-row"[^>]*data-search="青禾县农业农村局 reports\/a-2023.txt"[\s\S]*?<\/tr>/.exec(plain)![0];
    expect(plainRow).toContain('<td class="review">2 / 0 / 0</td>');
  });

  it('reads review states in the loose shapes agreed on', () => {
    expect([...readReviewStates({ confirmed: ['aaaaaaaa11111111'], dismissed: ['bbbbbbbb22222222'] })]).toEqual([
      ['aaaaaaaa11111111', 'confirmed'],
      ['bbbbbbbb22222222', 'dismissed'],
    ]);
    expect([...readReviewStates(['cccccccc33333333'])]).toEqual([['cccccccc33333333', 'confirmed']]);
    expect([...readReviewStates({ files: [{ findings: [{ fingerprint: 'dd', status: 'ignored' }] }] })]).toEqual([['dd', 'dismissed']]);
  });
});

describe.skipIf(missingOutsideCi(fs.existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`))('the audit page in headless Chromium', () => {
  it('sorts, filters and drills down', { timeout: 120_000 }, async () => {
    expect((await runIn(['report', 'reports', '-o', 'browser/audit.html'])).status).toBe(0);
    const file = path.join(root, 'browser/audit.html');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      fs.mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS, 'audit-list.png'), fullPage: true });

      const visibleAgencies = () =>
        page.$$eval('#reports tbody tr.report-row:not([hidden]) td.agency a', (as) => as.map((a) => a.textContent));
      expect(await page.textContent('#shown-count')).toBe('显示 5 / 5 份报告');
      expect(await visibleAgencies()).toEqual([
        '青禾县农业农村局',
        '青禾县农业农村局',
        '云溪镇人民政府',
        '云溪镇人民政府',
        '石门县市场监督管理局',
      ]);

      // Sorting: by errors, descending on the second click; by year, ascending.
      await page.click('#reports th[data-key="errors"]');
      await page.click('#reports th[data-key="errors"]');
      expect(await page.getAttribute('#reports th[data-key="errors"]', 'aria-sort')).toBe('descending');
      expect((await visibleAgencies())[0]).toBe('石门县市场监督管理局');
      await page.click('#reports th[data-key="year"]');
      const years = await page.$$eval('#reports tbody tr.report-row td:nth-child(2)', (tds) => tds.map((td) => Number(td.textContent)));
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(years[0]).toBe(2022);

      // Filtering: by text, by status, by check.
      await page.fill('#filter-text', '云溪');
      expect(await visibleAgencies()).toEqual(['云溪镇人民政府', '云溪镇人民政府']);
      await page.fill('#filter-text', '');
      await page.selectOption('#filter-status', 'errors');
      expect(await visibleAgencies()).toEqual(['石门县市场监督管理局']);
      await page.selectOption('#filter-status', '');
      await page.selectOption('#filter-check', 'workspace/carryover');
      expect(await visibleAgencies()).toEqual(['青禾县农业农村局']);
      expect(await page.textContent('#shown-count')).toBe('显示 1 / 5 份报告');

      // Drill-down: the report's findings, and its tables with the carry-over cells marked.
      await page.click('#reports tbody tr.report-row:not([hidden])');
      expect(await page.isVisible('#detail')).toBe(true);
      expect(await page.textContent('#detail h2')).toBe('青禾县农业农村局 · 2023');
      const checks = await page.$$eval('#detail tr.finding-row', (trs) => trs.map((tr) => tr.getAttribute('data-check')));
      expect(checks.filter((id) => id === 'workspace/carryover')).toHaveLength(2);
      expect(await page.textContent('#detail')).toContain(
        '上年结转（自然人）为 1，而 2022 年报告（reports/a-2022.txt）的“四、结转下年度继续办理”（自然人）为 4',
      );
      const cellClass = await page.getAttribute('#detail td[data-cell="t3.carry.np"]', 'class');
      expect(cellClass).toContain('finding');
      expect(cellClass).toContain('sev-warning');
      expect(await page.textContent('#detail td[data-cell="t3.carry.np"]')).toBe('1');
      expect(page.url()).toMatch(/#report-1$/);
      await page.click('#detail tr.finding-row[data-cell="t3.carry.np"]');
      expect(await page.getAttribute('#detail td[data-cell="t3.carry.np"]', 'class')).toContain('flash');
      await page.screenshot({ path: path.join(RESULTS, 'audit-detail.png'), fullPage: false });
      // The carry-over finding leads to last year's report.
      await page.click('#detail tr.finding-row[data-cell="t3.carry.np"] a.other-report');
      await page.locator('#detail h2', { hasText: '青禾县农业农村局 · 2022' }).waitFor();
      expect(page.url()).toMatch(/#report-0$/);

      // The charts count what the table shows.
      const statusBars = await page.$$eval('#chart-status g.bar', (gs) =>
        gs.map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-value'))]),
      );
      expect(statusBars).toEqual([
        ['有错误', 1],
        ['表格无法核对', 0],
        ['有警告', 1],
        ['通过', 3],
      ]);

      expect(errors).toEqual([]);
      expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

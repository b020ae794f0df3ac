// The CLI's year-over-year check: over a folder of reports of two agencies for consecutive years, the one
// planted carry-over break is reported on this year's report, pointing at last year's file, and nothing else is.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { buildReport, cloneValues, defaultValues, t3Values } from '../fixtures/drafts';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-carryover-'));
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A consistent report whose table 三 took `carry` (自然人) over and carries `next` forward. */
function draft(agency: string, year: number, carry: number, next: number): string {
  const v = cloneValues(defaultValues());
  v.agency = agency;
  v.year = year;
  v.t3 = t3Values({ new: { np: 4 + next, biz: 1 }, carry: { np: carry }, r1: { np: 4 + carry, biz: 1 } });
  return buildReport(v);
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { cwd: root, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { status, stdout, stderr };
}

describe('nianbao check over consecutive years', () => {
  it('reports the planted carry-over break, and only it', { timeout: 30_000 }, async () => {
    const dir = path.join(root, 'reports');
    fs.mkdirSync(path.join(dir, '2023'), { recursive: true });
    const files: Record<string, string> = {
      '青禾县农业农村局-2021.txt': draft('青禾县农业农村局', 2021, 0, 2),
      '青禾县农业农村局-2022.txt': draft('青禾县农业农村局', 2022, 2, 4),
      // The break: 2022 carried 4 forward, 2023 says it took 1 over.
      '2023/青禾县农业农村局-2023.txt': draft('青禾县农业农村局', 2023, 1, 0),
      '云溪镇人民政府-2022.txt': draft('云溪镇人民政府', 2022, 0, 3),
      '2023/云溪镇人民政府-2023.txt': draft('云溪镇人民政府', 2023, 3, 0),
      // Another agency whose numbers would break the chain if agencies were mixed up.
      '2023/云溪镇农业服务中心-2023.txt': draft('云溪镇农业服务中心', 2023, 7, 0),
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);

    const { status, stdout, stderr } = await run(['check', '--format', 'json', 'reports']);
    expect(stderr).toBe('');
    type Out = {
      id: string;
      message: string;
      range: { start: { line: number; character: number } };
      related: Array<{ uri?: string; message: string; range: { start: { line: number; character: number } } }>;
      data?: { cell?: string };
    };
    const out = JSON.parse(stdout) as {
      files: Array<{ path: string; findings: Out[] }>;
      crossDocument: Array<{ path: string; findings: Out[] }>;
    };
    // The files' own findings come as each file is read; the comparison across files follows them.
    expect(out.files).toHaveLength(6);
    expect(out.files.flatMap((f) => f.findings).filter((x) => x.id === 'workspace/carryover')).toEqual([]);
    const carry = out.crossDocument.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
    expect(carry.map((f) => [f.path, f.data?.cell])).toEqual([
      ['reports/2023/青禾县农业农村局-2023.txt', 't3.carry.np'],
      ['reports/2023/青禾县农业农村局-2023.txt', 't3.carry.tot'],
    ]);
    expect(carry[0]!.message).toBe(
      '上年结转（自然人）为 1，而 2022 年报告（reports/青禾县农业农村局-2022.txt）的“四、结转下年度继续办理”（自然人）为 4，两者应相等，请核对',
    );
    const related = carry[0]!.related[0];
    expect(related!.uri).toBe(pathToFileURL(path.join(dir, '青禾县农业农村局-2022.txt')).href);
    const lastYearLines = files['青禾县农业农村局-2022.txt']!.split('\n');
    expect(lastYearLines[related!.range.start.line]!.startsWith('四、结转下年度继续办理')).toBe(true);
    // The finding's own range is this year's cell.
    const thisYearLines = files['2023/青禾县农业农村局-2023.txt']!.split('\n');
    expect(thisYearLines[carry[0]!.range.start.line]!.startsWith('二、上年结转')).toBe(true);
    // A warning: the run's status is that of the other findings (none are errors in these drafts).
    expect(status).toBe(0);

    const text = await run(['check', 'reports']);
    expect(text.stdout).toMatch(
      /reports\/2023\/青禾县农业农村局-2023\.txt:\d+:\d+ {2}warning {2}上年结转（自然人）为 1.*\[workspace\/carryover\]/,
    );

    // --summary: the report lines come first; the findings across reports follow, per report and check.
    const summary = (await run(['check', '--summary', 'reports'])).stdout;
    expect(summary).toContain(
      '\n跨报告核对（读完所有报告后得出）：\n  reports/2023/青禾县农业农村局-2023.txt  2 个问题  [workspace/carryover]\n',
    );
    expect(summary).toMatch(/检查了 6 个文件：0 个错误，2 个警告/);

    const sarif = JSON.parse((await run(['check', '--format', 'sarif', 'reports'])).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'workspace/carryover');
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe(related!.uri);
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(related!.range.start.line + 1);
    const rule = sarif.runs[0].tool.driver.rules[result.ruleIndex];
    expect(rule).toMatchObject({ id: 'workspace/carryover', defaultConfiguration: { level: 'warning' } });
    expect(rule.shortDescription.text).toBe('本年“上年结转”与同一机关上年报告的“结转下年度继续办理”不一致');
  });
});

describe('the CLI collector', () => {
  it('gives each finding’s line and character from the facts alone', async () => {
    const { analyze } = await import('../../server/src/service');
    const { CarryoverCollector, cellPosition, cliReportFacts } = await import('../../server/src/cli/carryover');
    const collector = new CarryoverCollector<string>();
    const lastText = draft('青禾县农业农村局', 2022, 0, 4);
    const nowText = draft('青禾县农业农村局', 2023, 1, 0);
    collector.add('last', cliReportFacts(analyze(lastText).doc, 'last.txt', path.join(root, 'last.txt')), {});
    collector.add('now', cliReportFacts(analyze(nowText).doc, 'now.txt', path.join(root, 'now.txt')), {});
    const results = collector.results();
    expect(results.map((r) => r.key)).toEqual(['now']);
    const [first] = results[0]!.findings;
    const at = cellPosition(results[0]!.facts, first!)!;
    const line = nowText.split('\n')[at.start.line];
    expect(line!.startsWith('二、上年结转')).toBe(true);
    expect(line!.slice(at.start.character, at.end.character)).toBe('1');
  });
});

// The CLI on published forms: a folder with a PDF, a web page and a Word file of one invented report
// (plus an old .doc and a web page that is not a report) is checked like text, every finding carries
// its place in the original file in JSON and SARIF, and the bundled CLI reads a PDF with clean stdout.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { buildReport, cloneValues, defaultValues } from '../fixtures/drafts';
import { bundleEntry } from '../util/bundle';
import { IN_CI, missingOutsideCi } from '../util/environment';
import { findCjkFont, toDocx, toHtml, toPdf } from './generate';

const font = findCjkFont();
// Without a CJK font no PDF can be made; CI always has one (.ci/run), so there the PDF is always expected.
const pdfExpected = font !== null || IN_CI;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-import-cli-'));
  const values = cloneValues(defaultValues());
  values.agency = '澄水县审计局';
  values.t4[4] = 3; // 行政复议 总计 3, its results add up to 2.
  const draft = buildReport(values, { layout: 'tabs' });
  fs.writeFileSync(path.join(root, 'report.txt'), draft);
  fs.writeFileSync(path.join(root, 'report.html'), toHtml(draft));
  fs.writeFileSync(path.join(root, 'report.docx'), toDocx(draft));
  if (font) fs.writeFileSync(path.join(root, 'report.pdf'), await toPdf(draft, { font }));
  fs.writeFileSync(path.join(root, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  fs.writeFileSync(path.join(root, 'links.html'), '<html><body><ul><li><a href="a">通知公告</a></li></ul></body></html>');
}, 60_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd: root, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

interface JsonFile {
  path: string;
  findings: Array<{ id: string; source?: Record<string, unknown> }>;
}

describe('nianbao check on a folder of published forms', () => {
  it('checks each form like the text, points findings into the original file and explains the .doc', async () => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', '.']);
    const files = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    const names = files.map((f) => f.path).sort();
    expect(names).toEqual(['report.docx', 'report.html', ...(pdfExpected ? ['report.pdf'] : []), 'report.txt']);
    const ids = (file: JsonFile) => file.findings.map((f) => f.id).sort();
    const text = files.find((f) => f.path === 'report.txt')!;
    expect(ids(text)).toEqual(['sum/review-total']);
    expect(text.findings[0]!.source).toBeUndefined();
    for (const file of files.filter((f) => f !== text)) expect(ids(file)).toEqual(ids(text));
    expect(files.find((f) => f.path === 'report.html')!.findings[0]!.source).toMatchObject({ kind: 'html', line: expect.any(Number) });
    expect(files.find((f) => f.path === 'report.docx')!.findings[0]!.source).toMatchObject({ kind: 'docx', table: expect.any(Number) });
    if (pdfExpected)
      expect(files.find((f) => f.path === 'report.pdf')!.findings[0]!.source).toMatchObject({ kind: 'pdf', page: expect.any(Number) });
    expect(stderr).toContain('old.doc');
    expect(stderr).toContain('请另存为 .docx');
    expect(stderr).not.toContain('links.html');
    expect(code).toBe(2);
  });

  it('lists findings of imported files at their place in the original file', async () => {
    const { stdout } = await cli(['check', 'report.docx', ...(pdfExpected ? ['report.pdf'] : [])]);
    expect(stdout).toMatch(/^report\.docx:表格 \d+ 第 \d+ 行 {2}error {2}.*\[sum\/review-total\]$/m);
    if (pdfExpected) expect(stdout).toMatch(/^report\.pdf:第 \d+ 页 {2}error {2}.*\[sum\/review-total\]$/m);
  });

  interface SarifLocation {
    physicalLocation: { artifactLocation: { uri: string }; region?: unknown };
    properties: { source: unknown };
    message: { text: string };
  }

  it('gives SARIF locations in the original file: a region for web pages, the page for PDF', async () => {
    const { stdout } = await cli(['check', '--format', 'sarif', 'report.html', ...(pdfExpected ? ['report.pdf'] : [])]);
    const results = (JSON.parse(stdout) as { runs: Array<{ results: Array<{ locations: SarifLocation[]; fixes?: unknown }> }> }).runs[0]!
      .results;
    const html = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'report.html')!;
    expect(html.locations[0]!.physicalLocation.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number) });
    if (pdfExpected) {
      const pdf = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'report.pdf')!;
      expect(pdf.locations[0]!.properties.source).toMatchObject({ kind: 'pdf', page: expect.any(Number) });
      expect(pdf.locations[0]!.message.text).toMatch(/^第 \d+ 页/);
    }
  });
});

describe.skipIf(missingOutsideCi(!!font, 'a CJK font for PDFs (fonts-wqy-microhei)'))('the bundled CLI', () => {
  it('reads a PDF with pdf.js bundled, and prints nothing but the JSON on stdout', async () => {
    const outfile = path.join(root, 'bundle', 'cli.js');
    await bundleEntry('cli', outfile);
    const run = spawnSync(process.execPath, [outfile, 'check', '--format', 'json', 'report.pdf'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(files[0]!.findings.map((f) => f.id)).toEqual(['sum/review-total']);
    expect(run.status).toBe(1);
  }, 60_000);
});

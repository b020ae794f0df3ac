// The CLI as a reviewer uses it on a folder: a baseline that keeps accepted findings out of later runs,
// `--fix --dry-run` diffs and the listing of what `--fix` changed, --include/--exclude, --summary, the
// progress bar, the size limit and the xlsx export.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../server/src/cli/main';
import { MAX_REPORT_LENGTH } from '../server/src/cli/read';
import { MAX_DOCUMENT_LENGTH } from '../server/src/lsp/cache';
import { globToRegExp } from '../server/src/cli/files';
import { unifiedDiff } from '../server/src/cli/fix';
import { fingerprintFindings } from '../server/src/service';
import { analyze } from '../server/src/service';
import { generateCorpus, type GeneratedReport, type Manifest } from './generate/reports';
import { buildReport, cloneValues, defaultValues } from './fixtures/drafts';

let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-review-'));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

async function cli(args: string[], extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra });
  return { code, stdout, stderr };
}

function corpus(name: string, count: number, errorRate = 0): Manifest {
  return generateCorpus(path.join(root, name), { count, seed: count * 31 + name.length, errorRate });
}

/** The line of table 四's numbers in a generated tab-separated report. */
function t4Line(report: GeneratedReport): string {
  return ['rv', 'ld', 'lr'].flatMap((g) => ['keep', 'fix', 'other', 'open', 'tot'].map((r) => report.cells[`t4.${g}.${r}`])).join('\t');
}

interface JsonFinding {
  id: string;
  severity: string;
  fingerprint: string;
  data?: { cell?: string };
}

describe('--baseline', () => {
  it('writes the baseline on the first run; after one number is edited, exactly that one finding is new', async () => {
    const manifest = corpus('baseline', 12, 0.4);
    const first = await cli(['check', '--format', 'json', '--baseline', 'accepted.json', 'baseline']);
    const firstOut = JSON.parse(first.stdout) as {
      files: Array<{ findings: JsonFinding[] }>;
      crossDocument?: Array<{ findings: JsonFinding[] }>;
    };
    // The findings across files (workspace/carryover) follow the files' own, and are in the baseline too.
    const all = [...firstOut.files, ...(firstOut.crossDocument ?? [])].flatMap((f) => f.findings);
    expect(all.length).toBeGreaterThan(0);
    expect(first.stderr).toContain(`已写入基线：${all.length} 个问题`);
    const saved = JSON.parse(fs.readFileSync(path.join(root, 'accepted.json'), 'utf8'));
    expect(saved.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(all.map((f) => f.fingerprint));

    // Unchanged: nothing new, exit status 0 although the accepted findings include errors.
    const again = await cli(['check', '--baseline', 'accepted.json', 'baseline']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^检查了 12 个文件：0 个错误，0 个警告，0 个提示；${all.length} 个已在基线中的问题未列出\\n$`));

    // Lines inserted above every finding move them all; their fingerprints stay.
    const clean = manifest.reports.find(
      (r) => r.layout === 'txt' && r.encoding === 'utf8' && r.planted.length === 0 && r.cells['t4.rv.tot']! >= 0,
    )!;
    const file = path.join(root, 'baseline', clean.file);
    const text = fs.readFileSync(file, 'utf8');
    const moved = text.replace('\n\n', '\n\n（本报告经审核后发布。）\n\n');
    fs.writeFileSync(file, moved);
    expect((await cli(['check', '--baseline', 'accepted.json', 'baseline'])).code).toBe(0);

    // One number of table 四 changed: one new finding, about that cell, and it sets the exit status.
    const line = t4Line(clean);
    expect(moved).toContain(line);
    const numbers = line.split('\t');
    numbers[4] = String(Number(numbers[4]) + 1);
    fs.writeFileSync(file, moved.replace(line, numbers.join('\t')));
    const after = await cli(['check', '--format', 'json', '--baseline', 'accepted.json', 'baseline']);
    const fresh = (JSON.parse(after.stdout) as { files: Array<{ path: string; findings: JsonFinding[] }> }).files.filter(
      (f) => f.findings.length > 0,
    );
    expect(fresh.map((f) => f.path)).toEqual([`baseline/${clean.file}`]);
    expect(fresh[0]!.findings.map((f) => [f.id, f.data?.cell, f.severity])).toEqual([['sum/review-total', 't4.rv.tot', 'error']]);
    expect(after.code).toBe(1);
  }, 60_000);

  it('fingerprints name agency, year, check and cell, not lines', () => {
    const draft = '示例县民政局2022年政府信息公开工作年度报告\n\n一、总体情况\n正文。\n';
    const a = analyze(draft);
    const b = analyze(`\n\n${draft}`);
    expect(a.findings.length).toBeGreaterThan(0);
    const print = (x: typeof a) => fingerprintFindings(x.doc, x.findings, '示例县民政局', 2022).map((f) => f.fingerprint);
    expect(print(b)).toEqual(print(a));
    expect(new Set(print(a)).size).toBe(a.findings.length);
    expect(fingerprintFindings(a.doc, a.findings, '示例县财政局', 2022)[0]!.fingerprint).not.toBe(print(a)[0]);
    expect(fingerprintFindings(a.doc, a.findings, '示例县民政局', 2022)[0]!.key).toMatch(/^示例县民政局\|2022\|/);
  });

  it('leaves out findings dismissed in .nianbao.json by fingerprint, and says how many', async () => {
    const manifest = corpus('dismiss', 6, 1);
    const before = (
      JSON.parse((await cli(['check', '--format', 'json', 'dismiss'])).stdout) as { files: Array<{ findings: JsonFinding[] }> }
    ).files;
    const all = before.flatMap((f) => f.findings);
    expect(all.length).toBeGreaterThan(1);
    const [first, second] = all;
    fs.writeFileSync(
      path.join(root, 'dismiss', '.nianbao.json'),
      JSON.stringify({ dismissed: [first!.fingerprint, { fingerprint: second!.fingerprint, note: '已核实' }] }),
    );
    const after = await cli(['check', 'dismiss']);
    expect(after.stdout).toMatch(new RegExp(`；2 个已忽略的问题未列出\n$`));
    const left = (
      JSON.parse((await cli(['check', '--format', 'json', 'dismiss'])).stdout) as { files: Array<{ findings: JsonFinding[] }> }
    ).files.flatMap((f) => f.findings);
    expect(left.map((f) => f.fingerprint)).toEqual(all.slice(2).map((f) => f.fingerprint));
    expect(manifest.reports.length).toBe(6);
    fs.writeFileSync(path.join(root, 'dismiss', '.nianbao.json'), JSON.stringify({ dismissed: 'all' }));
    const broken = await cli(['check', 'dismiss']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('"dismissed" 应为数组');
  });

  it('refuses a baseline file it did not write', async () => {
    fs.writeFileSync(path.join(root, 'bogus.json'), '[1, 2]');
    const { code, stderr } = await cli(['check', '--baseline', 'bogus.json', 'baseline']);
    expect(code).toBe(2);
    expect(stderr).toContain('基线文件格式不对');
  });
});

// An invented draft whose second heading lacks its number: the one safe fix of the draft.
const DRAFT = [
  '示例县水利局2022年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '2022年，示例县水利局认真落实政府信息公开工作要求。',
  '主动公开政府信息情况',
  '本年主动公开信息80条。',
  '三、收到和处理政府信息公开申请情况',
  '本年未收到申请。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年无行政复议、行政诉讼。',
  '五、存在的主要问题及改进情况',
  '无。',
  '六、其他需要报告的事项',
  '无。',
  '',
  '示例县水利局',
  '2023年1月10日',
  '',
].join('\n');

describe('--fix a reviewer can trust', () => {
  it('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = path.join(root, 'dry');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'draft.txt');
    const bytes = iconv.encode(DRAFT.replace(/\n/g, '\r\n'), 'gb18030');
    fs.writeFileSync(file, bytes);
    const { stdout } = await cli(['check', '--fix', '--dry-run', 'dry/draft.txt']);
    expect(stdout).toContain(
      [
        '--- a/dry/draft.txt',
        '+++ b/dry/draft.txt',
        '@@ -2,7 +2,7 @@',
        ' ',
        ' 一、总体情况',
        ' 2022年，示例县水利局认真落实政府信息公开工作要求。',
        '-主动公开政府信息情况',
        '+二、主动公开政府信息情况',
        ' 本年主动公开信息80条。',
      ].join('\n'),
    );
    expect(stdout).toContain('dry/draft.txt：将修复 1 处\n  dry/draft.txt:5  ');
    expect(stdout).not.toMatch(/修复并写回/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--fix lists each change and keeps encoding and line endings byte for byte outside the edit', async () => {
    const file = path.join(root, 'dry', 'draft.txt');
    const before = fs.readFileSync(file);
    const { stdout } = await cli(['check', '--fix', 'dry/draft.txt']);
    expect(stdout).toMatch(/dry\/draft\.txt：已修复 1 处\n {2}dry\/draft\.txt:5 {2}\S.*\[section\/unnumbered\]\n/);
    expect(stdout).toMatch(/修复并写回 1 个文件/);
    const after = fs.readFileSync(file);
    const inserted = iconv.encode('二、', 'gb18030');
    // The only difference: the inserted number, at the start of line 5.
    const at = before.indexOf(iconv.encode('\r\n主动公开', 'gb18030')) + 2;
    expect(Buffer.concat([before.subarray(0, at), inserted, before.subarray(at)]).equals(after)).toBe(true);
  });

  it('renders a diff with context, separate hunks and no change', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const b = [...a];
    b[1] = 'changed 2';
    b.splice(15, 1);
    expect(unifiedDiff(a.join('\n'), a.join('\n'), 'x')).toBe('');
    expect(unifiedDiff(a.join('\n'), b.join('\n'), 'x')).toBe(
      [
        '--- a/x',
        '+++ b/x',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+changed 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -13,7 +13,6 @@',
        ' line 13',
        ' line 14',
        ' line 15',
        '-line 16',
        ' line 17',
        ' line 18',
        ' line 19',
        '',
      ].join('\n'),
    );
  });
});

describe('walking folders', () => {
  it('--include and --exclude filter by glob and the skipped files are counted by reason', async () => {
    const dir = path.join(root, 'walk');
    for (const name of ['a/one.txt', 'a/two.md', 'b/three.txt', 'b/keep/four.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), DRAFT);
    }
    fs.writeFileSync(path.join(dir, 'a', 'scan.png'), 'PNG');
    fs.writeFileSync(path.join(dir, 'a', 'notes.txt'), '会议纪要');
    fs.writeFileSync(path.join(dir, '.nianbao.json'), '{}');
    const listed = async (...args: string[]) => {
      const run = await cli(['check', '--format', 'json', ...args, 'walk']);
      return { paths: (JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path), stderr: run.stderr };
    };
    const all = await listed();
    expect(all.paths).toEqual(['walk/a/one.txt', 'walk/a/two.md', 'walk/b/keep/four.txt', 'walk/b/three.txt']);
    expect(all.stderr).toBe('nianbao: 跳过 2 个文件：1 个不是年度报告；1 个文件类型不支持（.png 1）\n');
    expect((await listed('--exclude', 'b/**')).paths).toEqual(['walk/a/one.txt', 'walk/a/two.md']);
    expect((await listed('--include', '*.md')).paths).toEqual(['walk/a/two.md']);
    const mixed = await listed('--include', 'b/**', '--exclude', '**/keep/*');
    expect(mixed.paths).toEqual(['walk/b/three.txt']);
    expect(mixed.stderr).toBe('nianbao: 跳过 5 个文件：5 个被 --include/--exclude 排除\n');
    expect(globToRegExp('**/*.{txt,md}').test('x/y/z.md')).toBe(true);
    expect(globToRegExp('*.txt').test('x/y.txt')).toBe(false);
  });

  it('--summary: a line per report, totals and the most frequent checks', async () => {
    const manifest = corpus('summary', 8, 0.5);
    const { stdout } = await cli(['check', '--summary', 'summary']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^机关\s+年度\s+格式\s+错误\s+警告\s+无法核对\s+文件$/);
    manifest.reports.forEach((report, i) => {
      const errors = report.planted.filter((p) => p.check !== null).length > 0;
      expect(lines[i + 1]).toMatch(
        new RegExp(
          `^${report.agency}\\s+${report.year}\\s+${report.format}\\s+${errors ? '[1-9]\\d*' : '0'}\\s+0\\s+0\\s+summary/${report.file}$`,
        ),
      );
    });
    const totalsAt = lines.findIndex((line) => /^检查了 8 个文件：/.test(line));
    expect(totalsAt).toBeGreaterThan(manifest.reports.length);
    // Between the report lines and the totals: only the findings across reports (the planted carry-over breaks).
    const between = lines.slice(manifest.reports.length + 1, totalsAt).filter((line) => line !== '');
    const breaks = manifest.reports.filter((r) => r.planted.some((p) => p.kind === 'carryover'));
    expect(between).toEqual(
      breaks.length
        ? ['跨报告核对（读完所有报告后得出）：', ...breaks.map((r) => `  summary/${r.file}  2 个问题  [workspace/carryover]`)]
        : [],
    );
    if (manifest.reports.some((r) => r.planted.some((p) => p.check))) {
      expect(lines).toContain('最常见的检查：');
      expect(lines.at(-1)).toMatch(/^ {2}(?:sum\/[a-z-]+|workspace\/carryover) +\d+$/);
    }
  });

  it('draws a progress bar only on a terminal, and clears it', async () => {
    const onTerminal = await cli(['check', 'summary'], { stderrIsTTY: true, columns: 60 });
    // Ten files read (eight reports, a README and a note): the last frame is full.
    expect(onTerminal.stderr).toMatch(/\r\[#+\] 10\/10\r\x1b\[K/);
    expect(onTerminal.stderr).toContain('\r\x1b[K');
    const piped = await cli(['check', 'summary']);
    expect(piped.stderr).not.toContain('\r');
  });

  it("refuses a file beyond the language server's size limit, with a message for that file", async () => {
    expect(MAX_REPORT_LENGTH).toBe(MAX_DOCUMENT_LENGTH);
    fs.writeFileSync(path.join(root, 'huge.txt'), `${DRAFT}${'正文。'.repeat(MAX_REPORT_LENGTH / 3 + 10)}`);
    const { code, stderr } = await cli(['check', 'huge.txt']);
    expect(stderr).toBe('nianbao: huge.txt: 文件超过 2 MB 的上限，未检查\n');
    expect(code).toBe(2);
  });
});

/** The entries of a zip archive, inflated (enough of the format to read what xlsx.ts writes). */
function unzip(bytes: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  let offset = 0;
  while (bytes.readUInt32LE(offset) === 0x04034b50) {
    const size = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extra = bytes.readUInt16LE(offset + 28);
    const name = bytes.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extra;
    entries.set(name, zlib.inflateRawSync(bytes.subarray(start, start + size)).toString('utf8'));
    offset = start + size;
  }
  return entries;
}

describe('-o FILE', () => {
  it('writes check and export output to the file instead of stdout', async () => {
    const json = await cli(['check', '--format', 'json', '-o', 'out/findings.json', 'summary']);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/ENOENT/);
    fs.mkdirSync(path.join(root, 'out'));
    const written = await cli(['check', '--format', 'json', '-o', 'out/findings.json', 'summary']);
    expect(written.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out', 'findings.json'), 'utf8')).files).toHaveLength(8);
    await cli(['export', '--format', 'csv', '--output=out/tables.csv', 'summary']);
    expect(
      fs
        .readFileSync(path.join(root, 'out', 'tables.csv'), 'utf8')
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(9);
  });
});

describe('export --format xlsx', () => {
  it('writes a workbook with the same header and rows as the CSV', async () => {
    const manifest = corpus('sheet', 5);
    const { code } = await cli(['export', '--format', 'xlsx', '-o', 'audit.xlsx', 'sheet']);
    expect(code).toBe(0);
    const parts = unzip(fs.readFileSync(path.join(root, 'audit.xlsx')));
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.match(/<row /g)).toHaveLength(6);
    expect(sheet).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">机关</t></is></c>');
    expect(sheet).toContain('表三·（七）总计·自然人');
    expect(sheet).toContain(
      `<c r="A2" t="inlineStr"><is><t xml:space="preserve">${manifest.reports[0]!.agency}</t></is></c><c r="B2"><v>${manifest.reports[0]!.year}</v></c>`,
    );
    expect((await cli(['export', '--format', 'xlsx', 'sheet'])).code).toBe(2);
  });
});

describe('--fix applies only verified fixes', () => {
  it('leaves blank result rows alone when 0 would contradict the stated （七）总计, and lists nothing', async () => {
    const values = cloneValues(defaultValues());
    for (const row of ['r1', 'r2']) values.t3[row] = ['', '', '', '', '', '', ''] as unknown as number[];
    const text = buildReport(values);
    // A 0 in every blank breaks the results total, which （七）总计 states.
    expect(
      analyze(text)
        .doc.tables.find((t) => t.kind === 't3')!
        .cells.get('t3.r7.tot')!.value,
    ).toBeGreaterThan(0);
    fs.mkdirSync(path.join(root, 'verified'));
    const file = path.join(root, 'verified', '示例县教育局2023年政府信息公开工作年度报告.txt');
    fs.writeFileSync(file, text);
    const run = await cli(['check', '--fix', file]);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(run.stdout).not.toMatch(/已修复/);
    const json = JSON.parse((await cli(['check', '--format', 'json', file])).stdout) as {
      files: Array<{ findings: Array<{ id: string; fixes: Array<{ safe: boolean }> }> }>;
    };
    const blank = json.files[0]!.findings.find((f) => f.id === 'table/cell-blank')!;
    expect(blank.fixes.every((f) => !f.safe)).toBe(true);
  });
});

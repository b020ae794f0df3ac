// Tests of the `nianbao` command line: encodings, folders, unreadable files, the three check formats,
// export, --fix, configuration and exit statuses. Most run the CLI in-process; one spawns the bundle.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleEntry } from './util/bundle';
import { T3_LABELS } from './fixtures/labels';
import * as iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../server/src/cli/main';
import { fixText } from '../server/src/cli/main';
import { decodeBytes } from '../server/src/cli/decode';
import { ALL_CHECKS, analyze } from '../server/src/service';
import type { AnalyzeOptions } from '../server/src/service';

// An invented draft: the second section's heading has no number and （二） is skipped, so the checks
// that exist today report something, and more will once the remaining checks land.
const DRAFT = `示例县农业农村局2022年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》编制。

一、总体情况
2022年，示例县农业农村局认真落实政府信息公开工作要求。
主动公开政府信息情况
本年主动公开信息120条。
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
四、政府信息公开行政复议、行政诉讼情况
本年无行政复议、行政诉讼。
五、存在的主要问题及改进情况
（一）存在问题。公开内容不够全面。
（三）改进措施。2023年将加强培训。
六、其他需要报告的事项
本机关未收取信息处理费。

示例县农业农村局
2023年1月20日
`;

const README = '# 说明\n\n这个目录放草稿。\n';

let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh folder under the test's temporary root. */
function folder(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Table 三 in tab rows whose （一）予以公开 row states 9 where its applicants add up to 8. */
const DRAFT_TOTALS = [
  '三、收到和处理政府信息公开申请情况',
  '',
  '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
  ...T3_LABELS.map(([id, label]) => `${label}\t${id === 'r1' ? '6\t2\t0\t0\t0\t0\t9' : '0\t0\t0\t0\t0\t0\t0'}`),
  '',
].join('\n');

function write(file: string, content: string | Buffer): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function encodings(text: string): Record<string, Buffer> {
  return {
    'utf8.txt': Buffer.from(text, 'utf8'),
    'utf8bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le', { addBOM: false })]),
    'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be', { addBOM: false })]),
    'gb18030.txt': iconv.encode(text, 'gb18030'),
  };
}

/** The exit status the CLI owes for one file of this text: 1 if the core finds an error in it, else 0. */
function statusFor(text: string, options: AnalyzeOptions = {}): number {
  return analyze(text, options).findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function cli(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface JsonFinding {
  id: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related: unknown[];
  fixes: Array<{ title: string; edits: unknown[] }>;
}
interface JsonOutput {
  files: Array<{ path: string; report: { year: number | null; agency: string | null; format: string | null }; findings: JsonFinding[] }>;
}

describe('reading files', () => {
  it('decodes UTF-8 with and without BOM, UTF-16 LE/BE with BOM and GB18030 to the same findings', async () => {
    const dir = folder('encodings');
    for (const [name, bytes] of Object.entries(encodings(DRAFT))) write(path.join(dir, name), bytes);
    // The GB18030 file really is not UTF-8, so the fallback is what reads it.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(dir, 'gb18030.txt')))).toThrow();

    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'encodings'], root);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.files.map((f) => f.path)).toEqual([
      'encodings/gb18030.txt',
      'encodings/utf16be.txt',
      'encodings/utf16le.txt',
      'encodings/utf8.txt',
      'encodings/utf8bom.txt',
    ]);
    const reference = analyze(DRAFT).findings.map((f) => `${f.id}@${f.range.start}`);
    expect(reference.length).toBeGreaterThan(0);
    const shapes = out.files.map((f) => JSON.stringify({ report: f.report, findings: f.findings }));
    expect(new Set(shapes).size).toBe(1);
    expect(out.files[0]!.findings).toHaveLength(reference.length);
    expect(out.files[0]!.report).toEqual({ year: 2022, agency: '示例县农业农村局', format: '2021' });
    expect(code).toBe(statusFor(DRAFT));
  });

  it('reports a binary file and an undecodable file on stderr, in Chinese by default, and goes on', async () => {
    const dir = folder('broken');
    write(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    write(path.join(dir, 'garbage.txt'), Buffer.from([0xff, 0xff, 0xfe, 0x80, 0x41, 0xff]));
    write(path.join(dir, 'good.txt'), DRAFT);
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'broken', 'broken/missing.txt']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^nianbao: broken\/missing\.txt: 文件或目录不存在$/);
    expect(lines.find((l) => l.includes('broken/image.txt'))).toMatch(/不是文本文件/);
    expect(lines.find((l) => l.includes('broken/garbage.txt'))).toMatch(/无法识别编码/);
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.files.map((f) => f.path)).toEqual(['broken/good.txt']);
    expect(code).toBe(2);
  });

  it('walks folders for .txt and .md reports, skipping node_modules, hidden folders and other files', async () => {
    const dir = folder('tree');
    write(path.join(dir, 'a.txt'), DRAFT);
    write(path.join(dir, 'sub', 'deeper', 'b.TXT'), DRAFT);
    write(path.join(dir, 'sub', 'c.md'), `# ${DRAFT}`);
    write(path.join(dir, 'README.md'), README);
    // (.pdf, .html and .docx are read through the importers: test/import/cli.test.ts.)
    write(path.join(dir, 'notes.odt'), DRAFT);
    write(path.join(dir, 'node_modules', 'x.txt'), DRAFT);
    write(path.join(dir, '.git', 'y.txt'), DRAFT);
    const explicit = write(path.join(dir, 'named.report'), DRAFT);
    const { stdout, code } = await cli(['check', '--format', 'json', 'tree', path.relative(root, explicit), 'tree/README.md']);
    const paths = (JSON.parse(stdout) as JsonOutput).files.map((f) => f.path);
    // Named files are always checked, even a README; found ones only when they are .txt or a report in .md.
    expect(paths).toEqual(['tree/README.md', 'tree/a.txt', 'tree/sub/c.md', 'tree/sub/deeper/b.TXT', 'tree/named.report']);
    expect(code).toBe(Math.max(statusFor(DRAFT), statusFor(README), statusFor(`# ${DRAFT}`)));
  });

  it('decodes each supported encoding and refuses NUL bytes', async () => {
    for (const [name, bytes] of Object.entries(encodings('政府信息公开 年度报告'))) {
      const decoded = decodeBytes(bytes);
      expect(decoded, name).toMatchObject({ ok: true, text: '政府信息公开 年度报告' });
    }
    expect(decodeBytes(Buffer.from('a\u0000b'))).toMatchObject({ ok: false });
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ ok: true, text: '', encoding: 'utf8' });
  });
});

describe('output formats', () => {
  let file: string;
  beforeAll(() => {
    file = path.relative(root, write(path.join(folder('formats'), '示例年报.txt'), DRAFT));
  });

  it('text: one linter-style line per finding and a summary', async () => {
    const { stdout, code } = await cli(['check', file]);
    const lines = stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    // The draft has no readable table at all: the summary says so instead of passing silently.
    expect(summary).toMatch(/^检查了 1 个文件：\d+ 个错误，\d+ 个警告，\d+ 个提示；3 张表格无法核对$/);
    const findingLines = lines.filter((l) => l !== '');
    expect(findingLines.length).toBe(analyze(DRAFT).findings.length);
    for (const line of findingLines) {
      expect(line).toMatch(/^formats\/示例年报\.txt:\d+:\d+ {2}(error|warning|information|hint) {2}\S.* {2}\[[a-z0-9]+\/[a-z0-9-]+\]$/);
    }
    expect(findingLines).toContain(
      'formats/示例年报.txt:7:1  warning  标题“主动公开政府信息情况”缺少编号，应写作“二、主动公开政府信息情况”  [section/unnumbered]',
    );
    expect(code).toBe(statusFor(DRAFT));
  });

  it('json: the DESIGN.md shape with 0-based lines and UTF-16 characters', async () => {
    const out = JSON.parse((await cli(['check', '--format=json', file])).stdout) as JsonOutput;
    expect(Object.keys(out)).toEqual(['files']);
    const entry = out.files[0]!;
    expect(Object.keys(entry)).toEqual(['path', 'report', 'tables', 'findings']);
    // The per-table read state of doc.tableStatus, the same record export uses.
    expect((entry as unknown as { tables: Array<{ table: string; state: string; rows: string[] }> }).tables).toEqual(
      analyze(DRAFT).doc.tableStatus.map((s) => ({
        table: s.kind,
        state: s.state,
        rows: s.rows,
        ...(s.reason ? { reason: s.reason } : {}),
      })),
    );
    const unnumbered = entry!.findings.find((f) => f.id === 'section/unnumbered');
    expect(unnumbered).toBeDefined();
    expect(unnumbered!.range).toEqual({ start: { line: 6, character: 0 }, end: { line: 6, character: 10 } });
    for (const finding of entry!.findings) {
      // The DESIGN.md keys, plus `data` (the table and cell) on findings that are about a table.
      const keys = Object.keys(finding);
      expect(keys.filter((k) => k !== 'data')).toEqual(['id', 'severity', 'message', 'range', 'related', 'fixes', 'fingerprint']);
      expect((finding as unknown as { fingerprint: string }).fingerprint).toMatch(/^[0-9a-f]{16}$/);
      if (finding.id.startsWith('table/') || finding.id.startsWith('sum/'))
        expect((finding as { data?: { table?: string } }).data?.table).toMatch(/^t[234]$/);
      expect(['error', 'warning', 'information', 'hint']).toContain(finding.severity);
      for (const fix of finding.fixes) expect(Object.keys(fix)).toEqual(['title', 'safe', 'edits']);
    }
  });

  it('json: a table finding names its table and cell', async () => {
    const lines = DRAFT_TOTALS.split('\n');
    const draft = write(path.join(root, 'totals', 'report.nianbao.txt'), DRAFT_TOTALS);
    const out = JSON.parse((await cli(['check', '--format', 'json', draft])).stdout) as JsonOutput;
    const sum = out.files[0]!.findings.find((f) => f.id === 'sum/row-total') as (JsonFinding & { data?: unknown }) | undefined;
    expect(sum?.data).toMatchObject({ table: 't3', cell: 't3.r1.tot' });
    expect(lines[sum!.range.start.line]!.slice(sum!.range.start.character, sum!.range.end.character)).toBe('9');
  });

  it('sarif: a valid SARIF 2.1.0 log with rules, levels, 1-based regions and related locations', async () => {
    const { stdout, code } = await cli(['check', '--format', 'sarif', file]);
    expect(code).toBe(statusFor(DRAFT));
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('nianbao');
    const ruleIds: string[] = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results.length).toBe(analyze(DRAFT).findings.length);
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(ruleIds).toContain(result.ruleId);
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).toBeTruthy();
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe(encodeURIComponent('formats') + '/' + encodeURIComponent('示例年报.txt'));
      expect(location.artifactLocation.uriBaseId).toBe('SRCROOT');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
      for (const related of result.relatedLocations ?? []) {
        expect(related.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
        expect(related.message.text).toBeTruthy();
      }
    }
    const unnumbered = run.results.find((r: { ruleId: string }) => r.ruleId === 'section/unnumbered');
    expect(unnumbered.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 1, endLine: 7, endColumn: 11 });
    expect(unnumbered.level).toBe('warning');
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });
});

describe('exit status and configuration', () => {
  it('is 1 when a finding is an error, here by raising a check in the nearest .nianbao.json', async () => {
    const dir = folder('strict');
    write(path.join(dir, '.nianbao.json'), JSON.stringify({ checks: { 'section/unnumbered': 'error' } }));
    write(path.join(dir, 'nested', 'draft.txt'), DRAFT);
    const { code, stdout } = await cli(['check', 'strict']);
    expect(stdout).toContain('  error  标题“主动公开政府信息情况”缺少编号');
    expect(code).toBe(1);
  });

  it('is 0 when --config turns the checks off, and --config wins over .nianbao.json', async () => {
    const ids = new Set([...ALL_CHECKS.map((c) => c.id), ...analyze(DRAFT).findings.map((f) => f.id)]);
    const config = write(
      path.join(folder('quiet'), 'all-off.json'),
      JSON.stringify({ checks: Object.fromEntries([...ids].map((id) => [id, 'off'])) }),
    );
    const { code, stdout } = await cli(['check', '--format', 'json', '--config', path.relative(root, config), 'strict']);
    expect((JSON.parse(stdout) as JsonOutput).files[0]!.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('applies reportYear from the configuration', async () => {
    const config = write(path.join(folder('year'), 'year.json'), JSON.stringify({ reportYear: 2020 }));
    const out = JSON.parse((await cli(['check', '--format', 'json', '--config', config, 'formats'])).stdout) as JsonOutput;
    expect(out.files[0]!.report.year).toBe(2020);
    expect(out.files[0]!.report.format).toBe('2019');
  });

  it('is 2 for usage problems and broken configuration', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['lint', 'x'])).code).toBe(2);
    expect((await cli(['check'])).code).toBe(2);
    expect((await cli(['check', '--format', 'xml', 'formats'])).code).toBe(2);
    expect((await cli(['check', '--bogus', 'formats'])).code).toBe(2);
    expect((await cli(['export', '--fix', 'formats'])).code).toBe(2);
    expect((await cli(['export', '--format', 'sarif', 'formats'])).code).toBe(2);
    expect((await cli(['check', '--dry-run', 'formats'])).stderr).toMatch(/^nianbao: --dry-run 只能与 --fix 同用\n/);
    expect((await cli(['check', '--summary', '--format', 'json', 'formats'])).code).toBe(2);
    expect((await cli(['check', '--jobs', '0', 'formats'])).code).toBe(2);
    expect((await cli(['check', '--jobs=x', 'formats'])).code).toBe(2);
    expect((await cli(['check', '--include', 'formats'])).code).toBe(2);
    expect((await cli(['export', '--baseline', 'b.json', 'formats'])).code).toBe(2);
    const bad = write(path.join(folder('badconfig'), 'bad.json'), '{"checks": {"sum/balance": "loud"}}');
    const result = await cli(['check', '--config', bad, 'formats']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/off、error、warning、information 或 hint/);
    const broken = folder('brokenconfig');
    write(path.join(broken, '.nianbao.json'), '{ not json');
    write(path.join(broken, 'draft.txt'), DRAFT);
    const walked = await cli(['check', 'brokenconfig']);
    expect(walked.stderr).toMatch(/\.nianbao\.json: 配置文件不是有效的 JSON/);
    expect(walked.code).toBe(2);
  });

  it('prints usage for --help and the version for --version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('nianbao check [--format text|json|sarif] [--fix] [--config FILE] <file|dir>...');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('--fix', () => {
  it('leaves a GBK file alone when it cannot be written back byte for byte', async () => {
    const dir = folder('gbk-roundtrip');
    // 0x80 is the euro sign in code page 936 but encodes back as A2 E3: re-encoding would alter that line.
    const bytes = Buffer.concat([iconv.encode(DRAFT, 'gb18030'), Buffer.from([0x80, 0x0a])]);
    const file = write(path.join(dir, 'report.txt'), bytes);
    const { stderr, stdout } = await cli(['check', '--fix', path.relative(root, file)]);
    expect(stderr).toContain('此文件的编码无法原样写回，未写入修复');
    expect(stdout).not.toMatch(/修复并写回/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a named FIFO instead of waiting on it, and counts a file reached through a link once', async () => {
    const dir = folder('special');
    const fifo = path.join(dir, 'pipe.txt');
    const made = spawnSync('mkfifo', [fifo]);
    const report = write(path.join(dir, 'r.txt'), DRAFT);
    fs.symlinkSync('r.txt', path.join(dir, 'link.txt'));
    if (made.status === 0) {
      const { stderr } = await cli(['check', path.relative(root, fifo)]);
      expect(stderr).toContain('不是普通文件');
    }
    const out = JSON.parse((await cli(['check', '--format', 'json', path.relative(root, dir)])).stdout) as JsonOutput;
    expect(out.files.map((f) => f.path)).toEqual([`${path.relative(root, dir)}/link.txt`]);
    expect(fs.existsSync(report)).toBe(true);
  });

  it('writes the safe fixes back in the encoding the file came in', async () => {
    const dir = folder('fix');
    const expected = fixText(DRAFT, analyze(DRAFT), {}).text;
    // The unnumbered heading's number is a safe fix, so there is something to write.
    expect(expected).toContain('\n二、主动公开政府信息情况\n');
    const files = encodings(DRAFT);
    for (const [name, bytes] of Object.entries(files)) write(path.join(dir, name), bytes);
    const { code, stdout } = await cli(['check', '--fix', 'fix']);
    expect(stdout).toMatch(/；修复并写回 5 个文件\n$/);
    expect(code).toBe(statusFor(expected));
    for (const [name, original] of Object.entries(files)) {
      const bytes = fs.readFileSync(path.join(dir, name));
      const decoded = decodeBytes(bytes);
      expect(decoded.ok && decoded.text, name).toBe(expected);
      expect(bytes.subarray(0, 2).equals(original.subarray(0, 2)), name).toBe(true);
      const again = decodeBytes(original);
      expect(decoded.ok && again.ok && decoded.encoding === again.encoding, name).toBe(true);
    }
    // Nothing safe is left to fix, so a second run writes nothing.
    expect((await cli(['check', '--fix', 'fix'])).stdout).not.toMatch(/修复并写回/);
  });
});

describe('export', () => {
  it('json: tables by cell id, blanks as null, parse states per table', async () => {
    const dir = folder('export');
    write(path.join(dir, 'a.txt'), DRAFT);
    const { code, stdout, stderr } = await cli(['export', 'export']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.files).toHaveLength(1);
    const [entry] = out.files;
    expect(Object.keys(entry)).toEqual(['path', 'report', 'tables', 'parse', 'tableStatus']);
    expect(entry.path).toBe('export/a.txt');
    expect(Object.keys(entry.tables)).toEqual(['t2', 't3', 't4']);
    // Export and check read the same doc.tableStatus, so they always agree.
    const status = analyze(DRAFT).doc.tableStatus;
    for (const s of status) expect(entry.parse[s.kind]).toBe(s.state);
    const checked = JSON.parse((await cli(['check', '--format', 'json', 'export'])).stdout);
    expect(checked.files[0].tables).toEqual(entry.tableStatus);
    expect(entry.parse.t2).toBe('missing');
  });

  it('csv: a UTF-8 BOM, Chinese headers, one line per file; unread cells are ?, never 0', async () => {
    const { code, stdout } = await cli(['export', '--format', 'csv', 'export', 'totals/report.nianbao.txt']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeff')).toBe(true);
    const lines = stdout.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['机关', '年度', '格式', '源文件']);
    for (const name of [
      '表二·规章·本年制发件数',
      '表三·（七）总计·自然人',
      '表三·一、本年新收政府信息公开申请数量·总计',
      '表四·行政复议·结果维持',
      '表二·规章·本年新制作数量',
    ]) {
      expect(header).toContain(name);
    }
    expect(header.slice(-3)).toEqual(['表二状态', '表三状态', '表四状态']);
    const draft = lines[1]!.split(',');
    expect(draft).toHaveLength(header.length);
    expect(draft[header.indexOf('机关')]).toBe('示例县农业农村局');
    expect(draft[header.indexOf('年度')]).toBe('2022');
    // Table 三 of this draft has only its first two rows: they are exported, the rows it lacks are
    // marked, not left blank and never 0; tables 二 and 四 are not there at all.
    expect(analyze(DRAFT).doc.tableStatus.map((s) => s.state)).toEqual(['missing', 'partial', 'missing']);
    expect(draft[header.indexOf('表三·一、本年新收政府信息公开申请数量·总计')]).toBe('3');
    expect(draft[header.indexOf('表三·（七）总计·自然人')]).toBe('?');
    expect(draft[header.indexOf('表四·行政复议·结果维持')]).toBe('?');
    expect(draft.slice(-3)).toEqual(['未找到', '部分读取', '未找到']);
    // The 2019-only columns stay blank for a 2021-format report.
    expect(draft[header.indexOf('表二·规章·本年新制作数量')]).toBe('');
    const totals = lines[2]!.split(',');
    expect(totals[header.indexOf('源文件')]).toBe('totals/report.nianbao.txt');
    expect(totals[header.indexOf('表三·（一）予以公开·总计')]).toBe('9');
    expect(totals[header.indexOf('表三·（一）予以公开·自然人')]).toBe('6');
  });
});

describe('the bundled command', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = path.join(root, 'bundle', 'cli.js');
    await bundleEntry('cli', bundle);
  });

  it('runs as a process with its exit status and reads GB18030', async () => {
    const file = write(path.join(folder('process'), 'gbk.txt'), iconv.encode(DRAFT, 'gb18030'));
    const ok = spawnSync(process.execPath, [bundle, 'check', '--format', 'json', file], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(statusFor(DRAFT));
    expect((JSON.parse(ok.stdout) as JsonOutput).files[0]!.report.agency).toBe('示例县农业农村局');
    const usage = spawnSync(process.execPath, [bundle, 'check'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(fs.readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

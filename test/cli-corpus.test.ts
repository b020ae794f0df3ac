// The CLI over a folder of 200 generated reports (test/generate): `check --format json` finds exactly the
// planted errors and nothing in the clean reports, `export --format csv` gives back every generated number
// under its Chinese header, non-reports are skipped and counted, and worker threads change nothing but speed.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../server/src/cli/main';
import { TABLES, cellName } from '../server/src/service';
import type { FormatId } from '../server/src/service';
import { generateCorpus, type Manifest } from './generate/reports';
import { bundleEntry } from './util/bundle';

let root: string;
let corpus: string;
let manifest: Manifest;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-corpus-'));
  corpus = path.join(root, 'reports');
  manifest = generateCorpus(corpus, { count: 200, seed: 20240131, errorRate: 0.15, perFolder: 50 });
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface JsonFile {
  path: string;
  report: { year: number | null; agency: string | null; format: string | null };
  tables: Array<{ table: string; state: string }>;
  findings: Array<{ id: string; severity: string; data?: { cell?: string } }>;
}

/** Splits a CSV line of this exporter (fields are quoted only when they hold a comma, quote or line break). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else value += line[i++];
      }
      fields.push(value);
      i += 2;
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

/** Header → cell id for the tables of one format, as the export names them. */
function headersOf(format: FormatId): Map<string, string> {
  const map = new Map<string, string>();
  for (const kind of ['t2', 't3', 't4'] as const) {
    const template = TABLES[format][kind];
    for (const row of template.rows)
      row.cellIds.forEach((id) => map.set(`${template.name}·${cellName(TABLES, template.format, id, 'export')}`, id));
  }
  return map;
}

describe('a generated folder', () => {
  it('mixes formats, layouts, encodings, consecutive years and planted errors', () => {
    const reports = manifest.reports;
    expect(reports).toHaveLength(200);
    for (const key of ['format', 'layout', 'encoding'] as const) expect(new Set(reports.map((r) => r[key])).size).toBe(2);
    const planted = reports.flatMap((r) => r.planted);
    expect(planted.filter((p) => p.check !== null).length).toBeGreaterThan(10);
    expect(planted.some((p) => p.kind === 'carryover')).toBe(true);
    // Consecutive years of one agency carry last year's 结转 over, unless a break was planted.
    const byAgency = new Map<string, typeof reports>();
    for (const r of reports) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r]);
    let pairs = 0;
    for (const list of byAgency.values()) {
      for (let i = 1; i < list.length; i++) {
        expect(list[i]!.year).toBe(list[i - 1]!.year + 1);
        if (!list[i]!.planted.some((p) => p.kind === 'carryover'))
          expect(list[i]!.cells['t3.carry.np']).toBe(list[i - 1]!.cells['t3.next.np']);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(80);
  });

  it('check --format json: every planted error found at its cell, no error or warning in clean reports, non-reports skipped', async () => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', 'reports']);
    expect(code).toBe(1);
    expect(stderr).toBe('nianbao: 跳过 2 个文件：2 个不是年度报告\n');
    const parsed = JSON.parse(stdout) as { files: JsonFile[]; crossDocument?: Array<{ path: string; findings: JsonFile['findings'] }> };
    const files = parsed.files;
    // Year over year: exactly the planted carry-over breaks (自然人 and 总计 of 上年结转), nothing else across files.
    const across = (parsed.crossDocument ?? [])
      .flatMap((entry) => entry.findings.map((f) => `${entry.path}|${f.id}|${f.data?.cell}`))
      .sort();
    const breaks = manifest.reports
      .filter((r) => r.planted.some((p) => p.kind === 'carryover'))
      .flatMap((r) => ['np', 'tot'].map((c) => `reports/${r.file}|workspace/carryover|t3.carry.${c}`))
      .sort();
    expect(breaks.length).toBeGreaterThan(0);
    expect(across).toEqual(breaks);
    expect(files.map((f) => f.path)).toEqual(manifest.reports.map((r) => `reports/${r.file}`));
    files.forEach((file, i) => {
      const expected = manifest.reports[i];
      expect(file.report).toEqual({ agency: expected!.agency, year: expected!.year, format: expected!.format });
      expect(
        file.tables.map((t) => t.state),
        file.path,
      ).toEqual(['read', 'read', 'read']);
      const serious = file.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const planted = expected!.planted.filter((p) => p.check !== null);
      for (const p of planted) {
        expect(
          serious.some((f) => f.id === p.check && f.data?.cell === p.cell && f.severity === 'error'),
          `${file.path}: ${p.check} at ${p.cell}`,
        ).toBe(true);
      }
      if (planted.length === 0) expect(serious, file.path).toEqual([]);
      // Nothing but sums is reported where a sum was broken.
      for (const f of serious) expect(f.id, file.path).toMatch(/^sum\//);
    });
  }, 60_000);

  it('export --format csv: every generated number under its Chinese header, blanks only where the format has no such cell', async () => {
    const { code, stdout } = await cli(['export', '--format', 'csv', 'reports']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeff')).toBe(true);
    const lines = stdout.slice(1).trimEnd().split('\r\n');
    const header = csvFields(lines[0]!);
    expect(lines).toHaveLength(manifest.reports.length + 1);
    const byFormat = { '2021': headersOf('2021'), '2019': headersOf('2019') };
    lines.slice(1).forEach((line, i) => {
      const report = manifest.reports[i];
      const fields = csvFields(line);
      expect(fields).toHaveLength(header.length);
      expect(fields.slice(0, 4)).toEqual([report!.agency, String(report!.year), report!.format, `reports/${report!.file}`]);
      const cells = byFormat[report!.format];
      for (let c = 4; c < header.length - 3; c++) {
        const id = cells.get(header[c]!);
        expect(fields[c], `${report!.file} ${header[c]}`).toBe(id === undefined ? '' : String(report!.cells[id]));
      }
      expect(fields.slice(-3)).toEqual(['已读取', '已读取', '已读取']);
    });
  }, 60_000);

  it('worker threads give the same output, byte for byte, as one thread', async () => {
    const bundle = path.join(root, 'bundle', 'cli.js');
    await bundleEntry('cli', bundle);
    const single = await cli(['check', '--format', 'sarif', 'reports/part-000']);
    const parallel = spawnSync(process.execPath, [bundle, 'check', '--format', 'sarif', '--jobs', '3', 'reports/part-000'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(parallel.status).toBe(single.code);
    // A bundle outside the repository finds no package.json for its version; everything else is equal.
    const unversioned = (text: string) => text.replace(/"(version|semanticVersion)": "\d+\.\d+\.\d+"/g, '"$1": "x"');
    expect(unversioned(parallel.stdout)).toBe(unversioned(single.stdout));
    const log = JSON.parse(parallel.stdout);
    expect(log.runs[0].artifacts).toHaveLength(50);
    expect(log.runs[0].artifacts[0].properties.tableStatus.map((s: { state: string }) => s.state)).toEqual(['read', 'read', 'read']);
    const csv = spawnSync(process.execPath, [bundle, 'export', '--format', 'csv', '--jobs', '2', 'reports/part-001'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(csv.stdout).toBe((await cli(['export', '--format', 'csv', 'reports/part-001'])).stdout);
  }, 120_000);
});

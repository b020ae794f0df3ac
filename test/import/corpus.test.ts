// A generated folder in mixed published forms (text, Markdown, web pages in UTF-8 and GB18030, Word and
// PDF, consecutive years, planted errors): the CLI finds exactly the planted errors and carry-over breaks
// whatever the form, and exports the generated numbers.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { generateCorpus, type Manifest } from '../generate/reports';

let root: string;
let manifest: Manifest;

// 48 reports by default; CI sets NIANBAO_CORPUS_COUNT=1000 to audit a thousand, as a reviewer would.
const COUNT = Number(process.env.NIANBAO_CORPUS_COUNT ?? 48);
const LIMIT = Math.max(120_000, COUNT * 600);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-import-corpus-'));
  manifest = generateCorpus(path.join(root, 'reports'), { count: COUNT, seed: 4242, errorRate: 0.3, forms: 0.7 });
}, LIMIT);

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
  findings: Array<{ id: string; severity: string; data?: { cell?: string }; source?: { kind: string } }>;
}

describe('a generated folder of published forms', () => {
  it('holds every form', () => {
    const forms = new Set(manifest.reports.map((r) => r.form ?? r.layout));
    expect([...forms].sort()).toEqual(['docx', 'html', 'md', 'pdf', 'txt']);
  });

  it(
    'check: the planted errors at their cells, nothing in clean reports, the carry-over breaks across forms',
    async () => {
      const { stdout, stderr } = await cli(['check', '--format', 'json', 'reports']);
      expect(stderr).toBe('nianbao: 跳过 2 个文件：2 个不是年度报告\n');
      const parsed = JSON.parse(stdout) as { files: JsonFile[]; crossDocument?: Array<{ path: string; findings: JsonFile['findings'] }> };
      expect(parsed.files.map((f) => f.path)).toEqual(manifest.reports.map((r) => `reports/${r.file}`));
      parsed.files.forEach((file, i) => {
        const expected = manifest.reports[i]!;
        expect(file.report, file.path).toEqual({ agency: expected.agency, year: expected.year, format: expected.format });
        expect(
          file.tables.map((t) => t.state),
          file.path,
        ).toEqual(['read', 'read', 'read']);
        const serious = file.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
        const planted = expected.planted.filter((p) => p.check !== null);
        for (const p of planted)
          expect(
            serious.some((f) => f.id === p.check && f.data?.cell === p.cell),
            `${file.path}: ${p.check} at ${p.cell}`,
          ).toBe(true);
        if (planted.length === 0) expect(serious, file.path).toEqual([]);
        // A finding in a published form says where it stands in it.
        if (expected.form) for (const f of file.findings) expect(f.source?.kind, file.path).toBe(expected.form);
      });
      const across = (parsed.crossDocument ?? [])
        .flatMap((entry) => entry.findings.map((f) => `${entry.path}|${f.id}|${f.data?.cell}`))
        .sort();
      const breaks = manifest.reports
        .filter((r) => r.planted.some((p) => p.kind === 'carryover'))
        .flatMap((r) => {
          // Last year's 总计 of 结转下年度 is compared only when its own row adds up: a planted row-total error
          // there leaves the 总计 column out of the comparison.
          const last = manifest.reports.find((o) => o.agency === r.agency && o.year === r.year - 1);
          const totTrusted = !last?.planted.some((p) => p.cell === 't3.next.tot');
          return (totTrusted ? ['np', 'tot'] : ['np']).map((c) => `reports/${r.file}|workspace/carryover|t3.carry.${c}`);
        })
        .sort();
      expect(across).toEqual(breaks);
    },
    LIMIT,
  );

  it(
    'export: every generated number back from every form',
    async () => {
      const { code, stdout } = await cli(['export', '--format', 'json', 'reports']);
      expect(code).toBe(0);
      const files = (JSON.parse(stdout) as { files: Array<{ path: string; tables: Record<string, Record<string, unknown>> }> }).files;
      expect(files).toHaveLength(manifest.reports.length);
      files.forEach((file, i) => {
        for (const [id, value] of Object.entries(manifest.reports[i]!.cells)) {
          const [kind, ...rest] = id.split('.');
          const table = file.tables[kind!]!;
          // Table 三 is nested by row (`r3.1`) and column (`np`); the others are keyed by the rest of the id.
          const got =
            kind === 't3'
              ? (table[rest.slice(0, -1).join('.')] as Record<string, unknown> | undefined)?.[rest[rest.length - 1]!]
              : table[rest.join('.')];
          expect(got, `${file.path} ${id}`).toBe(value);
        }
      });
    },
    LIMIT,
  );
});

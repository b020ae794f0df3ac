// The five real reports in ../shared/seeds against seeds/expected.json: every `must` is reported at
// error or warning level, no `mustNot` is reported, and every `may` stays within its maxSeverity.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, positionAt } from '../server/src/service';

const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');

interface Entry {
  id: string;
  from?: number;
  to?: number;
  maxSeverity?: string;
}

interface Expected {
  files: Record<string, { report: { year: number; format: string }; must: Entry[]; may: Entry[]; mustNot: Entry[] }>;
}

const matchesId = (entry: string, id: string) => (entry.endsWith('/*') ? id.startsWith(entry.slice(0, -1)) : entry === id);
const RANK: Record<string, number> = { hint: 0, information: 1, warning: 2, error: 3 };

const SEEDS_PRESENT = existsSync(join(SEEDS, 'expected.json'));

// Without ../shared/seeds the real reports cannot be checked: say so where the run shows it, and fail in
// CI, where the seeds are always laid beside the clone.
describe('the real reports are at hand', () => {
  if (!SEEDS_PRESENT && !process.env.CI) it.skip(`seed tests skipped: ${SEEDS} is missing`);
  it.runIf(!!process.env.CI)('finds ../shared/seeds/expected.json in CI', () => {
    expect(SEEDS_PRESENT, `${SEEDS} must exist in CI`).toBe(true);
  });
});

describe.skipIf(!SEEDS_PRESENT)('real reports in ../shared/seeds', () => {
  const expected: Expected = existsSync(join(SEEDS, 'expected.json'))
    ? JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8'))
    : { files: {} };
  // The loop below asserts only what expected.json lists: it must list every seed, with known severities.
  it('has expectations for every seed report', () => {
    const reports = readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(reports.length).toBeGreaterThan(0);
    expect(Object.keys(expected.files).sort()).toEqual(reports);
    const severities = Object.values(expected.files).flatMap((spec) => spec.may.map((m) => m.maxSeverity ?? 'error'));
    expect(severities.filter((s) => !(s in RANK))).toEqual([]);
  });
  for (const [file, spec] of Object.entries(expected.files)) {
    describe(file, () => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const analysis = analyze(text);
      const findings = analysis.findings.map((f) => ({ ...f, line: positionAt(analysis.doc.lineStarts, f.range.start).line + 1 }));
      const inRange = (entry: Entry, line: number) =>
        (entry.from === undefined || line >= entry.from) && (entry.to === undefined || line <= entry.to);

      it('detects the report year and format', () => {
        expect(analysis.doc.year).toBe(spec.report.year);
        expect(analysis.doc.expectedFormat).toBe(spec.report.format);
      });
      for (const entry of spec.must) {
        it(`reports ${entry.id} on lines ${entry.from}–${entry.to}`, () => {
          const hit = findings.filter((f) => matchesId(entry.id, f.id) && inRange(entry, f.line) && RANK[f.severity]! >= RANK.warning!);
          expect(
            hit.map((f) => `${f.id}@${f.line}`),
            JSON.stringify(findings.map((f) => `${f.id}@${f.line}`)),
          ).not.toHaveLength(0);
        });
      }
      for (const entry of spec.mustNot) {
        it(`does not report ${entry.id}`, () => {
          const hit = findings.filter((f) => matchesId(entry.id, f.id) && inRange(entry, f.line));
          expect(hit.map((f) => `${f.id}@${f.line}: ${f.message}`)).toEqual([]);
        });
      }
      it('keeps optional findings within their severity', () => {
        const tooStrong = findings.filter((f) =>
          spec.may.some((m) => matchesId(m.id, f.id) && inRange(m, f.line) && m.maxSeverity && RANK[f.severity]! > RANK[m.maxSeverity]!),
        );
        expect(tooStrong.map((f) => `${f.id}@${f.line}`)).toEqual([]);
      });
    });
  }
});

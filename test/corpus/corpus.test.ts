// The corpus test: every sample draft in examples/ against its marked copy in test/corpus/NAME.expected.
// The marked copy must be the example byte for byte once the markers are removed, and the findings of
// analyze() must be exactly the markers: every finding marked, every marker found, with the same ranges.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { describeRanges, parseMarkers } from '../util/markers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const CORPUS = join(ROOT, 'test', 'corpus');

/** The check catalogue of DESIGN.md. workspace/carryover needs a second report and is tested elsewhere. */
const CATALOGUE = [
  'section/missing',
  'section/order',
  'section/unnumbered',
  'section/title-variant',
  'section/subheading-sequence',
  'report/title',
  'report/signature',
  'report/deadline',
  'report/year-mismatch',
  'table/missing',
  'table/old-format',
  'table/row-missing',
  'table/label-variant',
  'table/cell-count',
  'table/cell-blank',
  'table/unreadable',
  'table/cell-invalid',
  'sum/balance',
  'sum/results-total',
  'sum/row-total',
  'sum/review-total',
  'plausibility/documents',
  'narrative/mismatch',
  'section6/fee-missing',
];
const ALL_IDS = [...CATALOGUE, 'workspace/carryover'];

/** The example that must stay clean: no marker at all, so no finding of any severity. */
const CLEAN = '01_青禾县农业农村局2023年政府信息公开工作年度报告.txt';

const examples = readdirSync(EXAMPLES)
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort();
const expectedFiles = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.expected'))
  .sort();

function loadExpected(name: string) {
  return parseMarkers(readFileSync(join(CORPUS, `${name}.expected`), 'utf8'));
}

describe('corpus files', () => {
  it('has at least seven examples, a .md among them, and one .expected file per example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    expect(examples.some((name) => name.endsWith('.md'))).toBe(true);
    expect(expectedFiles).toEqual(examples.map((name) => `${name}.expected`));
  });

  it('names every example so that the extension opens it as a report', () => {
    for (const name of examples) expect(name).toMatch(/年度报告.*\.(txt|md)$/);
  });

  it('marks only ids of the catalogue', () => {
    for (const name of examples) {
      for (const marker of loadExpected(name).markers) expect(ALL_IDS, `${name}: ${marker.id}`).toContain(marker.id);
    }
  });

  it('seeds every check of the catalogue somewhere (except workspace/carryover)', () => {
    const seeded = new Set(examples.flatMap((name) => loadExpected(name).markers.map((m) => m.id)));
    const missing = CATALOGUE.filter((id) => !seeded.has(id));
    expect(missing).toEqual([]);
  });

  it('keeps the clean example free of markers', () => {
    expect(examples).toContain(CLEAN);
    expect(loadExpected(CLEAN).markers).toEqual([]);
  });
});

describe.each(examples)('%s', (name) => {
  it('equals its .expected file byte for byte once the markers are removed', () => {
    const bytes = readFileSync(join(EXAMPLES, name));
    const { text, cursor } = loadExpected(name);
    expect(cursor).toBeNull();
    // Compare the decoded text first for a readable diff, then the bytes (BOM, encoding, line ends).
    expect(bytes.toString('utf8')).toBe(text);
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
  });

  it('gets exactly the marked findings from analyze()', () => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const { markers } = loadExpected(name);
    const { findings } = analyze(text);
    const actual = describeRanges(
      text,
      findings.map((f) => ({ id: f.id, start: f.range.start, end: f.range.end })),
    );
    expect(actual).toEqual(describeRanges(text, markers));
  });
});

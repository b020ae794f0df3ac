// --fix on the real reports in ../shared/seeds and on the examples: every verified fix together never
// raises the number of errors or warnings, and a second run changes nothing. The seeds are read from
// their folder (never copied here); without it only the examples run, and the run says so.

import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, applySafeFixes } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/features/apply';
import { EXAMPLES, SEEDS, SEEDS_DIR } from '../fuzz/sources';
import { IN_CI } from '../util/environment';

const count = (analysis: Analysis, severity: string) => analysis.findings.filter((f) => f.severity === severity).length;

describe('--fix on real and example reports', () => {
  // Outside CI the seeds may be absent, and the run says so; CI always lays them beside the clone.
  if (SEEDS.length === 0 && !IN_CI) it.skip(`seed reports (${SEEDS_DIR} is absent)`, () => {});
  it.runIf(IN_CI)('finds the seed reports in CI', () => {
    expect(SEEDS.length, `${SEEDS_DIR} must hold the seed reports in CI`).toBeGreaterThan(0);
  });
  it('has example reports', () => expect(EXAMPLES.length).toBeGreaterThan(0));
  for (const source of [...SEEDS, ...EXAMPLES]) {
    it(`makes ${source.name} no worse, and a second run changes nothing`, () => {
      const before = analyze(source.text);
      const fixed = applySafeFixes(source.text, {}, {}, before);
      expect(applyEdits(source.text, fixed.edits)).toBe(fixed.text);
      expect(count(fixed.analysis, 'error')).toBeLessThanOrEqual(count(before, 'error'));
      expect(count(fixed.analysis, 'warning')).toBeLessThanOrEqual(count(before, 'warning'));
      expect(applySafeFixes(fixed.text).text).toBe(fixed.text);
    }, 60_000);
  }
});

// --fix on the real reports in ../shared/seeds and on the examples: every verified fix together never
// raises the number of errors or warnings, and a second run changes nothing. The seeds are read from
// their folder (never copied here); without it only the examples run, and the run says so.

import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, applySafeFixes } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/features/apply';
import { EXAMPLES, SEEDS, SEEDS_DIR } from '../fuzz/sources';

const count = (analysis: Analysis, severity: string) => analysis.findings.filter((f) => f.severity === severity).length;

describe('--fix on real and example reports', () => {
  if (SEEDS.length === 0) it.skip(`seed reports (${SEEDS_DIR} is absent)`, () => {});
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

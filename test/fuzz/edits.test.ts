// Fuzz: the examples (and the seed reports, when present) with random edits — separators lost or added,
// digits and label text typed in, lines broken, characters outside the BMP. The analysis never throws,
// never hangs (the test's time limit), every range stays inside the text on the characters it quotes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { analysisProblem } from '../property/invariants';
import { editedSource } from './sources';

const RUNS = Number(process.env.NIANBAO_FUZZ_RUNS ?? 2500);

describe('edited examples and seeds', () => {
  it('analyse without throwing, with exact ranges', () => {
    fc.assert(
      fc.property(editedSource, (edited) => {
        expect(analysisProblem(analyze(edited.text)), edited.name).toBeNull();
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

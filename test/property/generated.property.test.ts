// Properties of drafts generated from the template with random values, in every layout the examples show:
// the parser never throws, every range lies inside the text on the characters it quotes, and the numbers
// read back are the numbers written.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { parseReport } from '../../server/src/service/parse';
import { LAYOUTS, draftArbitrary } from './generate';
import { analysisProblem, documentProblem } from './invariants';

/** Runs per layout; four layouts make 4 × RUNS drafts parsed, an eighth as many analysed in full. */
const RUNS = Number(process.env.NIANBAO_PROPERTY_RUNS ?? 1500);

describe('generated drafts', () => {
  for (const layout of LAYOUTS) {
    it(`read back every number written, with exact ranges (${layout})`, () => {
      fc.assert(
        fc.property(draftArbitrary(layout), (draft) => {
          const doc = parseReport(draft.text, {});
          expect(documentProblem(doc)).toBeNull();
          const read = new Map<string, number | null>();
          for (const table of doc.tables) for (const cell of table.cells.values()) read.set(cell.id, cell.value);
          for (const [id, value] of draft.values) {
            if (read.get(id) !== value) throw new Error(`${id}: wrote ${value}, read ${read.get(id)}`);
          }
          for (const status of doc.tableStatus) expect(status.state).toBe('read');
        }),
        { numRuns: RUNS },
      );
    }, 300_000);

    it(`analyse without a failing check and with findings inside the text (${layout})`, () => {
      fc.assert(
        fc.property(draftArbitrary(layout), (draft) => {
          expect(analysisProblem(analyze(draft.text))).toBeNull();
        }),
        { numRuns: Math.ceil(RUNS / 8) },
      );
    }, 300_000);
  }
});

// composeEdits (features/fixes.ts) turns fixes applied one round after another into edits on the original
// text, which is what the editor's fix-all applies: for any rounds of edits, applying the composed edits
// to the original must give the text the rounds gave.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/service/features/apply';
import { composeEdits } from '../../server/src/service/features/fixes';
import type { TextEdit } from '../../server/src/service';

/** Non-overlapping edits on a text of the given length, from cut points and replacement texts. */
function editsOn(length: number, cuts: number[], texts: string[]): TextEdit[] {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < points.length; i += 2)
    edits.push({ range: { start: points[i]!, end: points[i + 1]! }, newText: texts[i % texts.length] ?? '' });
  if (points.length % 2 === 1)
    edits.push({ range: { start: points[points.length - 1]!, end: points[points.length - 1]! }, newText: texts[0] ?? 'x' });
  return edits;
}

const RUNS = Number(process.env.NIANBAO_COMPOSE_RUNS ?? 1000);

describe('composeEdits', () => {
  it('gives the same text as the rounds it composes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(
          fc.record({
            cuts: fc.array(fc.nat(), { maxLength: 6 }),
            texts: fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 4 },
        ),
        (original, rounds) => {
          let text = original;
          const steps: TextEdit[][] = [];
          for (const round of rounds) {
            const edits = editsOn(text.length, round.cuts, round.texts);
            steps.push(edits);
            text = applyEdits(text, edits);
          }
          const composed = composeEdits(steps, text);
          expect(applyEdits(original, composed)).toBe(text);
          // The composed edits do not overlap, so an editor can apply them as one change.
          for (let i = 1; i < composed.length; i++) expect(composed[i]!.range.start).toBeGreaterThanOrEqual(composed[i - 1]!.range.end);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

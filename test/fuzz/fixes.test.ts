// Fix safety under fuzzing: on generated drafts with blanks, typos and lost separators, and on randomly
// edited examples and seeds, every fix the engine offers as safe, applied alone, removes a finding of its
// kind and adds none at any severity; --fix (applySafeFixes) is idempotent and its edits reproduce its text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../server/src/service/l10n';
import { type Analysis, analyze, applySafeFixes, verifiedFixes } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/features/apply';
import type { Severity } from '../../server/src/service';
import { draftArbitrary } from '../property/generate';
import { analysisProblem } from '../property/invariants';
import { applyShapes, editedSource, piece } from './sources';

const RUNS = Number(process.env.NIANBAO_FIX_RUNS ?? 100);

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** Findings per id at or above each severity: `id@rank` → count. */
function tally(analysis: Analysis): Map<string, number> {
  const out = new Map<string, number>();
  for (const finding of analysis.findings) {
    for (let rank = 0; rank <= RANK[finding.severity]; rank++) {
      const key = `${finding.id}@${rank}`;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}

/** A generated draft with some cells blanked, some labels misspelt and some tabs lost. */
const damagedDraft = fc
  .record({
    draft: draftArbitrary('tabs'),
    shapes: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 1_000_000 }),
        removed: fc.nat(3),
        inserted: fc.oneof(fc.constant(''), fc.constant('—'), piece),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ draft, shapes }) => applyShapes(draft.text, shapes));

const anyDraft = fc.oneof(
  damagedDraft,
  editedSource.map((e) => e.text),
);

describe('fixes offered as safe', () => {
  it('each, applied alone, removes a finding of its kind and adds none', () => {
    let tried = 0;
    fc.assert(
      fc.property(anyDraft, (text) => {
        const analysis = analyze(text);
        const verified = verifiedFixes(text, analysis);
        const before = tally(analysis);
        for (const finding of verified.findings) {
          for (const fix of finding.fixes ?? []) {
            if (!fix.safe) continue;
            tried++;
            const after = analyze(applyEdits(text, fix.edits));
            expect(analysisProblem(after)).toBeNull();
            const afterTally = tally(after);
            for (const [key, count] of afterTally) {
              if (count > (before.get(key) ?? 0)) throw new Error(`“${renderMessage(fix.title, 'zh-cn')}” (${finding.id}) adds ${key}`);
            }
            const own = `${finding.id}@0`;
            if ((afterTally.get(own) ?? 0) >= (before.get(own) ?? 0))
              throw new Error(`“${renderMessage(fix.title, 'zh-cn')}” leaves every ${finding.id}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The property must have had something to try.
    expect(tried).toBeGreaterThan(0);
  }, 300_000);

  it('applied all together (--fix) reach a fixed point that a second run leaves alone', () => {
    fc.assert(
      fc.property(anyDraft, (text) => {
        const first = applySafeFixes(text);
        expect(applyEdits(text, first.edits)).toBe(first.text);
        const errors = (a: Analysis) => a.findings.filter((f) => f.severity === 'error').length;
        expect(errors(first.analysis)).toBeLessThanOrEqual(errors(analyze(text)));
        if (first.truncated) return;
        const second = applySafeFixes(first.text);
        expect(second.text).toBe(first.text);
        expect(second.applied).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 300_000);
});

// The split of glued digits: read only when exactly one split gives the row its cell count, no leading
// zeros except a lone 0, and every total equal to the sum of its parts; the search is bounded.

import { describe, expect, it } from 'vitest';
import { splitGlued } from '../../server/src/service/parse/glued';

const T3 = [[0, 1, 2, 3, 4, 5, 6]];
const T4 = [0, 1, 2].map((b) => [0, 1, 2, 3, 4].map((c) => b * 5 + c));

describe('splitGlued', () => {
  it('finds the one split that fits table 三’s total', () => {
    expect(splitGlued(['21710000218'], 7, T3)).toEqual({ kind: 'unique', values: [['217', '1', '0', '0', '0', '0', '218']] });
  });

  it('keeps the cells of each separate run apart', () => {
    expect(splitGlued(['2', '1', '0', '0', '3', '1000100000'], 15, T4)).toEqual({
      kind: 'unique',
      values: [['2'], ['1'], ['0'], ['0'], ['3'], ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0']],
    });
  });

  it('says when more than one split fits', () => {
    // 11 0 0 0 0 0 11 and 1 10 0 0 0 0 11.
    expect(splitGlued(['110000011'], 7, T3)).toEqual({ kind: 'ambiguous' });
  });

  it('says when no split fits, never reading a leading zero', () => {
    expect(splitGlued(['5200109'], 7, T3)).toEqual({ kind: 'none' });
    // 0 5 … would need `05`.
    expect(splitGlued(['0500005'], 6, [[0, 1, 2, 3, 4, 5]])).toEqual({ kind: 'none' });
  });

  it('rejects runs that cannot fill the cells', () => {
    expect(splitGlued(['12'], 7, T3)).toEqual({ kind: 'none' });
    expect(splitGlued(['1', '2', '3'], 2, [[0, 1]])).toEqual({ kind: 'none' });
  });

  it('answers for long runs of digits (the search is pruned by the digits left and bounded in steps)', () => {
    expect(splitGlued(['1'.repeat(30)], 15, T4)).toEqual({ kind: 'none' });
    expect(splitGlued(['1'.repeat(200)], 15, T4)).toEqual({ kind: 'none' });
  });
});

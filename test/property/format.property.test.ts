// Formatting (features/format.ts) on generated drafts in every layout and on edited examples and seeds:
// it keeps every number of the text, the tables read the same values afterwards, and formatting the
// result again changes nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/service/features/apply';
import { formatTables } from '../../server/src/service/features/format';
import { parseReport } from '../../server/src/service/parse';
import type { ReportDocument } from '../../server/src/service';
import { editedSource } from '../fuzz/sources';
import { draftArbitrary } from './generate';

const RUNS = Number(process.env.NIANBAO_FORMAT_RUNS ?? 400);

/**
 * The numbers of a draft: every value token of every table row (placed or not), and every run of digits
 * outside the tables. Labels are left out: the formatter writes their standard spelling, ordinals included.
 */
function numbers(doc: ReportDocument): string[] {
  const values = doc.tables.flatMap((t) => t.rows.flatMap((r) => r.values.map((c) => `${c.kind}:${c.value}`))).sort();
  let outside = '';
  let cursor = 0;
  for (const table of [...doc.tables].sort((a, b) => a.range.start - b.range.start)) {
    outside += doc.text.slice(cursor, Math.max(cursor, table.range.start)) + '\n';
    cursor = Math.max(cursor, table.range.end);
  }
  outside += doc.text.slice(cursor);
  return [...values, ...(outside.match(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g) ?? [])];
}

function cellValues(doc: ReportDocument): string[] {
  return doc.tables.flatMap((t) => [...t.cells.values()].map((c) => `${c.id}=${c.kind}:${c.value}`)).sort();
}

function format(text: string): string {
  return applyEdits(text, formatTables(parseReport(text, {})));
}

describe('formatting', () => {
  it('keeps every number and every value read, and is idempotent', () => {
    const drafts = fc.oneof(
      draftArbitrary().map((d) => d.text),
      editedSource.map((e) => e.text),
    );
    fc.assert(
      fc.property(drafts, (text) => {
        const once = format(text);
        const before = parseReport(text, {});
        const after = parseReport(once, {});
        expect(numbers(after)).toEqual(numbers(before));
        expect(cellValues(after)).toEqual(cellValues(before));
        expect(format(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

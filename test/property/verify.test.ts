// verifyEdits (features/verify.ts), the judge of every safe fix: edits that leave every value in place are
// accepted, edits that move a value to another column or leave a relation through a written cell not
// holding are refused, and so is a fix that leaves its own finding.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/features/apply';
import { verifyEdits } from '../../server/src/service/features/verify';
import type { TextEdit } from '../../server/src/service';
import { buildReport, defaultValues } from '../fixtures/drafts';

function judge(text: string, edits: TextEdit[], targetIds: string[] = []) {
  const analysis = analyze(text);
  const after = applyEdits(text, edits);
  const targets = analysis.findings.filter((f) => targetIds.includes(f.id));
  return verifyEdits({ text, analysis }, { text: after, analysis: analyze(after) }, edits, targets);
}

/** The cell's range in the draft. */
function cellRange(text: string, id: string) {
  const cell = analyze(text)
    .doc.tables.flatMap((t) => [...t.cells.values()])
    .find((c) => c.id === id);
  if (!cell) throw new Error(`no cell ${id}`);
  return cell.range;
}

describe('verifyEdits', () => {
  const text = buildReport(defaultValues());

  it('accepts an edit that only shifts values, text inserted right before a cell included', () => {
    const { start } = cellRange(text, 't3.r1.np');
    expect(judge(text, [{ range: { start, end: start }, newText: ' ' }])).toEqual({ ok: true });
  });

  it('refuses an edit that moves values to other columns', () => {
    const { start } = cellRange(text, 't3.r1.biz');
    // The tab before 商业企业's value goes: the row's numbers run together and shift.
    const verdict = judge(text, [{ range: { start: start - 1, end: start }, newText: '' }]);
    expect(verdict.ok).toBe(false);
  });

  it('refuses a written number that leaves a relation through it not holding', () => {
    const { start, end } = cellRange(text, 't3.r1.np');
    const verdict = judge(text, [{ range: { start, end }, newText: '9' }]);
    expect(verdict.ok).toBe(false);
  });

  it('refuses a fix that leaves its own finding', () => {
    const typo = text.replace('本年废止件数', '本年度止件数');
    // An edit elsewhere, claiming to fix the label typo.
    const verdict = judge(typo, [{ range: { start: 0, end: 0 }, newText: '' }], ['table/label-variant']);
    expect(verdict).toMatchObject({ ok: false });
  });
});

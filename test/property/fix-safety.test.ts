// The four ways fixes marked safe used to make drafts worse, each replayed on an invented draft: the
// engine now offers a fix as safe only after applying it, re-analysing and finding the draft better.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applySafeFixes, verifiedFixes } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/features/apply';
import { buildReport, cloneValues, defaultValues } from '../fixtures/drafts';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const RESULT_ROWS = [
  'r1',
  'r2',
  'r3.1',
  'r3.2',
  'r3.3',
  'r3.4',
  'r3.5',
  'r3.6',
  'r3.7',
  'r3.8',
  'r4.1',
  'r4.2',
  'r4.3',
  'r4.4',
  'r4.5',
  'r5.1',
  'r5.2',
  'r5.3',
  'r5.4',
  'r5.5',
  'r6.1',
  'r6.2',
  'r6.3',
];

function errors(text: string): number {
  return analyze(text).findings.filter((f) => f.severity === 'error').length;
}

/** Every finding of the analysis with its fixes' safe marks decided by trial. */
function verified(text: string) {
  return verifiedFixes(text, analyze(text)).findings;
}

describe('fixes are safe only when verified', () => {
  it('(a) blank result rows are not filled with 0 while （七）总计 says otherwise', () => {
    // Every result row blank, （七）总计 stating 7 applications settled: 0 in the blanks contradicts it.
    const values = cloneValues(defaultValues());
    for (const row of RESULT_ROWS) values.t3[row] = ['', '', '', '', '', '', ''] as unknown as number[];
    const text = buildReport(values);
    const blanks = analyze(text).findings.filter((f) => f.id === 'table/cell-blank' && f.data?.table === 't3');
    expect(blanks.length).toBeGreaterThan(0);
    // What --fix used to do: 0 in every blank, which raises sum errors against the stated total.
    const zeros = applyEdits(
      text,
      [
        ...analyze(text)
          .doc.tables.find((t) => t.kind === 't3')!
          .cells.values(),
      ]
        .filter((c) => c.kind === 'blank')
        .map((c) => ({ range: c.range, newText: '0' })),
    );
    expect(errors(zeros)).toBeGreaterThan(errors(text));
    // Verified: no fill of a result row is safe, alone or together, and --fix leaves the rows alone.
    for (const finding of verified(text).filter((f) => f.id === 'table/cell-blank' && f.data?.table === 't3')) {
      expect(finding.fixes?.some((fix) => fix.safe)).toBe(false);
    }
    const fixed = applySafeFixes(text);
    expect(fixed.applied.filter((a) => a.id === 'table/cell-blank')).toEqual([]);
    expect(errors(fixed.text)).toBeLessThanOrEqual(errors(text));
  });

  it('(a) blank rows whose totals agree are filled, all together', () => {
    const values = cloneValues(defaultValues());
    // （五）不予处理's rows hold nothing: blanks where zeros belong, and every total still adds up.
    for (const row of ['r5.1', 'r5.2', 'r5.3', 'r5.4', 'r5.5']) values.t3[row] = ['', '', '', '', '', '', ''] as unknown as number[];
    const text = buildReport(values);
    const fixed = applySafeFixes(text);
    expect(fixed.text).toBe(buildReport(defaultValues()));
    // Blank cells are one finding per table, so one fix fills all five rows.
    expect(fixed.applied.map((a) => a.id)).toEqual(['table/cell-blank']);
  });

  it('(b) no number is written into a row whose tabs were lost', () => {
    // Example 01 with the two tabs between 一、本年新收's label and its first number lost: the label swallows
    // the number and the row's values no longer stand in their columns.
    const example = fs.readFileSync(path.join(EXAMPLES, '01_青禾县农业农村局2023年政府信息公开工作年度报告.txt'), 'utf8');
    const label = '一、本年新收政府信息公开申请数量';
    const at = example.indexOf(`${label}\t\t`);
    expect(at).toBeGreaterThan(0);
    const text = example.slice(0, at + label.length) + example.slice(at + label.length + 2);
    // Whatever the checks propose, only fixes that do not raise the error count may be marked safe.
    for (const finding of verified(text)) {
      for (const fix of finding.fixes ?? []) {
        if (fix.safe) expect(errors(applyEdits(text, fix.edits))).toBeLessThanOrEqual(errors(text));
      }
    }
    const fixed = applySafeFixes(text);
    expect(errors(fixed.text)).toBeLessThanOrEqual(errors(text));
    expect(fixed.applied.filter((a) => a.id === 'table/cell-blank')).toEqual([]);
  });
});

// The incremental analysis the language server runs (service/incremental.ts) must equal a fresh analysis
// after every edit: random edits of the examples and of generated drafts, each analysed with the tables
// of earlier versions and again after every table was emptied.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { IncrementalAnalyzer } from '../../server/src/service/incremental';
import { draftArbitrary } from './generate';

const examplesDir = join(__dirname, '../../examples');
const EXAMPLES = readdirSync(examplesDir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(examplesDir, f), 'utf8'));

const RUNS = Number(process.env.NIANBAO_INCREMENTAL_RUNS ?? 25);

/** What edits insert: digits, cells, line breaks, headings, labels, tabs and pipes, or a piece of the text itself. */
const SNIPPETS = [
  '0',
  '7',
  '12',
  '\t',
  '\n',
  '\n\n',
  ' ',
  '　',
  '|',
  '三、',
  '（一）',
  '总计',
  '予以公开',
  '四、行政复议、行政诉讼情况\n',
  '二、主动公开政府信息情况\n',
  '。',
  '1.属于国家秘密\t0\t0',
  '本年度办理结果',
  '公',
  '理',
  '其',
  '数',
];

interface Edit {
  at: number;
  remove: number;
  insert: number | string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.nat()),
});

function applyEdit(text: string, edit: Edit): string {
  const at = edit.at % (text.length + 1);
  const end = Math.min(text.length, at + edit.remove);
  // A number picks a line of the text to paste again: moves and duplicated rows, as editing does.
  let inserted: string;
  if (typeof edit.insert === 'string') inserted = edit.insert;
  else {
    const lines = text.split('\n');
    inserted = `${lines[edit.insert % lines.length]}\n`;
  }
  return text.slice(0, at) + inserted + text.slice(end);
}

/**
 * The incremental analysis of the text equals a plain analysis (which reuses no region), and, when
 * `fromNothing`, one made after every table of line results was emptied. Emptying them also empties the
 * regions kept, so it is done only at the end of a sequence of edits.
 */
function expectSameAsFresh(analyzer: IncrementalAnalyzer, text: string, fromNothing = false): void {
  const incremental = analyzer.analyze(text);
  if (fromNothing) analyzer.clearCaches();
  const fresh = analyze(text);
  expect(incremental.findings).toEqual(fresh.findings);
  expect(incremental.doc).toEqual(fresh.doc);
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after every random edit of an example', () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLES.length - 1), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const analyzer = new IncrementalAnalyzer();
        let text = EXAMPLES[which]!;
        analyzer.analyze(text);
        edits.forEach((edit, i) => {
          text = applyEdit(text, edit);
          expectSameAsFresh(analyzer, text, i === edits.length - 1);
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('equals a fresh analysis after every random edit of a generated draft, undo included', () => {
    fc.assert(
      fc.property(draftArbitrary(), fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), (draft, edits) => {
        const analyzer = new IncrementalAnalyzer();
        const versions = [draft.text];
        analyzer.analyze(draft.text);
        for (const edit of edits) {
          versions.push(applyEdit(versions[versions.length - 1]!, edit));
          expectSameAsFresh(analyzer, versions[versions.length - 1]!);
        }
        // Undo back to the first version: the kept analyses must still be right.
        for (let v = versions.length - 2; v >= 0; v--) expectSameAsFresh(analyzer, versions[v]!, v === 0);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('moves the per-table findings kept for unchanged tables to their new offsets', () => {
    // Examples with sum, cell and row findings; the edit lengthens the prose before every table, so each
    // kept finding must move, and typing inside a table must make its findings anew.
    for (const example of EXAMPLES.filter((text) => /本年度|本机关/.test(text))) {
      const analyzer = new IncrementalAnalyzer();
      analyzer.analyze(example);
      const at = example.indexOf('\n', example.indexOf('一、')) + 1;
      const longer = `${example.slice(0, at)}本机关全年持续推进政务公开。\n${example.slice(at)}`;
      const incremental = analyzer.analyze(longer);
      expect(incremental.findings).toEqual(analyze(longer).findings);
      const total = longer.indexOf('总计', longer.indexOf('三、'));
      if (total < 0) continue;
      const typed = `${longer.slice(0, total)}9${longer.slice(total)}`;
      expect(analyzer.analyze(typed).findings).toEqual(analyze(typed).findings);
    }
    const withTableFindings = EXAMPLES.map((text) => analyze(text).findings.filter((f) => /^(sum|table)\//.test(f.id)).length);
    expect(withTableFindings.filter((n) => n > 0).length).toBeGreaterThan(2);
  });

  it('reuses the analysis of a version whose text comes back', () => {
    const analyzer = new IncrementalAnalyzer();
    const first = analyzer.analyze(EXAMPLES[0]!);
    analyzer.analyze(`${EXAMPLES[0]!}\n`);
    expect(analyzer.analyze(EXAMPLES[0]!)).toBe(first);
    // Other options are another analysis.
    expect(analyzer.analyze(EXAMPLES[0]!, { reportYear: 2021 })).not.toBe(first);
  });
});

// The no-silent-pass property: on every report the tests know (the examples, the seeds when present, the
// invented drafts) and on thousands of seeded random edits of them, no check crashes and each standard
// table is either read or named by a finding about that table: table/missing, table/unreadable, and for a
// table read in part each unread row by table/row-missing, table/cell-count or table/unreadable.
// report/unrecognized names all three.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type TableKind } from '../../server/src/service';
import { buildReport, defaultValues, zeroValues } from '../fixtures/drafts';
import { report as featureReport, t3Text } from '../features/drafts';
import { report as lspReport, table2, table3, WRONG_TOTAL } from '../lsp-drafts';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/** A small seeded PRNG (mulberry32), so that a failing edit can be reproduced from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function documents(): Array<[string, string]> {
  const docs: Array<[string, string]> = [];
  for (const name of readdirSync(EXAMPLES)
    .filter((n) => /\.(txt|md)$/.test(n))
    .sort())
    docs.push([name, readFileSync(join(EXAMPLES, name), 'utf8')]);
  if (existsSync(SEEDS)) {
    for (const name of readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      docs.push([name, readFileSync(join(SEEDS, name), 'utf8')]);
  }
  docs.push(['draft tabs', buildReport(defaultValues())]);
  docs.push(['draft cells', buildReport(defaultValues(), { layout: 'cells' })]);
  docs.push(['draft zero 2020', buildReport(zeroValues('柏林镇人民政府', 2020))]);
  docs.push(['draft without table 三', buildReport(defaultValues(), { omitTables: ['t3'] })]);
  for (const layout of ['tabRows', 'cellPerLine', 'markdown', 'spaces'] as const)
    docs.push([`feature draft ${layout}`, featureReport({ t3: t3Text(layout) })]);
  docs.push(['lsp draft', lspReport({ t2: table2('spaces'), t3: table3(WRONG_TOTAL) })]);
  return docs;
}

type Edit = (lines: string[], random: () => number) => string[];
const pick = (n: number, random: () => number) => Math.floor(random() * n);

/** The damage copies and drafters do to a report: lost, doubled and joined lines, lost tabs, glued digits. */
const EDITS: Record<string, Edit> = {
  deleteLine: (lines, r) => lines.filter((_, i) => i !== pick(lines.length, r)),
  duplicateLine: (lines, r) => {
    const at = pick(lines.length, r);
    return [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)];
  },
  joinLines: (lines, r) => {
    if (lines.length < 2) return lines;
    const at = pick(lines.length - 1, r);
    return [...lines.slice(0, at), lines[at]! + lines[at + 1]!, ...lines.slice(at + 2)];
  },
  removeTabs: (lines, r) => {
    const withTabs = lines.map((l, i) => (l.includes('\t') ? i : -1)).filter((i) => i >= 0);
    if (withTabs.length === 0) return lines;
    const at = withTabs[pick(withTabs.length, r)];
    return lines.map((l, i) => (i === at ? l.replace(/\t/g, r() < 0.5 ? '' : ' ') : l));
  },
  glueDigits: (lines, r) => {
    const numeric = lines.map((l, i) => (/\d[\t |]+\d/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (numeric.length === 0) return lines;
    const at = numeric[pick(numeric.length, r)];
    return lines.map((l, i) => (i === at ? l.replace(/(\d)[\t |]+(?=\d)/g, '$1') : l));
  },
  cut: (lines, r) => {
    const at = pick(lines.length, r);
    return r() < 0.5 ? lines.slice(0, at) : lines.slice(at);
  },
};
const EDIT_NAMES = Object.keys(EDITS);

function mutate(text: string, seed: number): string {
  const random = prng(seed);
  let lines = text.split('\n');
  const count = 1 + pick(3, random);
  for (let i = 0; i < count; i++) lines = EDITS[EDIT_NAMES[pick(EDIT_NAMES.length, random)]!]!(lines, random);
  return lines.join('\n');
}

/** The tables of an analysis that end neither read nor named, with what is left unnamed. */
function unnamed(analysis: Analysis): string[] {
  const { doc, findings } = analysis;
  // A check that crashes passes silently in its own way.
  const crashed = findings.filter((f) => f.id === 'internal/check-failed').map((f) => f.message);
  if (crashed.length > 0) return crashed;
  if (findings.some((f) => f.id === 'report/unrecognized')) return [];
  // A text that is no report (no title, no section, nothing of the kind) is not held to the property.
  if (!doc.title && doc.sections.length === 0 && !(/年度报告|年报/.test(doc.text) && /政府信息公开/.test(doc.text))) return [];
  const about = (kind: TableKind, id: string) => findings.filter((f) => f.id === id && f.data?.table === kind);
  const out: string[] = [];
  for (const status of doc.tableStatus) {
    const { kind } = status;
    if (status.state === 'read') continue;
    if (status.state === 'missing') {
      if (about(kind, 'table/missing').length === 0) out.push(`${kind} missing, no table/missing`);
    } else if (status.state === 'unreadable') {
      if (about(kind, 'table/unreadable').length === 0) out.push(`${kind} unreadable, no table/unreadable`);
    } else {
      for (const row of status.rows) {
        const named =
          about(kind, 'table/row-missing').some((f) => f.data?.row === row) ||
          about(kind, 'table/cell-count').some((f) => f.data?.row === row) ||
          about(kind, 'table/unreadable').some((f) => ((f.data?.rows as string[] | undefined) ?? []).includes(row));
        if (!named) out.push(`${kind} row ${row} unread and unnamed`);
      }
    }
  }
  return out;
}

const MUTANTS_PER_DOCUMENT = 100;

describe('no silent pass', () => {
  const docs = documents();

  it('reads or names every standard table of every known report', () => {
    const failures = docs.map(([name, text]) => [name, unnamed(analyze(text))] as const).filter(([, left]) => left.length > 0);
    expect(failures).toEqual([]);
  });

  it('reads or names every standard table after seeded random edits', () => {
    const failures: string[] = [];
    docs.forEach(([name, text], d) => {
      for (let i = 0; i < MUTANTS_PER_DOCUMENT; i++) {
        const seed = d * 100_003 + i;
        const left = unnamed(analyze(mutate(text, seed)));
        if (left.length > 0) failures.push(`${name} seed ${seed}: ${left.join('; ')}`);
      }
    });
    expect(failures.slice(0, 20)).toEqual([]);
    // Some two thousand analyses: generous room on a busy machine.
  }, 180_000);

  it('gives one report/unrecognized to a report whose structure cannot be found', () => {
    // A crawler copy: the whole report on one line, headings and table inline with no breaks.
    const flat = buildReport(defaultValues()).replace(/[\n\t]/g, '');
    const analysis = analyze(flat);
    if (analysis.doc.sections.length === 0 && analysis.doc.tables.length === 0) {
      expect(analysis.findings.filter((f) => f.id === 'report/unrecognized')).toHaveLength(1);
    }
    expect(unnamed(analysis)).toEqual([]);
  });
});

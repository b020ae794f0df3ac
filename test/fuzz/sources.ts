// The texts the fuzz tests edit at random: the invented examples in examples/, and the real reports in
// ../shared/seeds when that folder exists (they are read from there, never copied into the repository).

import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const ROOT = path.join(__dirname, '..', '..');
export const SEEDS_DIR = process.env.NIANBAO_SEEDS ?? path.join(ROOT, '..', 'shared', 'seeds');

export interface Source {
  name: string;
  text: string;
}

function readDir(dir: string, pattern: RegExp): Source[] {
  return fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export const EXAMPLES: Source[] = readDir(path.join(ROOT, 'examples'), /\.(txt|md)$/);

/** The seed reports, or none (and a loud note) when the folder is absent. */
export const SEEDS: Source[] = fs.existsSync(SEEDS_DIR) ? readDir(SEEDS_DIR, /\.txt$/) : [];
if (SEEDS.length === 0) {
  console.warn(`[fuzz] SKIPPING the seed reports: ${SEEDS_DIR} does not exist; only examples/ are edited.`);
}

export const SOURCES: Source[] = [...EXAMPLES, ...SEEDS];

/** Characters drafts break on: separators, line breaks, digits of both widths, dashes, brackets, label text. */
const PIECES = [
  '\t',
  '\t\t',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '\u3000',
  '|',
  ' | ',
  '0',
  '1',
  '7',
  '12',
  '１',
  '３',
  '—',
  '/',
  '-',
  '（',
  '）',
  '(',
  ')',
  '、',
  '．',
  '.',
  '，',
  '件',
  '万元',
  '总计',
  '其他',
  '不予公开',
  '第二十条第（一）项',
  '三、',
  '（七）',
  '1.',
  '𠀀',
  '\u200b',
  '"',
];

export const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }));

/** One random edit, placed by a fraction of the text's length: a deletion, an insertion or a replacement. */
const editShape = fc.record({
  at: fc.integer({ min: 0, max: 1_000_000 }),
  removed: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.nat(4) }, { weight: 1, arbitrary: fc.nat(60) }),
  inserted: fc.oneof(
    fc.constant(''),
    piece,
    fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
  ),
});

export interface Edited {
  name: string;
  text: string;
}

/** Applies edits shaped by editShape one after the other, each placed within the text as it then is. */
export function applyShapes(text: string, shapes: Array<{ at: number; removed: number; inserted: string }>): string {
  for (const { at, removed, inserted } of shapes) {
    const start = Math.floor((at / 1_000_001) * (text.length + 1));
    text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
  }
  return text;
}

/** A source with one to four random edits applied one after the other. */
export const editedSource: fc.Arbitrary<Edited> = fc
  .record({ source: fc.constantFrom(...SOURCES), shapes: fc.array(editShape, { minLength: 1, maxLength: 4 }) })
  .map(({ source, shapes }) => ({ name: source.name, text: applyShapes(source.text, shapes) }));

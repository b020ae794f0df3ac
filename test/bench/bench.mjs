// Prints how fast the core and the CLI are on the seed reports and the examples (figures only, never asserted).
// Run with `npm run bench`; the CLI bundle must be built (the script builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const sources = [join(root, '..', 'shared', 'seeds'), join(root, 'examples')].filter(existsSync);
const texts = sources.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));
if (texts.length === 0) throw new Error('no drafts found in ../shared/seeds or examples/');
const corpus = texts.join('\n');

// The core, bundled on the fly so the bench measures the same code the server runs.
const out = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const { build } = await import('esbuild');
await build({ entryPoints: [join(root, 'server/src/service/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(out, 'core.js'), logLevel: 'warning' });
const { analyze } = require(join(out, 'core.js'));

function time(label, fn, repeat) {
  fn();
  const start = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  const ms = (performance.now() - start) / repeat;
  console.log(`${label.padEnd(48)} ${ms.toFixed(2).padStart(9)} ms`);
  return ms;
}

console.log(`drafts: ${texts.length}, ${(corpus.length / 1024).toFixed(1)} K characters in all\n`);
for (const [i, text] of texts.entries()) time(`analyze draft ${i + 1} (${(text.length / 1024).toFixed(1)} K chars)`, () => analyze(text), 50);
const x10 = Array(10).fill(corpus).join('\n');
time(`analyze all drafts ×10 (${(x10.length / 1024).toFixed(0)} K chars)`, () => analyze(x10), 3);
const x100 = Array(100).fill(corpus).join('\n');
time(`analyze all drafts ×100 (${(x100.length / 1024 / 1024).toFixed(1)} M chars)`, () => analyze(x100), 1);

// A keystroke: one character inserted in the middle of the largest draft, then a full re-analysis.
const largest = texts.reduce((a, b) => (a.length > b.length ? a : b));
time('keystroke re-analysis of the largest draft', () => analyze(largest.slice(0, largest.length >> 1) + '0' + largest.slice(largest.length >> 1)), 50);

// The CLI over a thousand files.
const dir = join(out, 'reports');
mkdirSync(dir);
for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `report-${i}.txt`), texts[i % texts.length]);
const cli = join(root, 'server/out/cli.js');
if (existsSync(cli)) {
  for (const format of ['text', 'json', 'sarif']) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, [cli, 'check', '--format', format, dir], { stdio: ['ignore', 'ignore', 'ignore'] });
    } catch {
      // Exit status 1 means error findings, which the bench drafts have.
    }
    console.log(`${`nianbao check --format ${format} (1000 files)`.padEnd(48)} ${(performance.now() - start).toFixed(0).padStart(9)} ms`);
  }
} else {
  console.log('server/out/cli.js not built: skipping the CLI figures');
}
rmSync(out, { recursive: true, force: true });

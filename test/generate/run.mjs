// `npm run generate -- DIR [--count N] [--seed S] [--error-rate R] [--forms F]`: writes a folder of generated reports
// (test/generate/reports.ts) and its manifest beside it as DIR.manifest.json, for trying the CLI at scale:
//   npm run generate -- /tmp/reports --count 1000 && npx nianbao check --summary /tmp/reports
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args.splice(i, 2)[1] : fallback;
};
const count = Number(option('--count', '1000'));
const seed = Number(option('--seed', '1'));
const errorRate = Number(option('--error-rate', '0.1'));
// Share of text reports written as a web page, a Word file or a PDF (what agencies publish).
const forms = Number(option('--forms', '0.3'));
const dir = args[0];
if (!dir || !(count > 0)) {
  console.error('usage: npm run generate -- DIR [--count N] [--seed S] [--error-rate R] [--forms F]');
  process.exit(2);
}

const root = new URL('../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'nianbao-generate-'));
const { build } = await import('esbuild');
await build({
  entryPoints: [join(root, 'test/generate/reports.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: join(out, 'generate.js'),
  logLevel: 'warning',
  external: ['pdfkit'],
});
const { generateCorpus } = createRequire(import.meta.url)(join(out, 'generate.js'));
const target = resolve(dir);
const manifest = generateCorpus(target, { count, seed, errorRate, forms });
writeFileSync(`${target}.manifest.json`, `${JSON.stringify(manifest, null, 1)}\n`);
rmSync(out, { recursive: true, force: true });
const planted = manifest.reports.filter((r) => r.planted.length > 0).length;
console.log(
  `${manifest.reports.length} reports (${planted} with planted errors) and ${manifest.others.length} other files in ${target}; manifest: ${target}.manifest.json`,
);

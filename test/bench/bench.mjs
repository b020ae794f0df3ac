// `npm run bench`: how fast the core and the CLI are, measured in one run against a floor measured in the
// same run (reading and line-splitting the same bytes), so the figures mean something on any machine.
// Figures only, never asserted. Options: --count N (generated reports, default 10000), --jobs N (CLI
// workers, default: the number of cores), --json FILE (write the figures as JSON as well).
// Corpora: always a generated folder (test/generate, fixed seed); the seed reports in ../shared/seeds and
// examples/ are measured separately, each only when present and each named, never one in place of another.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const count = Number(option('--count', '10000'));
const cores = availableParallelism?.() ?? cpus().length;
const jobs = Number(option('--jobs', String(cores)));
const jsonFile = option('--json', null);

const out = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const figures = { machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version }, corpora: {}, results: [] };

// The core and the generator, bundled from source so the bench measures the code the CLI runs.
const { build } = await import('esbuild');
const bundle = (entry, name) =>
  build({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', outfile: join(out, name), logLevel: 'warning' });
await Promise.all([
  bundle('server/src/service/index.ts', 'core.js'),
  bundle('test/generate/reports.ts', 'generate.js'),
  bundle('server/src/cli/decode.ts', 'decode.js'),
]);
const { analyze } = require(join(out, 'core.js'));
const { generateCorpus } = require(join(out, 'generate.js'));
const { decodeBytes } = require(join(out, 'decode.js'));
const cli = join(root, 'server/out/cli.js');
if (!existsSync(cli)) throw new Error('server/out/cli.js is not built: run `npm run bench`, which builds it first');

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

function record(name, value, unit, floor, note) {
  const entry = {
    name,
    value: Number(value.toFixed(3)),
    unit,
    ...(floor ? { ratioToFloor: Number((value / floor).toFixed(2)) } : {}),
    ...(note ? { note } : {}),
  };
  figures.results.push(entry);
  const ratio = entry.ratioToFloor !== undefined ? `${entry.ratioToFloor.toFixed(2).padStart(8)}× floor` : '';
  console.log(
    `${name.padEnd(56)} ${value.toFixed(unit === 'ms' ? 0 : 1).padStart(10)} ${unit.padEnd(4)} ${ratio}${note ? `  (${note})` : ''}`,
  );
  return value;
}

// ---------------------------------------------------------------------------------------------
// The generated corpus.
const dir = join(out, 'reports');
let start = performance.now();
const manifest = generateCorpus(dir, { count, seed: 20240131, errorRate: 0.1, perFolder: 500 });
const files = filesUnder(dir);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const megabytes = bytes / 1024 / 1024;
figures.corpora.generated = {
  reports: manifest.reports.length,
  others: manifest.others.length,
  megabytes: Number(megabytes.toFixed(1)),
  seed: manifest.seed,
};
console.log(
  `corpus: ${manifest.reports.length} generated reports (+${manifest.others.length} non-reports), ${megabytes.toFixed(1)} MB, seed ${manifest.seed}, generated in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);
console.log(`machine: ${cores} cores (${figures.machine.cpu}), Node ${process.version}; CLI with --jobs ${jobs}\n`);

// The floor: read every file, decode it and split it into lines, once, in one thread.
function floorRun() {
  let lines = 0;
  const begin = performance.now();
  const cpu = process.cpuUsage();
  for (const file of files) {
    const decoded = decodeBytes(readFileSync(file));
    if (decoded.ok) lines += decoded.text.split('\n').length;
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - begin, cpuMs: (used.user + used.system) / 1000, lines };
}
floorRun(); // warm the page cache and the JIT: every figure below reads warm files
const floorRuns = [floorRun(), floorRun()];
const floor = Math.min(...floorRuns.map((r) => r.ms));
const floorCpu = Math.min(...floorRuns.map((r) => r.cpuMs));
record('floor: read + decode + split lines (1 thread)', floor, 'ms', null, `${(megabytes / (floor / 1000)).toFixed(0)} MB/s`);
// On a machine shared with other work, wall time swings; CPU time does not: each figure has both.
record('floor: CPU time', floorCpu, 'ms', null);

// Core throughput: parse + check on the decoded texts already in memory, one thread.
const sample = files
  .slice(0, Math.min(files.length, 2000))
  .map((f) => decodeBytes(readFileSync(f)))
  .filter((d) => d.ok)
  .map((d) => d.text);
const sampleMB = sample.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024 / 1024;
for (const text of sample.slice(0, 200)) analyze(text);
start = performance.now();
const cpuStart = process.cpuUsage();
for (const text of sample) analyze(text);
const coreMs = performance.now() - start;
const coreCpu = process.cpuUsage(cpuStart);
// The core's CPU time for the whole corpus, from the sample: what any CLI must spend at least.
const sampleCpuMs = (coreCpu.user + coreCpu.system) / 1000;
const coreCpuMs = (sampleCpuMs / sampleMB) * megabytes;
record(
  'core: analyze, MB/s per core (CPU time, 1 thread)',
  sampleMB / (sampleCpuMs / 1000),
  'MB/s',
  null,
  `${sample.length} reports, ${sampleMB.toFixed(1)} MB`,
);
record(`core: analyze all ${files.length} files (extrapolated, 1 thread)`, (coreMs / sampleMB) * megabytes, 'ms', floor);
record('core: CPU time for all files (extrapolated)', coreCpuMs, 'ms', floorCpu);

// The CLI over the whole folder, as a process, output to a file; peak memory from the process itself.
const rssHook = join(out, 'rss-hook.cjs');
writeFileSync(
  rssHook,
  "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.NIANBAO_BENCH_RSS, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n",
);
function runCli(args, label) {
  const rssFile = join(out, 'rss.txt');
  const outFile = join(out, 'out.txt');
  const begin = performance.now();
  const result = spawnSync(process.execPath, ['--require', rssHook, cli, ...args, '-o', outFile, dir], {
    env: { ...process.env, NIANBAO_BENCH_RSS: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - begin;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
  const rssMB = usage.maxRSS / 1024;
  record(`${label}`, ms, 'ms', floor);
  // CPU time of all threads against the core's own: what the CLI adds (reading, workers, output).
  record(`${label}: CPU time, all threads`, usage.cpuMs, 'ms', floorCpu, `${(usage.cpuMs / coreCpuMs).toFixed(2)}× the core's CPU time`);
  record(`${label}: peak memory`, rssMB, 'MB', null);
  return { ms, rssMB };
}
runCli(['check', '--format', 'json', '--jobs', String(jobs)], `CLI check --format json, ${files.length} files, --jobs ${jobs}`);
runCli(['check', '--format', 'sarif', '--jobs', String(jobs)], `CLI check --format sarif, --jobs ${jobs}`);
runCli(['export', '--format', 'csv', '--jobs', String(jobs)], `CLI export --format csv, --jobs ${jobs}`);
runCli(['check', '--format', 'json', '--jobs', '1'], 'CLI check --format json, --jobs 1');

// ---------------------------------------------------------------------------------------------
// Real drafts, when present: each corpus named, none standing in for another.
for (const [name, source] of [
  ['seeds', join(root, '..', 'shared', 'seeds')],
  ['examples', join(root, 'examples')],
]) {
  if (!existsSync(source)) {
    console.log(`\n${name}: ${source} not found, not measured`);
    figures.corpora[name] = null;
    continue;
  }
  const texts = readdirSync(source)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(source, f), 'utf8'));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024 / 1024;
  figures.corpora[name] = { reports: texts.length, megabytes: Number(mb.toFixed(2)) };
  console.log(`\n${name}: ${texts.length} drafts, ${(mb * 1024).toFixed(0)} KB`);
  for (const text of texts) analyze(text);
  const cpu = process.cpuUsage();
  const rounds = 20;
  for (let i = 0; i < rounds; i++) for (const text of texts) analyze(text);
  const used = process.cpuUsage(cpu);
  record(`core on ${name}: analyze, MB/s per core (CPU time)`, (mb * rounds) / ((used.user + used.system) / 1e6), 'MB/s', null);
}

// Scaling: one document made of many reports, 1 MB and 10 MB; linear cost means 10× the time for 10× the text.
{
  const unit = sample.join('\n');
  const make = (mb) => {
    let text = '';
    while (Buffer.byteLength(text) < mb * 1024 * 1024) text += `${unit}\n`;
    return text.slice(0, Math.floor(text.length * ((mb * 1024 * 1024) / Buffer.byteLength(text))));
  };
  console.log('\nscaling: one document built from the generated reports');
  const cpuOf = (text) => {
    const cpu = process.cpuUsage();
    analyze(text);
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  const one = cpuOf(make(1));
  record('core: one 1 MB document, CPU time', one, 'ms', floorCpu);
  const ten = cpuOf(make(10));
  record('core: one 10 MB document, CPU time', ten, 'ms', floorCpu, `${(ten / one).toFixed(1)}× the 1 MB document`);
}

if (jsonFile) {
  writeFileSync(jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nfigures written to ${jsonFile}`);
}
rmSync(out, { recursive: true, force: true });

// `nianbao check` and `nianbao export` as one function from arguments to an exit status, with all
// output going through `io` so the tests can run it in-process. cli.ts is the process wrapper.
// Files are processed in parallel (pool.ts) and written out in input order as they finish.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packageVersion } from '../meta';
import {
  fingerprintFindings,
  renderMessage,
  translator,
  type MessageArg,
  type ReportDocument,
  type Translator,
  type UiLanguage,
} from '../service';
import { languageFromEnv, parseArgs, pickLanguage, usage, type CliArgs } from './args';
import { BaselineRecorder, loadBaseline } from './baseline';
import { configResolver, toAnalyzeOptions } from './config';
import { CSV_BOM, csvLine, sheetHeader, type ExportedFile } from './export';
import { collectInputs, type WalkSkips } from './files';
import { addToTotals, emptyTotals, jsonWriter, sarifWriter, summaryWriter, textWriter, type CheckWriter, type RunProblem } from './output';
import { runTasks } from './pool';
import type { FileResult, FileTask, TaskSettings } from './process';
import { ProgressBar } from './progress';
import { XlsxWriter } from './xlsx';
import { CarryoverCollector, cellPosition } from './carryover';
import { runReport } from './report';
import { addLaterToTotals, laterFindingOut, type CheckedFile, type CheckTotals, type FindingOut } from './output';

export { fixText, applySafeFixes } from './fix';

export interface CliIO {
  cwd: string;
  /** Output; may return a promise that settles when the stream can take more (back-pressure). */
  stdout(text: string): unknown;
  stderr(text: string): void;
  /** The environment, for `NIANBAO_LANG`; without it the language comes from `--lang` alone. */
  env?: Record<string, string | undefined>;
  /** stderr is a terminal: draw a progress bar there. */
  stderrIsTTY?: boolean;
  /** Terminal width, for the progress bar. */
  columns?: number;
  /** The script worker threads run (the CLI bundle); without it every file is processed in this thread. */
  workerScript?: string | null;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Every message of the run, from usage errors to the summary, is in one language; a bad `--lang`
  // is reported in the language of the environment.
  const picked = pickLanguage(argv, io.env);
  if (!picked.ok) {
    const envLanguage = languageFromEnv(io.env);
    io.stderr(`nianbao: ${renderMessage(picked.message, envLanguage)}\n\n${usage(envLanguage)}`);
    return EXIT_TROUBLE;
  }
  const language = picked.language;
  // `nianbao report` (the audit page) parses its own options.
  if (picked.argv[0] === 'report') return runReport(picked.argv.slice(1), io, picked.language);
  const parsed = parseArgs(picked.argv);
  switch (parsed.kind) {
    case 'help':
      await write(io, usage(language));
      return EXIT_OK;
    case 'version':
      await write(io, `${packageVersion()}\n`);
      return EXIT_OK;
    case 'error':
      io.stderr(`nianbao: ${renderMessage(parsed.message, language)}\n\n${usage(language)}`);
      return EXIT_TROUBLE;
    case 'run':
      return run(parsed.args, io, language);
  }
}

/** Writes to the run's stdout, waiting when it asks to (a promise means: wait for the stream to drain). */
async function write(io: CliIO, text: string): Promise<void> {
  const pending = io.stdout(text);
  if (pending instanceof Promise) await pending;
}

/** How many files a folder walk left aside and why, as one line for stderr (or null when none). */
function skipsLine(skips: WalkSkips, notReports: number, { t }: Translator): string | null {
  const parts: string[] = [];
  if (notReports > 0) parts.push(t('{0} 个不是年度报告', notReports));
  const other = [...skips.byExtension.values()].reduce((a, b) => a + b, 0);
  if (other > 0) {
    const kinds = [...skips.byExtension.entries()].sort((a, b) => b[1] - a[1]).map(([ext, n]) => `${ext || t('（无扩展名）')} ${n}`);
    parts.push(t('{0} 个文件类型不支持（{1}）', other, kinds.join(t('，'))));
  }
  if (skips.excluded > 0) parts.push(t('{0} 个被 --include/--exclude 排除', skips.excluded));
  if (parts.length === 0) return null;
  const total = notReports + other + skips.excluded;
  return t('跳过 {0} 个文件：{1}', total, parts.join(t('；')));
}

/** What the export and the check share while a run lasts: its settings, its reporting, its output and its verdict. */
interface RunContext {
  args: CliArgs;
  io: CliIO;
  language: UiLanguage;
  tr: Translator;
  configs: ConfigResolver;
  problems: RunProblem[];
  tasks: FileTask[];
  settings: TaskSettings;
  pool: { jobs: number; workerScript: string | null };
  progress: ProgressBar | null;
  /** Inputs that turned out to be no annual reports. */
  notReports: number;
  /** Some kept finding is an error. */
  hasErrors: boolean;
  /** Problems arrive as messages or as text already written in the run's language (a worker's). */
  report(display: string, problem: MessageArg): void;
  /** Writes to stdout, or with -o to the output file, as it comes. */
  out(text: string): Promise<void>;
}

type ConfigResolver = NonNullable<ReturnType<typeof configResolver>>;
type CheckArgs = Extract<CliArgs, { command: 'check' }>;

/** The baseline a check compares with: its file, and its fingerprints once it exists (null fingerprints: record it). */
interface BaselineUse {
  file: string | null;
  fingerprints: Set<string> | null;
}

async function run(args: CliArgs, io: CliIO, language: UiLanguage): Promise<number> {
  const tr = translator(language);
  const problems: RunProblem[] = [];
  const context = { progress: null as ProgressBar | null };
  const report = (display: string, problem: MessageArg) => {
    const message = tr.render(problem);
    problems.push({ display, message });
    context.progress?.clear();
    io.stderr(`nianbao: ${display}: ${message}\n`);
  };

  const configs = configResolver(args.config, io.cwd, report, io.stderr, language);
  if (!configs) return EXIT_TROUBLE;
  const baseline = openBaseline(args, io, tr);
  if (!baseline) return EXIT_TROUBLE;

  const inputs = collectInputs(args.inputs, io.cwd, { include: args.include, exclude: args.exclude });
  for (const problem of inputs.problems) report(problem.display, problem.message);
  const tasks: FileTask[] = inputs.files.map((input, index) => ({
    index,
    display: input.display,
    absolute: input.absolute,
    fromDirectory: input.fromDirectory,
    options: toAnalyzeOptions(configs.forFile(input.absolute)),
  }));

  const output = openOutput(args, io, tr);
  if (!output.ok) return EXIT_TROUBLE;
  const outputFd = output.fd;
  const out = async (text: string) => {
    if (text === '') return;
    if (outputFd !== null) fs.writeSync(outputFd, text);
    else await write(io, text);
  };

  if (io.stderrIsTTY && tasks.length > 1) context.progress = new ProgressBar(tasks.length, io.stderr, io.columns ?? 80);
  const jobs = args.jobs ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  // The context is completed around the progress bar the reporting already clears.
  const ctx: RunContext = Object.assign(context, {
    args,
    io,
    language,
    tr,
    configs,
    problems,
    tasks,
    settings: taskSettings(args, language),
    pool: { jobs, workerScript: io.workerScript ?? null },
    notReports: 0,
    hasErrors: false,
    report,
    out,
  });
  try {
    if (args.command === 'export') await runExport(ctx);
    else await runCheck(ctx, args, baseline);
  } finally {
    ctx.progress?.clear();
    if (outputFd !== null) fs.closeSync(outputFd);
  }
  const skipped = skipsLine(inputs.skips, ctx.notReports, tr);
  if (skipped) io.stderr(`nianbao: ${skipped}\n`);
  if (problems.length > 0) return EXIT_TROUBLE;
  return ctx.hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

/** What every file's task is told to do. */
function taskSettings(args: CliArgs, language: UiLanguage): TaskSettings {
  return {
    command: args.command,
    fix: args.command === 'check' && args.fix,
    dryRun: args.command === 'check' && args.dryRun,
    sheet: args.command === 'export' && args.format !== 'json',
    verifyFixes: args.command === 'check' && (args.format === 'json' || args.format === 'sarif'),
    language,
  };
}

/** Reads the baseline a check names (null when it cannot be read, after saying why). */
function openBaseline(args: CliArgs, io: CliIO, tr: Translator): BaselineUse | null {
  if (args.command !== 'check' || args.baseline === null) return { file: null, fingerprints: null };
  const file = path.resolve(io.cwd, args.baseline);
  const loaded = loadBaseline(file);
  if (!loaded.ok) {
    io.stderr(`nianbao: ${args.baseline}: ${tr.render(loaded.message)}\n`);
    return null;
  }
  return { file, fingerprints: loaded.fingerprints };
}

/** Opens the -o file unless the output is an xlsx workbook, written whole at the end (fd null: stdout). */
function openOutput(args: CliArgs, io: CliIO, { t }: Translator): { ok: true; fd: number | null } | { ok: false } {
  if (args.output === null || (args.command === 'export' && args.format === 'xlsx')) return { ok: true, fd: null };
  try {
    return { ok: true, fd: fs.openSync(path.resolve(io.cwd, args.output), 'w') };
  } catch (error) {
    io.stderr(`nianbao: ${args.output}: ${t('无法写入（{0}）', (error as NodeJS.ErrnoException).code ?? String(error))}\n`);
    return { ok: false };
  }
}

/**
 * Every result moves the progress bar; files that could not be read or are no reports are reported or
 * counted here, and the file's own problems are printed before its output.
 */
function accept<K extends 'checked' | 'exported'>(ctx: RunContext, result: FileResult, kind: K): Extract<FileResult, { kind: K }> | null {
  ctx.progress?.tick();
  const display = ctx.tasks[result.index]!.display;
  if (result.kind === 'problem') {
    ctx.report(display, result.message);
    return null;
  }
  if (result.kind === 'skipped') {
    ctx.notReports++;
    return null;
  }
  if (result.kind !== kind) return null;
  for (const message of result.problems) ctx.report(display, message);
  return result as Extract<FileResult, { kind: K }>;
}

/** `nianbao export`: one sheet row (csv, xlsx) or one JSON object per report. */
async function runExport(ctx: RunContext): Promise<void> {
  const { args, out } = ctx;
  const { t } = ctx.tr;
  const xlsx = args.format === 'xlsx' ? new XlsxWriter() : null;
  let first = true;
  if (args.format === 'csv') await out(CSV_BOM + csvLine(sheetHeader()));
  else if (xlsx) xlsx.addRow(sheetHeader());
  else await out('{\n  "files": [');
  await runTasks(ctx.tasks, ctx.settings, ctx.pool, async (settled: FileResult) => {
    const result = accept(ctx, settled, 'exported');
    if (!result) return;
    if (xlsx && result.row) xlsx.addRow(result.row);
    else if (result.row) await out(csvLine(result.row));
    else if (result.exported) {
      await out(`${first ? '' : ','}\n    ${JSON.stringify(exportJson(result.exported), null, 2).replace(/\n/g, '\n    ')}`);
      first = false;
    }
  });
  if (args.format === 'json') await out(`${first ? '' : '\n  '}]\n}\n`);
  if (xlsx) {
    const bytes = await xlsx.finish();
    try {
      fs.writeFileSync(path.resolve(ctx.io.cwd, args.output!), bytes);
    } catch (error) {
      ctx.report(args.output!, t('无法写入（{0}）', (error as NodeJS.ErrnoException).code ?? String(error)));
    }
  }
}

/** The writer of the check's chosen format. */
function checkWriter(ctx: RunContext, args: CheckArgs): CheckWriter {
  const { language } = ctx;
  const options = { fix: args.fix, dryRun: args.dryRun };
  if (args.format === 'json') return jsonWriter();
  if (args.format === 'sarif') return sarifWriter(ctx.io.cwd, packageVersion(), language);
  return args.summary ? summaryWriter(options, language) : textWriter(options, language);
}

/** Leaves out the findings a reviewer dismissed in .nianbao.json and those in the baseline, counting both. */
function withoutSuppressed<F extends { fingerprint: string }>(
  findings: F[],
  dismissed: ReadonlySet<string>,
  baseline: Set<string> | null,
  totals: CheckTotals,
): F[] {
  let kept = findings;
  if (dismissed.size > 0) {
    const undismissed = kept.filter((f) => !dismissed.has(f.fingerprint));
    totals.dismissed += kept.length - undismissed.length;
    kept = undismissed;
  }
  if (baseline !== null) {
    const fresh = kept.filter((f) => !baseline.has(f.fingerprint));
    totals.baselined += kept.length - fresh.length;
    kept = fresh;
  }
  return kept;
}

/** `nianbao check`: each report's findings as they come, then the year-over-year ones, then the totals. */
async function runCheck(ctx: RunContext, args: CheckArgs, baseline: BaselineUse): Promise<void> {
  const { out, configs } = ctx;
  const { t } = ctx.tr;
  const writer = checkWriter(ctx, args);
  const totals = emptyTotals();
  const recorder = baseline.file !== null && baseline.fingerprints === null ? new BaselineRecorder() : null;
  // Year over year: each report's few compared numbers are kept; the findings follow the last file.
  const carryover = new CarryoverCollector<CheckedFile>();
  await out(writer.begin());
  await runTasks(ctx.tasks, ctx.settings, ctx.pool, async (settled: FileResult) => {
    const result = accept(ctx, settled, 'checked');
    if (!result) return;
    const file = result.file;
    carryover.add({ ...file, findings: [], tableStatus: [], changes: [], diff: '' }, result.facts, ctx.tasks[result.index]!.options);
    recorder?.add(file);
    file.findings = withoutSuppressed(file.findings, configs.forFile(file.absolute).dismissed, baseline.fingerprints, totals);
    if (file.findings.some((f) => f.severity === 'error')) ctx.hasErrors = true;
    addToTotals(totals, file);
    await out(writer.file(file));
  });
  for (const { key: file, facts, findings } of carryover.results()) {
    // Fingerprints as for every finding (a carry-over finding always names its cell, so the text is not needed).
    const anchorOnly = { text: '', sections: [] } as unknown as ReportDocument;
    const prints = fingerprintFindings(anchorOnly, findings, file.report.agency, file.report.year);
    const all: FindingOut[] = findings.map((finding, i) =>
      laterFindingOut(
        finding,
        cellPosition(facts, finding) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        prints[i]!.fingerprint,
        ctx.language,
      ),
    );
    recorder?.add({ ...file, findings: all });
    // A year-over-year finding dismissed in .nianbao.json (e.g. from the editor) is left out like any other.
    const later = withoutSuppressed(all, configs.forFile(file.absolute).dismissed, baseline.fingerprints, totals);
    if (later.some((f) => f.severity === 'error')) ctx.hasErrors = true;
    addLaterToTotals(totals, later);
    await out(writer.later({ ...file, findings: later }));
  }
  ctx.progress?.clear();
  totals.problems = ctx.problems.length;
  await out(writer.end(totals, ctx.problems));
  if (recorder) {
    const failed = recorder.write(baseline.file!);
    if (failed) ctx.report(args.baseline!, failed);
    else ctx.io.stderr(`nianbao: ${t('已写入基线：{0} 个问题', recorder.size)} → ${args.baseline}\n`);
  }
}

/** The JSON export of one file: the shape of DESIGN.md plus the per-table status `check` reports. */
function exportJson(file: ExportedFile) {
  return { path: file.path, report: file.report, tables: file.tables, parse: file.parse, tableStatus: file.tableStatus };
}

// `nianbao check` and `nianbao export` as one function from arguments to an exit status, with all
// output going through `io` so the tests can run it in-process. cli.ts is the process wrapper.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../service';
import { applyEdits, safeFixEdits } from '../service/features/apply';
import { computeLineStarts } from '../service/model/text';
import type { AnalyzeOptions } from '../service/model/types';
import { packageVersion } from '../meta';
import { looksLikeReport } from '../service/sniff';
import { setLanguage, t, type UiLanguage } from '../service/l10n';
import { languageFromEnv, parseArgs, pickLanguage, usage, type CliArgs } from './args';
import { ConfigResolver, loadConfig, toAnalyzeOptions } from './config';
import { decodeBytes, encodeText } from './decode';
import { exportDocument, formatExportCsv, formatExportJson, type ExportedFile } from './export';
import { collectInputs, readProblem } from './files';
import { importFile, isImportFailure, isImportFileName, type ImportResult } from '../import';
import type { ImportedSource } from '../import/findingSource';
import { formatJson, formatSarif, formatText, type CheckedFile, type RunProblem } from './output';

export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment, for `NIANBAO_LANG`; without it the language comes from `--lang` alone. */
  env?: Record<string, string | undefined>;
  /** PDF, web page and Word inputs already read into drafts (see runCliAsync), by absolute path. */
  imports?: Map<string, ImportResult>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** Fixing one problem can uncover or unblock another fix (overlapping edits wait a round); a few rounds suffice. */
const MAX_FIX_ROUNDS = 10;

export function runCli(argv: string[], io: CliIO): number {
  // Every message of the run, from usage errors to the summary, is in one language; a bad `--lang`
  // is reported in the language of the environment.
  setLanguage(languageFromEnv(io.env));
  const picked = pickLanguage(argv, io.env);
  if (!picked.ok) {
    io.stderr(`nianbao: ${picked.message}\n\n${usage()}`);
    return EXIT_TROUBLE;
  }
  setLanguage(picked.language);
  const parsed = parseArgs(picked.argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(usage());
      return EXIT_OK;
    case 'version':
      io.stdout(`${packageVersion()}\n`);
      return EXIT_OK;
    case 'error':
      io.stderr(`nianbao: ${parsed.message}\n\n${usage()}`);
      return EXIT_TROUBLE;
    case 'run':
      return run(parsed.args, io, picked.language);
  }
}

/**
 * runCli for the process: the PDF, web page and Word files among the inputs are read into drafts first
 * (pdf.js is asynchronous), then the run goes on as for text files.
 */
export async function runCliAsync(argv: string[], io: CliIO): Promise<number> {
  const imports = new Map<string, ImportResult>();
  const picked = pickLanguage(argv, io.env);
  const parsed = picked.ok ? parseArgs(picked.argv) : null;
  if (picked.ok && parsed?.kind === 'run') {
    setLanguage(picked.language);
    for (const input of collectInputs(parsed.args.inputs, io.cwd).files) {
      if (!isImportFileName(input.absolute)) continue;
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(input.absolute);
      } catch {
        continue; // The run reports the file it cannot read.
      }
      imports.set(input.absolute, await importFile(bytes, input.absolute));
    }
  }
  return runCli(argv, { ...io, imports });
}

function run(args: CliArgs, io: CliIO, language: UiLanguage): number {
  const problems: RunProblem[] = [];
  const report = (display: string, message: string) => {
    problems.push({ display, message });
    io.stderr(`nianbao: ${display}: ${message}\n`);
  };

  let explicitConfig: string | null = null;
  if (args.config !== null) {
    explicitConfig = path.resolve(io.cwd, args.config);
    const loaded = loadConfig(explicitConfig);
    if (!loaded.ok) {
      io.stderr(`nianbao: ${args.config}: ${loaded.message}\n`);
      return EXIT_TROUBLE;
    }
  }
  const configs = new ConfigResolver(explicitConfig, (file, message) => report(path.relative(io.cwd, file) || file, message));

  const inputs = collectInputs(args.inputs, io.cwd);
  for (const problem of inputs.problems) report(problem.display, problem.message);

  const checked: CheckedFile[] = [];
  const exported: ExportedFile[] = [];
  for (const input of inputs.files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(input.absolute);
    } catch (error) {
      report(input.display, readProblem(error));
      continue;
    }
    let decoded = decodeBytes(bytes);
    let imported: ImportedSource | undefined;
    if (isImportFileName(input.absolute)) {
      // A PDF, web page or Word file is checked as the draft its importer made of it, and never written.
      // Without runCliAsync (an in-process caller), published forms found in folders are not taken.
      if (!io.imports && input.fromDirectory) continue;
      const result = io.imports?.get(input.absolute);
      if (!result || isImportFailure(result)) {
        report(input.display, result ? result.error : t('内部错误，未能导入：{0}', input.display));
        continue;
      }
      for (const warning of result.warnings) io.stderr(`nianbao: ${input.display}: ${warning}\n`);
      decoded = { ok: true, text: result.text, encoding: 'utf8' };
      imported = { kind: result.kind, sourceMap: result.sourceMap };
    }
    if (!decoded.ok) {
      report(input.display, decoded.reason);
      continue;
    }
    // Markdown files met while walking a folder are only taken when they read like a report, so a
    // README next to the drafts is not reported as a report with every section missing.
    if (input.fromDirectory && (imported || input.absolute.toLowerCase().endsWith('.md')) && !looksLikeReport(decoded.text)) continue;

    const options = toAnalyzeOptions(configs.forFile(input.absolute), language);
    let text = decoded.text;
    let analysis: Analysis;
    try {
      analysis = analyze(text, options);
      if (args.command === 'check' && args.fix && !imported) ({ text, analysis } = fixText(text, analysis, options));
    } catch (error) {
      // The core promises never to throw on user text; should it anyway, one file must not end the run.
      report(input.display, t('内部错误，未能检查：{0}', error instanceof Error ? error.message : String(error)));
      continue;
    }
    let fixed = false;
    // Writing back re-encodes the whole file; where the encoding cannot reproduce the original bytes (a few
    // GBK byte pairs have no exact Unicode round trip), the file is left as it is rather than altered.
    if (text !== decoded.text && !encodeText(decoded.text, decoded.encoding).equals(bytes)) {
      report(input.display, t('此文件的编码无法原样写回，未写入修复'));
      text = decoded.text;
      analysis = analyze(text, options);
    } else if (text !== decoded.text) {
      try {
        fs.writeFileSync(input.absolute, encodeText(text, decoded.encoding));
        fixed = true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        report(input.display, t('无法写回修复（{0}）', code));
      }
    }
    if (args.command === 'check') {
      checked.push({ display: input.display, absolute: input.absolute, text, lineStarts: computeLineStarts(text), analysis, fixed, imported });
    } else {
      exported.push(exportDocument(input.display, analysis));
    }
  }

  if (args.command === 'export') {
    io.stdout(args.format === 'csv' ? formatExportCsv(exported) : formatExportJson(exported));
    return problems.length > 0 ? EXIT_TROUBLE : EXIT_OK;
  }

  switch (args.format) {
    case 'json':
      io.stdout(formatJson(checked));
      break;
    case 'sarif':
      io.stdout(formatSarif(checked, problems, io.cwd, packageVersion()));
      break;
    default:
      io.stdout(formatText(checked, problems));
  }
  if (problems.length > 0) return EXIT_TROUBLE;
  return checked.some((file) => file.analysis.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** Applies safe fixes round after round until none is left (or the text stops changing). */
export function fixText(text: string, analysis: Analysis, options: AnalyzeOptions): { text: string; analysis: Analysis } {
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const edits = safeFixEdits(analysis.findings);
    if (edits.length === 0) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
    analysis = analyze(text, options);
  }
  return { text, analysis };
}

// `nianbao report [--baseline FILE] [--config FILE] [-o FILE] <file|dir>...`: checks every report given
// (with the year-over-year check across them) and writes the self-contained audit page of auditPage.ts.
// Memory stays bounded: each report is reduced to its page entry and its carry-over facts at once, and
// only the few reports that get carry-over findings are read a second time to mark those cells.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  fingerprintFindings,
  looksLikeReport,
  msg,
  translator,
  type Analysis,
  type AnalyzeOptions,
  type Finding,
  type Message,
  type MessageArg,
  type UiLanguage,
} from '../service';
import { configResolver, toAnalyzeOptions } from './config';
import { serviceFor } from './services';
import { collectInputs, readProblem } from './files';
import { readAnyReportFile } from './read';
import { reportSummary } from './output';
import { auditReport, renderAuditPage, type AuditReport, type ReviewState } from './auditPage';
import type { CliIO } from './main';
import { CarryoverCollector, addFindings, cliReportFacts } from './carryover';

const EXIT_OK = 0;
const EXIT_TROUBLE = 2;

/**
 * Gives each finding of an analysis its stable fingerprint (see `check --baseline`), in the findings' order.
 * The review states of a baseline file are matched through it; without one every finding stays open.
 */
export type Fingerprinter = (analysis: Analysis) => string[];

/** The fingerprints `check --baseline` writes (service/fingerprint.ts), so the page matches its entries. */
export const checkFingerprints: Fingerprinter = (analysis) =>
  fingerprintFindings(analysis.doc, analysis.findings, reportSummary(analysis.doc).agency, analysis.doc.year).map((p) => p.fingerprint);

export interface ReportDeps {
  /** How findings are fingerprinted (default: as `check --baseline` does). */
  fingerprint?: Fingerprinter;
  /** The time shown on the page (tests fix it). */
  now?: () => Date;
}

interface ReportArgs {
  output: string;
  baseline: string | null;
  config: string | null;
  inputs: string[];
}

function parseReportArgs(argv: string[]): { ok: true; args: ReportArgs } | { ok: false; message: Message } {
  const args: ReportArgs = { output: 'audit.html', baseline: null, config: null, inputs: [] };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (!value) return { ok: false, message: msg('{0} 需要一个值', name) };
    if (name === '-o' || name === '--output') args.output = value;
    else if (name === '--baseline') args.baseline = value;
    else if (name === '--config' || name === '-c') args.config = value;
    else return { ok: false, message: msg('未知选项：{0}', arg) };
  }
  if (args.inputs.length === 0) return { ok: false, message: msg('缺少文件或目录') };
  return { ok: true, args };
}

/**
 * The review states a baseline or review file records, by fingerprint. Accepted shapes (loosely, until one
 * format is settled): `{"findings":[{"fingerprint","state"}]}` (also `status`), `{"confirmed":[…],
 * "dismissed":[…]}`, `{"fingerprints":[…]}` or a bare array of fingerprints. An entry without a state is an
 * accepted (confirmed) finding; `dismissed`, `ignored` and `false-positive` count as dismissed.
 */
export function readReviewStates(raw: unknown): Map<string, ReviewState> {
  const states = new Map<string, ReviewState>();
  const stateOf = (value: unknown): ReviewState =>
    typeof value === 'string' && /^(dismiss|ignor|false)/i.test(value) ? 'dismissed' : 'confirmed';
  const visit = (node: unknown, inherited: ReviewState, depth: number): void => {
    if (depth > 6 || node === null || node === undefined) return;
    if (typeof node === 'string') {
      if (/^[0-9a-f]{8,64}$/i.test(node)) states.set(node, inherited);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) visit(item, inherited, depth + 1);
      return;
    }
    if (typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.fingerprint === 'string') {
      const explicit = record.state ?? record.status ?? record.review;
      states.set(record.fingerprint, explicit === undefined ? inherited : stateOf(explicit));
      return;
    }
    for (const [key, value] of Object.entries(record)) {
      if (/^(dismissed|ignored)$/i.test(key)) visit(value, 'dismissed', depth + 1);
      else if (/^(confirmed|accepted)$/i.test(key)) visit(value, 'confirmed', depth + 1);
      else if (typeof value === 'object') visit(value, inherited, depth + 1);
      else if (key === 'fingerprints') visit(value, inherited, depth + 1);
    }
  };
  visit(raw, 'confirmed', 0);
  return states;
}

interface Pending {
  display: string;
  absolute: string;
  options: AnalyzeOptions;
}

export async function runReport(argv: string[], io: CliIO, language: UiLanguage, deps: ReportDeps = {}): Promise<number> {
  const tr = translator(language);
  const { t } = tr;
  const parsed = parseReportArgs(argv);
  if (!parsed.ok) {
    io.stderr(`nianbao report: ${tr.render(parsed.message)}\n`);
    return EXIT_TROUBLE;
  }
  const { args } = parsed;
  const problems: Array<{ display: string; message: string }> = [];
  const report = (display: string, problem: MessageArg) => {
    const message = tr.render(problem);
    problems.push({ display, message });
    io.stderr(`nianbao: ${display}: ${message}\n`);
  };

  const configs = configResolver(args.config, io.cwd, report, io.stderr, language);
  if (!configs) return EXIT_TROUBLE;

  let review: Map<string, ReviewState> | null = null;
  if (args.baseline !== null) {
    try {
      review = readReviewStates(JSON.parse(fs.readFileSync(path.resolve(io.cwd, args.baseline), 'utf8').replace(/^\ufeff/, '')));
    } catch (error) {
      io.stderr(`nianbao: ${args.baseline}: ${error instanceof SyntaxError ? t('不是有效的 JSON') : tr.render(readProblem(error))}\n`);
      return EXIT_TROUBLE;
    }
  }
  const fingerprint = deps.fingerprint ?? checkFingerprints;
  // A finding dismissed in the report's .nianbao.json (the editor's 「忽略此问题」) counts as dismissed too.
  const reviewOf = (analysis: Analysis, absolute: string): ((index: number) => ReviewState) | undefined => {
    const dismissed = configs.forFile(absolute).dismissed;
    if (!review && dismissed.size === 0) return undefined;
    const prints = fingerprint(analysis);
    return (index) => {
      const print = prints[index]!;
      return dismissed.has(print) ? 'dismissed' : (review?.get(print) ?? 'open');
    };
  };

  /** Reads and analyses one file; null (with the problem reported) when it cannot or is not a report. */
  const load = async (
    display: string,
    absolute: string,
    fromDirectory: boolean,
    options: AnalyzeOptions,
    extra: Finding[] = [],
  ): Promise<Analysis | null> => {
    // PDF, web pages and Word files are read through their importers (asynchronous: pdf.js).
    const decoded = await readAnyReportFile(absolute);
    if (!decoded.ok) {
      report(display, decoded.reason);
      return null;
    }
    // As in `check`, files met while walking a folder count only when they read like a report.
    if (fromDirectory && !looksLikeReport(decoded.text)) return null;
    try {
      const analysis = serviceFor(options).analyze(decoded.text);
      if (extra.length > 0) addFindings(analysis.findings, extra);
      return analysis;
    } catch (error) {
      report(display, t('内部错误，未能检查：{0}', error instanceof Error ? error.message : String(error)));
      return null;
    }
  };

  const inputs = collectInputs(args.inputs, io.cwd);
  for (const problem of inputs.problems) report(problem.display, problem.message);
  const output = path.resolve(io.cwd, args.output);
  const entries: AuditReport[] = [];
  const pending: Pending[] = [];
  const carryover = new CarryoverCollector<number>();
  for (const input of inputs.files) {
    // The page being rewritten is not a report, even when it lies in the folder audited.
    if (input.absolute === output) continue;
    const options = toAnalyzeOptions(configs.forFile(input.absolute));
    const analysis = await load(input.display, input.absolute, input.fromDirectory, options);
    if (!analysis) continue;
    carryover.add(pending.length, cliReportFacts(analysis.doc, input.display, input.absolute), options);
    pending.push({ display: input.display, absolute: input.absolute, options });
    entries.push(auditReport(input.display, analysis, reviewOf(analysis, input.absolute), language));
  }

  // Year over year across the files given; a report that gets findings is read again to mark its cells.
  for (const { key: index, findings } of carryover.results()) {
    const item = pending[index]!;
    const analysis = await load(item.display, item.absolute, false, item.options, findings);
    if (analysis) entries[index] = auditReport(item.display, analysis, reviewOf(analysis, item.absolute), language);
  }

  const now = (deps.now ?? (() => new Date()))();
  const html = renderAuditPage(entries, {
    generatedAt: now
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC'),
    baseline: args.baseline,
    problems,
    language,
  });
  try {
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, html);
  } catch (error) {
    io.stderr(`nianbao: ${args.output}: ${tr.render(readProblem(error))}\n`);
    return EXIT_TROUBLE;
  }
  io.stdout(`${t('已写入 {0}：{1} 份报告', args.output, entries.length)}\n`);
  return problems.length > 0 ? EXIT_TROUBLE : EXIT_OK;
}

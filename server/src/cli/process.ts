// The work done for one input file, the same in a worker thread and in the main thread: read it once,
// decide whether it is a report, analyse it, apply or preview fixes, and reduce the result to plain data
// (positions resolved, fingerprints made) that the main thread writes out in input order.

import * as fs from 'node:fs';
import {
  fingerprintFindings,
  looksLikeReport,
  translator,
  type Analysis,
  type AnalyzeOptions,
  type UiLanguage,
  type ReportFacts,
} from '../service';
import { encodeText } from './decode';
import { exportDocument, sheetRow, type ExportedFile, type SheetValue } from './export';
import { applySafeFixes, unifiedDiff, type AppliedChange } from './fix';
import { findingOut, reportSummary, tableStatusOf, type CheckedFile } from './output';
import { readAnyReportFile } from './read';
import { serviceFor } from './services';
import { findingSource } from '../import/findingSource';
import { cliReportFacts } from './carryover';

export interface FileTask {
  index: number;
  display: string;
  absolute: string;
  fromDirectory: boolean;
  options: AnalyzeOptions;
}

/** What every file of a run is asked for. */
export interface TaskSettings {
  command: 'check' | 'export';
  fix: boolean;
  dryRun: boolean;
  /** Export to a spreadsheet: compute the row. */
  sheet: boolean;
  /** The output shows whether each fix is safe (JSON, SARIF): have the engine try the proposed ones. */
  verifyFixes: boolean;
  language: UiLanguage;
}

export type FileResult =
  | { index: number; kind: 'checked'; file: CheckedFile; problems: string[]; hasError: boolean; facts: ReportFacts }
  | { index: number; kind: 'exported'; exported: ExportedFile | null; row: SheetValue[] | null; problems: string[] }
  | { index: number; kind: 'skipped'; reason: 'not-report' }
  | { index: number; kind: 'problem'; message: string };

export async function processFile(task: FileTask, settings: TaskSettings): Promise<FileResult> {
  try {
    return await processFileUnguarded(task, settings);
  } catch (error) {
    // The core promises never to throw on user text; should anything throw anyway, one file must not end the run.
    return {
      index: task.index,
      kind: 'problem',
      message: translator(settings.language).t('内部错误，未能检查：{0}', error instanceof Error ? error.message : String(error)),
    };
  }
}

async function processFileUnguarded(task: FileTask, settings: TaskSettings): Promise<FileResult> {
  // Everything the file's result says is written here, in the run's language: the result is plain text.
  const tr = translator(settings.language);
  const { t } = tr;
  const read = await readAnyReportFile(task.absolute);
  if (!read.ok) return { index: task.index, kind: 'problem', message: tr.render(read.reason) };
  // Files met while walking a folder are taken only when they read like a report, so a README or notes
  // next to the drafts are counted as skipped rather than reported with every section missing.
  if (task.fromDirectory && !looksLikeReport(read.text)) return { index: task.index, kind: 'skipped', reason: 'not-report' };

  // What an importer could not read (a page without text layer) is said, never passed over.
  const problems: string[] = (read.warnings ?? []).map(tr.render);
  let text = read.text;
  const service = serviceFor(task.options);
  const original: Analysis = service.analyze(text);
  let analysis = original;
  let changes: AppliedChange[] = [];
  if (settings.command === 'check' && settings.fix)
    ({ text, analysis, changes } = applySafeFixes(text, analysis, task.options, settings.language));

  let fixed = false;
  let diff = '';
  if (text !== read.text) {
    // Writing back re-encodes the whole file; where the encoding cannot reproduce the original bytes (a few
    // GBK byte pairs have no exact Unicode round trip), the file is left as it is rather than altered.
    const source = read.source;
    if (source === null || !encodeText(read.text, source.encoding).equals(source.bytes)) {
      problems.push(source === null ? t('此文件由其他格式转换而来，无法写回修复') : t('此文件的编码无法原样写回，未写入修复'));
      text = read.text;
      analysis = original;
      changes = [];
    } else if (settings.dryRun) {
      diff = unifiedDiff(read.text, text, task.display);
      // The findings shown are those of the file as it is, since nothing is written.
      analysis = original;
    } else {
      try {
        fs.writeFileSync(task.absolute, encodeText(text, source.encoding));
        fixed = true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        problems.push(t('无法写回修复（{0}）', code));
        // The file is as it was, so its findings are those of the original text.
        analysis = original;
        changes = [];
      }
    }
  }

  const doc = analysis.doc;
  if (settings.command === 'export') {
    const exported = exportDocument(task.display, analysis, settings.language);
    // A spreadsheet needs the row alone; the nested tables are sent back only for the JSON export.
    return settings.sheet
      ? { index: task.index, kind: 'exported', exported: null, row: sheetRow(exported, doc), problems }
      : { index: task.index, kind: 'exported', exported, row: null, problems };
  }
  // A fix is reported as safe only when the engine has tried it; only fixes a check proposes as safe need the trial.
  if (settings.verifyFixes) analysis = service.verifiedFixes(text, analysis, (finding) => finding.fixes?.some((f) => f.safe) ?? false);
  const report = reportSummary(doc);
  const prints = fingerprintFindings(doc, analysis.findings);
  const file: CheckedFile = {
    display: task.display,
    absolute: task.absolute,
    report,
    tableStatus: tableStatusOf(doc, settings.language),
    findings: analysis.findings.map((finding, i) => {
      const out = findingOut(doc, finding, prints[i]!.fingerprint, settings.language);
      // A finding in a PDF, web page or Word file also says where it stands in that file.
      const source = read.imported ? findingSource(read.imported, finding.range, settings.language) : null;
      return source ? { ...out, source } : out;
    }),
    changes,
    diff,
    fixed,
  };
  // The few numbers the year-over-year check compares once every file is read (plain data, like the rest).
  const facts = cliReportFacts(doc, task.display, task.absolute);
  return { index: task.index, kind: 'checked', file, problems, hasError: analysis.findings.some((f) => f.severity === 'error'), facts };
}

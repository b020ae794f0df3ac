// The work done for one input file, the same in a worker thread and in the main thread: read it once,
// decide whether it is a report, analyse it, apply or preview fixes, and reduce the result to plain data
// (positions resolved, fingerprints made) that the main thread writes out in input order.

import * as fs from 'node:fs';
import { analyze, type Analysis } from '../service';
import type { AnalyzeOptions } from '../service/model/types';
import { fingerprintFindings } from '../service/fingerprint';
import { looksLikeReport } from '../service/sniff';
import { setLanguage, t, type UiLanguage } from '../service/l10n';
import { encodeText } from './decode';
import { exportDocument, sheetRow, type ExportedFile, type SheetValue } from './export';
import { applySafeFixes, unifiedDiff, type AppliedChange } from './fix';
import { findingOut, reportSummary, tableStatusOf, type CheckedFile } from './output';
import { readReportFile } from './read';

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
  language: UiLanguage;
}

export type FileResult =
  | { index: number; kind: 'checked'; file: CheckedFile; problems: string[] }
  | { index: number; kind: 'exported'; exported: ExportedFile | null; row: SheetValue[] | null; problems: string[] }
  | { index: number; kind: 'skipped'; reason: 'not-report' }
  | { index: number; kind: 'problem'; message: string };

export function processFile(task: FileTask, settings: TaskSettings): FileResult {
  try {
    return processFileUnguarded(task, settings);
  } catch (error) {
    // The core promises never to throw on user text; should anything throw anyway, one file must not end the run.
    return { index: task.index, kind: 'problem', message: t('内部错误，未能检查：{0}', error instanceof Error ? error.message : String(error)) };
  }
}

function processFileUnguarded(task: FileTask, settings: TaskSettings): FileResult {
  setLanguage(settings.language);
  const read = readReportFile(task.absolute);
  if (!read.ok) return { index: task.index, kind: 'problem', message: read.reason };
  // Files met while walking a folder are taken only when they read like a report, so a README or notes
  // next to the drafts are counted as skipped rather than reported with every section missing.
  if (task.fromDirectory && !looksLikeReport(read.text)) return { index: task.index, kind: 'skipped', reason: 'not-report' };

  const problems: string[] = [];
  let text = read.text;
  const original: Analysis = analyze(text, task.options);
  let analysis = original;
  let changes: AppliedChange[] = [];
  if (settings.command === 'check' && settings.fix) ({ text, analysis, changes } = applySafeFixes(text, analysis, task.options));

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
    const exported = exportDocument(task.display, analysis);
    // A spreadsheet needs the row alone; the nested tables are sent back only for the JSON export.
    return settings.sheet
      ? { index: task.index, kind: 'exported', exported: null, row: sheetRow(exported, doc), problems }
      : { index: task.index, kind: 'exported', exported, row: null, problems };
  }
  const report = reportSummary(doc);
  const prints = fingerprintFindings(doc, analysis.findings);
  const file: CheckedFile = {
    display: task.display,
    absolute: task.absolute,
    report,
    tableStatus: tableStatusOf(doc),
    findings: analysis.findings.map((finding, i) => findingOut(doc, finding, prints[i].fingerprint)),
    changes,
    diff,
    fixed,
  };
  return { index: task.index, kind: 'checked', file, problems };
}

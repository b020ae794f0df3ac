// The custom request behind the status bar item: the core's report summary (year, format, tables read,
// 勾稽关系) with its text already in the UI language, and the findings counted by severity.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { guard } from '../guard';
import { REPORT_STATUS_REQUEST, type ReportStatusParams, type ReportStatusResult } from '../protocol';
import { reportEntry } from './entry';

export function registerReportStatus(ctx: ServerContext): void {
  ctx.connection.onRequest(
    REPORT_STATUS_REQUEST,
    guard(
      ctx.connection,
      REPORT_STATUS_REQUEST,
      (params: ReportStatusParams) => provideReportStatus(ctx, params),
      new ResponseError(ErrorCodes.InternalError, 'report status failed'),
    ),
  );
}

export function provideReportStatus(ctx: ServerContext, params: ReportStatusParams): ReportStatusResult | ResponseError {
  const uri = params?.uri;
  if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'uri is required');
  const document = ctx.documents.get(uri);
  if (!document) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${uri}`);
  const entry = reportEntry(ctx, uri);
  const none = { errors: 0, warnings: 0, information: 0, hints: 0 };
  const noRelations = { total: 0, holds: 0, fails: 0, unchecked: 0 };
  if (!entry) {
    return {
      uri,
      version: document.version,
      report: false,
      text: '',
      details: [],
      year: null,
      format: null,
      tablesRead: 0,
      tables: [],
      relations: noRelations,
      findings: none,
    };
  }
  const status = ctx.service.reportStatus(entry.analysis.doc);
  const summary = status.summary;
  const { t } = ctx.service.translator;
  const findings = { ...none };
  for (const f of entry.analysis.findings) {
    if (f.severity === 'error') findings.errors++;
    else if (f.severity === 'warning') findings.warnings++;
    else if (f.severity === 'information') findings.information++;
    else findings.hints++;
  }
  const details = [
    ...status.details,
    t('错误 {0}，警告 {1}，提示 {2}', findings.errors, findings.warnings, findings.information + findings.hints),
  ];
  return {
    uri,
    version: entry.version,
    report: true,
    text: status.line,
    details,
    year: summary.year,
    format: summary.format,
    tablesRead: summary.tablesRead,
    tables: summary.tables.map((s) => ({ kind: s.kind, state: s.state, relations: s.relations })),
    relations: summary.relations,
    findings,
  };
}

// The custom requests behind the `新建年度报告` and `插入标准表格` commands: the client asks, the core's
// templates answer, so the standard text lives in one place (server/src/service/features/template.ts).

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { eolOf, type FormatId, type TableKind } from '../../service';
import type { ServerContext } from '../context';
import { guard } from '../guard';
import {
  NEW_REPORT_TEXT,
  type NewReportTextParams,
  type NewReportTextResult,
  STANDARD_TABLE,
  type StandardTableParams,
  type StandardTableResult,
} from '../protocol';
import { reportEntry } from './entry';

const TABLE_KINDS: ReadonlySet<string> = new Set(['t2', 't3', 't4']);

/** Agency names are short; anything longer is a paste accident and would make an unreadable title. */
const MAX_AGENCY_LENGTH = 200;

export function registerTemplates(ctx: ServerContext): void {
  ctx.connection.onRequest(
    NEW_REPORT_TEXT,
    guard(
      ctx.connection,
      NEW_REPORT_TEXT,
      (params: NewReportTextParams) => provideNewReportText(ctx, params),
      new ResponseError(ErrorCodes.InternalError, 'new report failed'),
    ),
  );
  ctx.connection.onRequest(
    STANDARD_TABLE,
    guard(
      ctx.connection,
      STANDARD_TABLE,
      (params: StandardTableParams) => provideStandardTable(ctx, params),
      new ResponseError(ErrorCodes.InternalError, 'standard table failed'),
    ),
  );
}

export function provideNewReportText(ctx: ServerContext, params: NewReportTextParams): NewReportTextResult | ResponseError {
  const agency = typeof params?.agency === 'string' ? params.agency.replace(/\s+/g, ' ').trim() : '';
  const year = params?.year;
  if (agency.length > MAX_AGENCY_LENGTH)
    return new ResponseError(ErrorCodes.InvalidParams, `agency longer than ${MAX_AGENCY_LENGTH} characters`);
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    return new ResponseError(ErrorCodes.InvalidParams, 'year must be an integer between 2000 and 2100');
  }
  return { text: ctx.service.newReport({ agency, year }) };
}

/** The format for a table: what the report's year calls for, else what its tables use, else 2021. */
export function provideStandardTable(ctx: ServerContext, params: StandardTableParams): StandardTableResult | ResponseError {
  const kind = params?.kind;
  if (typeof kind !== 'string' || !TABLE_KINDS.has(kind)) return new ResponseError(ErrorCodes.InvalidParams, 'kind must be t2, t3 or t4');
  let format: FormatId = '2021';
  const doc = typeof params.uri === 'string' ? reportEntry(ctx, params.uri)?.analysis.doc : undefined;
  if (doc?.expectedFormat) format = doc.expectedFormat;
  else if (doc?.tableFormat === '2019' || doc?.tableFormat === '2021') format = doc.tableFormat;
  const document = typeof params.uri === 'string' ? ctx.documents.get(params.uri) : undefined;
  // The table takes the document's line ends, so a CRLF file stays consistent.
  const eol = document ? eolOf(document.getText()) : '\n';
  return { text: ctx.service.standardTable(kind as TableKind, format, eol), format };
}

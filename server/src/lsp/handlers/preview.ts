// The custom request behind `预览表格`: tables 二/三/四 of a document rendered by the core as HTML in the
// official layout, plus every cell's range and messages, so the client's panel can mark and reveal them.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { memoized } from '../cache';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { guard } from '../guard';
import { type PreviewCellInfo, TABLES_REQUEST, type TablesParams, type TablesResult } from '../protocol';
import { reportEntry } from './entry';

const NOT_A_REPORT = {
  'zh-cn': '此文档未作为政府信息公开年度报告检查，没有可预览的表格。',
  en: 'This document is not checked as an annual report on government information disclosure; there are no tables to preview.',
};

export function registerPreview(ctx: ServerContext): void {
  ctx.connection.onRequest(
    TABLES_REQUEST,
    guard(
      ctx.connection,
      TABLES_REQUEST,
      (params: TablesParams) => provideTables(ctx, params),
      new ResponseError(ErrorCodes.InternalError, 'preview failed'),
    ),
  );
}

export function provideTables(ctx: ServerContext, params: TablesParams): TablesResult | ResponseError {
  const uri = params?.uri;
  if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'uri is required');
  const document = ctx.documents.get(uri);
  if (!document) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${uri}`);
  const language = ctx.settings.language;
  const entry = reportEntry(ctx, uri);
  if (!entry) {
    return { uri, version: document.version, report: false, html: `<p class="absent">${NOT_A_REPORT[language]}</p>`, cells: {} };
  }
  // The panel asks again on every edit and focus change: the rendering of a version is kept with it.
  return memoized(entry, `preview:${language}`, () => {
    const preview = entry.service.preview(entry.analysis);
    const cells: Record<string, PreviewCellInfo> = {};
    for (const [id, cell] of Object.entries(preview.cells)) {
      cells[id] = { range: cell.range ? toRange(entry, cell.range) : null, messages: cell.messages };
    }
    return { uri, version: entry.version, report: true, html: preview.html, cells };
  });
}

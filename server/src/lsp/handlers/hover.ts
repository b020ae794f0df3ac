// textDocument/hover: the core's Markdown hover for a table cell (with its sums), a row label, a section
// heading or a finding, at the position under the mouse.

import { type Hover, type HoverParams, MarkupKind } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { guard } from '../guard';
import { reportEntry } from './entry';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(guard(ctx.connection, 'hover', (params: HoverParams) => provideHover(ctx, params), null));
}

export function provideHover(ctx: ServerContext, params: HoverParams): Hover | null {
  const entry = reportEntry(ctx, params.textDocument.uri);
  if (!entry) return null;
  const offset = toOffset(entry, params.position);
  const result = entry.service.hover(entry.analysis, offset, ctx.docsBaseUrl ? { docsBaseUrl: ctx.docsBaseUrl } : {});
  if (!result || !result.markdown) return null;
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(entry, result.range) };
}

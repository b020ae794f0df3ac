// textDocument/inlayHint: `= 16` after a total whose 勾稽关系 fails, the value that would make it hold.

import { type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toPosition, toSpan } from '../convert';
import { guard } from '../guard';
import { reportEntry } from './entry';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(
    guard(ctx.connection, 'inlayHint', (params: InlayHintParams) => provideInlayHints(ctx, params), []),
  );
}

export function provideInlayHints(ctx: ServerContext, params: InlayHintParams): InlayHint[] {
  const entry = reportEntry(ctx, params.textDocument.uri);
  if (!entry) return [];
  return entry.service.inlayHints(entry.analysis, toSpan(entry, params.range)).map((hint) => ({
    position: toPosition(entry, hint.offset),
    label: hint.label,
    tooltip: hint.tooltip,
    paddingLeft: true,
  }));
}

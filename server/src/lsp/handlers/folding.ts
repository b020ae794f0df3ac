// textDocument/foldingRange: one range per section, sub-heading and table, by line, from the core.

import { type FoldingRange, FoldingRangeKind, type FoldingRangeParams } from 'vscode-languageserver';
import { memoized } from '../cache';
import type { ServerContext } from '../context';
import { guard } from '../guard';
import { reportEntry } from './entry';

export function registerFolding(ctx: ServerContext): void {
  ctx.connection.onFoldingRanges(
    guard(ctx.connection, 'foldingRange', (params: FoldingRangeParams) => provideFoldingRanges(ctx, params), []),
  );
}

export function provideFoldingRanges(ctx: ServerContext, params: FoldingRangeParams): FoldingRange[] {
  const entry = reportEntry(ctx, params.textDocument.uri);
  if (!entry) return [];
  const lastLine = entry.lineStarts.length - 1;
  // Computed once per version and served from the entry afterwards.
  const ranges = memoized(entry, 'folding', () => {
    const out: FoldingRange[] = [];
    for (const r of entry.service.folding(entry.analysis.doc)) {
      const startLine = Math.max(0, Math.min(r.startLine, lastLine));
      const endLine = Math.max(0, Math.min(r.endLine, lastLine));
      if (endLine <= startLine) continue;
      out.push(r.kind === 'region' ? { startLine, endLine, kind: FoldingRangeKind.Region } : { startLine, endLine });
    }
    return out;
  });
  const limit = ctx.capabilities.textDocument?.foldingRange?.rangeLimit;
  return typeof limit === 'number' && limit >= 0 ? ranges.slice(0, limit) : ranges;
}

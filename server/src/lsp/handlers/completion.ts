// textDocument/completion: the core's standard section headings and missing table labels at the cursor,
// each replacing what has been typed of it on the line.

import { type CompletionItem, CompletionItemKind, type CompletionParams } from 'vscode-languageserver';
import type { CompletionKind } from '../../service';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { guard } from '../guard';
import { reportEntry } from './entry';

/** Typing these may start a heading (`五、`) or a table label (`（五）`), so they ask for completions. */
export const COMPLETION_TRIGGERS = ['、', '（', '('];

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  heading: CompletionItemKind.Module,
  row: CompletionItemKind.Field,
  header: CompletionItemKind.Property,
};

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion(guard(ctx.connection, 'completion', (params: CompletionParams) => provideCompletion(ctx, params), []));
}

export function provideCompletion(ctx: ServerContext, params: CompletionParams): CompletionItem[] {
  const entry = reportEntry(ctx, params.textDocument.uri);
  if (!entry) return [];
  const offset = toOffset(entry, params.position);
  const entries = entry.service.completion(entry.analysis.doc, offset);
  // The core's order (missing headings first, labels in the table's order) is kept with sortText,
  // which clients use among items that match what was typed equally well.
  return entries.map((item, index) => ({
    label: item.label,
    detail: item.detail,
    kind: KINDS[item.kind],
    sortText: String(index).padStart(3, '0'),
    textEdit: { range: toRange(entry, item.range), newText: item.insertText },
  }));
}

// textDocument/formatting and rangeFormatting: the core rewrites pasted tables into one row per line,
// tab separated, with the standard labels; it never changes a value and leaves text outside tables alone.
// Only `nianbao` documents are formatted: rewriting a Markdown report's pipe tables would break them.

import {
  type Connection,
  DocumentFormattingRequest,
  type DocumentFormattingParams,
  DocumentRangeFormattingRequest,
  type DocumentRangeFormattingParams,
  type TextEdit,
} from 'vscode-languageserver';
import type { Span } from '../../service';
import type { ServerContext } from '../context';
import { toSpan, toTextEdits } from '../convert';
import { describeError, guard } from '../guard';
import { reportEntry } from './entry';

/** The documents formatting is offered for, when the client lets the server say so. */
export const FORMATTING_SELECTOR = [
  { language: 'nianbao', scheme: 'file' },
  { language: 'nianbao', scheme: 'untitled' },
];

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting(
    guard(ctx.connection, 'formatting', (params: DocumentFormattingParams) => provideFormatting(ctx, params.textDocument.uri), []),
  );
  ctx.connection.onDocumentRangeFormatting(
    guard(
      ctx.connection,
      'rangeFormatting',
      (params: DocumentRangeFormattingParams) => provideFormatting(ctx, params.textDocument.uri, params.range),
      [],
    ),
  );
}

/**
 * Registers formatting for `nianbao` documents only. Called once the client is initialized, when it
 * supports dynamic registration; otherwise the capability was announced statically.
 */
export async function registerFormattingDynamically(ctx: ServerContext): Promise<void> {
  const connection: Connection = ctx.connection;
  try {
    await connection.client.register(DocumentFormattingRequest.type, { documentSelector: FORMATTING_SELECTOR });
    await connection.client.register(DocumentRangeFormattingRequest.type, { documentSelector: FORMATTING_SELECTOR });
  } catch (error) {
    connection.console.warn(`[nianbao] could not register formatting: ${describeError(error)}`);
  }
}

export function provideFormatting(ctx: ServerContext, uri: string, range?: DocumentRangeFormattingParams['range']): TextEdit[] {
  const entry = reportEntry(ctx, uri);
  if (!entry) return [];
  const document = ctx.documents.get(uri);
  if (document?.languageId !== 'nianbao') return [];
  const span: Span | undefined = range ? toSpan(entry, range) : undefined;
  return toTextEdits(entry, entry.service.formatting(entry.analysis.doc, span));
}

// textDocument/codeLens: above each standard table, how many of its 勾稽关系 hold and a link to the
// preview (the client's `nianbao.previewTables` command, given the document's URI).

import { type CodeLens, type CodeLensParams, Command } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { guard } from '../guard';
import { reportEntry } from './entry';

/** The client command that opens the tables preview (client/src/commands.ts). */
export const PREVIEW_COMMAND = 'nianbao.previewTables';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens(guard(ctx.connection, 'codeLens', (params: CodeLensParams) => provideCodeLenses(ctx, params), []));
}

export function provideCodeLenses(ctx: ServerContext, params: CodeLensParams): CodeLens[] {
  const uri = params.textDocument.uri;
  const entry = reportEntry(ctx, uri);
  if (!entry) return [];
  return entry.service.codeLenses(entry.analysis).map((lens) => ({
    range: toRange(entry, lens.range),
    // An empty command id makes the lens plain text in VS Code.
    command: lens.action === 'preview' ? Command.create(lens.title, PREVIEW_COMMAND, uri) : Command.create(lens.title, ''),
  }));
}

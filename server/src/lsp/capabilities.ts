// What the server announces in its initialize result. A feature added under handlers/ adds its
// capability here, next to the others.

import { type InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';
import type { ClientSupport } from './context';
import { CODE_ACTION_KINDS } from './handlers/codeActions';
import { COMPLETION_TRIGGERS } from './handlers/completion';
import { NEW_REPORT_TEXT, REPORT_STATUS_REQUEST, STANDARD_TABLE, TABLES_REQUEST } from './protocol';

export const SERVER_NAME = 'nianbao';

/** The server's own requests (protocol.ts), listed in the initialize result for clients that look. */
export const CUSTOM_REQUESTS = [NEW_REPORT_TEXT, STANDARD_TABLE, TABLES_REQUEST, REPORT_STATUS_REQUEST];

export function initializeResult(version: string, client?: Pick<ClientSupport, 'dynamicFormatting'>): InitializeResult {
  // Formatting is registered later, for `nianbao` documents only, when the client allows it (see
  // handlers/formatting.ts); announced here it would apply to every document the client sends, Markdown too.
  const formatting = client?.dynamicFormatting ? {} : { documentFormattingProvider: true, documentRangeFormattingProvider: true };
  return {
    capabilities: {
      // Save notifications drive the `onSave` run mode (nianbao.run); the text itself is already synced.
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
      documentSymbolProvider: { label: '年报' },
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      ...formatting,
      experimental: { nianbao: { requests: CUSTOM_REQUESTS } },
    },
    serverInfo: { name: SERVER_NAME, version },
  };
}

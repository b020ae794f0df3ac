// What the server announces in its initialize result. A feature added under handlers/ adds its
// capability here, next to the others.

import { type InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from './handlers/codeActions';

export const SERVER_NAME = 'nianbao';

export function initializeResult(version: string): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    },
    serverInfo: { name: SERVER_NAME, version },
  };
}

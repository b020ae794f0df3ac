// What every handler gets: the connection, the open documents, the shared analysis cache, the current
// settings and what the client can do. Handlers receive this object instead of reaching for globals.

import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './cache';
import type { NianbaoSettings } from './settings';

export interface ClientSupport {
  /** The client pulls settings with workspace/configuration. */
  configuration: boolean;
  /** Workspace edits may use versioned documentChanges. */
  documentChanges: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  settings: NianbaoSettings;
  client: ClientSupport;
  capabilities: ClientCapabilities;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
  };
}

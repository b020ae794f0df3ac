// What every handler gets: the connection, the open documents, the shared analysis cache, the current
// settings and what the client can do. Handlers receive this object instead of reaching for globals.

import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './cache';
import type { LanguageService } from '../service';
import { analyzeOptions, type NianbaoSettings } from './settings';
import { createLanguageService } from '../service';

export interface ClientSupport {
  /** The client pulls settings with workspace/configuration. */
  configuration: boolean;
  /** Workspace edits may use versioned documentChanges. */
  documentChanges: boolean;
  /** Document symbols may be sent as a tree (DocumentSymbol) rather than a flat list. */
  hierarchicalSymbols: boolean;
  /** Formatting may be registered dynamically, for a narrower document selector than the client's. */
  dynamicFormatting: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  settings: NianbaoSettings;
  /** The core, made for the current settings; setSettings makes a new one whenever they change. */
  service: LanguageService;
  client: ClientSupport;
  capabilities: ClientCapabilities;
  /** The client's display language from `initialize` (e.g. `zh-cn`, `en`), if it sent one. */
  locale: string | undefined;
  /**
   * Where the checks' documentation pages are (`<base><id>.md`), as the client sent it in its
   * initialization options; hovers and diagnostics link there. Undefined: no links to a known place.
   */
  docsBaseUrl: string | undefined;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    dynamicFormatting:
      capabilities.textDocument?.formatting?.dynamicRegistration === true &&
      capabilities.textDocument?.rangeFormatting?.dynamicRegistration === true,
  };
}

/** Takes new settings, and the language service made for them (options are never set globally). */
export function setSettings(ctx: ServerContext, settings: NianbaoSettings): void {
  ctx.settings = settings;
  ctx.service = createLanguageService(analyzeOptions(settings));
}

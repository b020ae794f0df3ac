// Wires the language server together: documents, settings, the analysis cache, diagnostics scheduling
// and the feature handlers. server/src/server.ts only creates the connection and calls startServer.

import { type Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './cache';
import { initializeResult } from './capabilities';
import { clientSupport, setSettings, type ServerContext } from './context';
import { DiagnosticsScheduler } from './diagnostics';
import { describeError, guard, guardVoid } from './guard';
import { registerHandlers } from './handlers';
import { registerFormattingDynamically } from './handlers/formatting';
import { packageVersion } from '../meta';
import { DEFAULT_SETTINGS, analyzeOptions, normalizeSettings } from './settings';
import { SNIFF_LENGTH, createLanguageService, looksLikeReport } from '../service';
import { createWorkspaceIndex } from './workspace';
import { Dismissals } from './dismissals';
import { registerDismiss } from './handlers/dismiss';

/** Languages whose documents are analysed only when their opening looks like a report. */
const SNIFFED_LANGUAGES: ReadonlySet<string> = new Set(['markdown', 'plaintext']);

export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  // The findings a reviewer dismissed in .nianbao.json, which the cache leaves out of the diagnostics.
  const dismissals = new Dismissals(
    (message) => connection.console.error(`[nianbao] ${message}`),
    (message) => ctx.service.render(message),
  );
  // The cache's hooks read the settings through `ctx` when they run, so they always see the current ones.
  const cache = new AnalysisCache({
    isReport: (document) => {
      if (document.languageId === 'nianbao') return true;
      if (!SNIFFED_LANGUAGES.has(document.languageId) || !ctx.settings.autoDetect) return false;
      const head = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(SNIFF_LENGTH) });
      return looksLikeReport(head);
    },
    service: () => ctx.service,
    log: (message) => connection.console.error(`[nianbao] ${message}`),
    docsBaseUrl: () => ctx.docsBaseUrl,
    crossDocument: (uri, analysis) => workspace.index.findingsFor(uri, analysis, ctx.service),
    dismissed: (uri) => dismissals.forUri(uri),
  });
  const ctx: ServerContext = {
    connection,
    documents,
    cache,
    settings: { ...DEFAULT_SETTINGS },
    service: createLanguageService(analyzeOptions(DEFAULT_SETTINGS)),
    client: { configuration: false, documentChanges: false, hierarchicalSymbols: false, dynamicFormatting: false },
    capabilities: {},
    locale: undefined,
    docsBaseUrl: undefined,
  };
  const scheduler = new DiagnosticsScheduler(ctx);
  // The workspace's other reports, for the year-over-year check (workspace/carryover).
  const workspace = createWorkspaceIndex(() => ctx, {
    log: (message) => connection.console.error(`[nianbao] ${message}`),
    revalidate: (uri) => {
      if (!documents.get(uri)) return;
      ctx.cache.delete(uri);
      if (ctx.settings.run !== 'off') scheduler.schedule(uri, 0);
    },
    openDocuments: () => documents.keys(),
    configChanged: () => {
      dismissals.invalidate();
      refreshDismissals();
    },
  });

  /** A .nianbao.json changed (or a dismissal was recorded): every open document is published again. */
  function refreshDismissals(): void {
    ctx.cache.invalidateAll();
    scheduler.revalidateAll();
  }

  /** True once the client has sent settings itself (initialization options or a push): no need to ask. */
  let settingsPushed = false;

  connection.onInitialize((params) => {
    ctx.capabilities = params.capabilities;
    ctx.client = clientSupport(params.capabilities);
    ctx.locale = typeof params.locale === 'string' ? params.locale : undefined;
    const options = params.initializationOptions as { settings?: unknown; docsBaseUrl?: unknown } | undefined;
    if (options?.settings !== undefined) {
      settingsPushed = true;
      setSettings(ctx, normalizeSettings(options.settings, ctx.locale));
    } else {
      setSettings(ctx, normalizeSettings({}, ctx.locale));
    }
    if (typeof options?.docsBaseUrl === 'string' && options.docsBaseUrl) ctx.docsBaseUrl = options.docsBaseUrl;
    workspace.initialize(params);
    return initializeResult(packageVersion(), ctx.client);
  });

  connection.onInitialized(
    // Clients that sent no settings but can be asked for them are asked once now; later changes arrive
    // as workspace/didChangeConfiguration. The VS Code client sends its settings (with the language
    // already resolved) in the initialization options and pushes every change.
    guardVoid(connection, 'initialized', async () => {
      if (ctx.client.dynamicFormatting) await registerFormattingDynamically(ctx);
      if (!settingsPushed && ctx.client.configuration) await applySettings(await pullSettings());
      await workspace.initialized();
    }),
  );

  /** Asks the client for the `nianbao` section; keeps the current settings if it cannot answer. */
  async function pullSettings(): Promise<unknown> {
    try {
      return await connection.workspace.getConfiguration('nianbao');
    } catch (error) {
      connection.console.warn(`[nianbao] could not read settings: ${describeError(error)}`);
      return ctx.settings;
    }
  }

  async function applySettings(raw: unknown): Promise<void> {
    setSettings(ctx, normalizeSettings(raw, ctx.locale));
    ctx.cache.invalidateAll();
    scheduler.revalidateAll();
  }

  connection.onDidChangeConfiguration(
    guardVoid(connection, 'didChangeConfiguration', async (params: { settings?: unknown }) => {
      // Clients that push settings (the VS Code client does, with the language resolved) send them
      // here as `{ nianbao: {...} }`; clients that only notify are asked for the section.
      const pushed = (params.settings as { nianbao?: unknown } | null | undefined)?.nianbao;
      if (pushed !== undefined) await applySettings(pushed);
      else if (ctx.client.configuration) await applySettings(await pullSettings());
      else await applySettings(ctx.settings);
    }),
  );

  // A document that has just been opened is validated at once; edits wait for the debounce, unless
  // nianbao.run says to check on save only (then saving validates) or never.
  const justOpened = new Set<string>();
  documents.onDidOpen(guardVoid(connection, 'didOpen', (event) => justOpened.add(event.document.uri)));
  documents.onDidChangeContent(
    guardVoid(connection, 'didChangeContent', (event) => {
      const uri = event.document.uri;
      const opening = justOpened.delete(uri);
      if (ctx.settings.run === 'off') return;
      if (opening) scheduler.schedule(uri, 0);
      else if (ctx.settings.run === 'onType') scheduler.schedule(uri);
    }),
  );
  documents.onDidSave(
    guardVoid(connection, 'didSave', (event) => {
      if (ctx.settings.run === 'onSave') scheduler.schedule(event.document.uri, 0);
    }),
  );
  documents.onDidClose(
    guardVoid(connection, 'didClose', (event) => {
      justOpened.delete(event.document.uri);
      scheduler.clear(event.document.uri);
      workspace.index.closed(event.document.uri);
    }),
  );

  registerHandlers(ctx);
  registerDismiss(ctx, { dismissals, refresh: refreshDismissals });
  connection.onShutdown(guard(connection, 'shutdown', () => scheduler.dispose(), undefined));

  documents.listen(connection);
  connection.listen();
  return ctx;
}

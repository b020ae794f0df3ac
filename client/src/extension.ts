// The VS Code side, kept thin: start the language server (server/out/server.js over IPC) with the
// `nianbao` settings and the display language, switch plain-text documents that read like a report to the
// `nianbao` language, and add the commands, the status bar item and the tables preview. CodeLenses and
// inlay hints come from the server through the client's standard features.

import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerImportCommand } from './importCommand';
import { LANGUAGE_ID } from './documents';
import { initL10n, refreshLanguage, t } from './l10n';
import { TablesPreview } from './preview/panel';
import { serverSettings } from './settings';
import { SNIFF_LENGTH, looksLikeReport } from '../../server/src/service';
import { ReportStatusItem } from './statusBar';
import { snippetFixes } from './snippetFixes';

export { LANGUAGE_ID } from './documents';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  initL10n(context);
  context.subscriptions.push(...startSniffing());
  const status = new ReportStatusItem(() => client);
  context.subscriptions.push(status, ...registerCommands(() => client));
  context.subscriptions.push(registerImportCommand(() => client));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('nianbao')) return;
      if (refreshLanguage()) {
        status.update();
        TablesPreview.refreshLanguage();
      }
      // The server gets the whole section, with the language resolved, on every change.
      if (client?.isRunning()) {
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { nianbao: serverSettings() } });
      }
    }),
  );
  client = createClient(context);
  await client.start();
  status.update();
}

export async function deactivate(): Promise<void> {
  // The preview panel and its listeners belong to this activation.
  TablesPreview.disposeCurrent();
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // Markdown documents are sent too: the server analyses those whose opening reads like a report.
  const documentSelector = ['file', 'untitled'].flatMap((scheme) => [
    { scheme, language: LANGUAGE_ID },
    { scheme, language: 'markdown' },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    middleware: snippetFixes,
    // The settings go with initialize and then with every change (see activate); the server does not
    // need to ask. Each check's page ships with the extension, so hovers and diagnostics link to it.
    initializationOptions: () => ({
      settings: serverSettings(),
      docsBaseUrl: `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'checks').toString()}/`,
    }),
  };
  return new LanguageClient('nianbao', t('Nianbao (annual report checks)'), serverOptions, clientOptions);
}

/**
 * Switches plain-text documents whose opening reads like a report to `nianbao`, once per document: if
 * the user switches one back by hand, it stays as they chose.
 */
function startSniffing(): vscode.Disposable[] {
  const switched = new Set<string>();
  const consider = (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('nianbao').get<boolean>('autoDetect', true)) return;
    const key = document.uri.toString();
    if (switched.has(key)) return;
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(SNIFF_LENGTH)));
    if (!looksLikeReport(head)) return;
    switched.add(key);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, () => switched.delete(key));
  };
  vscode.workspace.textDocuments.forEach(consider);
  return [
    vscode.workspace.onDidOpenTextDocument(consider),
    // A new untitled document is empty when it opens; the report arrives with the first paste.
    vscode.workspace.onDidChangeTextDocument((event) => consider(event.document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('nianbao.autoDetect')) vscode.workspace.textDocuments.forEach(consider);
    }),
  ];
}

// The VS Code side, kept thin: start the language server (server/out/server.js over IPC), hand it the
// `nianbao` settings, and switch plain-text documents that read like a report to the `nianbao` language.

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SNIFF_LENGTH, looksLikeReport } from './sniff';

export const LANGUAGE_ID = 'nianbao';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(...startSniffing());
  client = createClient(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
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
    // Pushes the `nianbao` section on start and on every change (workspace/didChangeConfiguration).
    synchronize: { configurationSection: 'nianbao' },
    initializationOptions: { settings: currentSettings() },
  };
  return new LanguageClient('nianbao', '政府信息公开年报检查 (nianbao)', serverOptions, clientOptions);
}

function currentSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('nianbao');
  return {
    autoDetect: config.get('autoDetect'),
    validationDelay: config.get('validationDelay'),
    checks: config.get('checks'),
    reportYear: config.get('reportYear'),
  };
}

/**
 * Switches plain-text documents whose opening reads like a report to `nianbao`, once per document: if
 * the user switches one back by hand, it stays as they chose.
 */
function startSniffing(): vscode.Disposable[] {
  const switched = new Set<string>();
  const consider = (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('nianbao', document.uri).get<boolean>('autoDetect', true)) return;
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

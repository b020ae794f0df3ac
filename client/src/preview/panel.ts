// The `预览表格` panel: a webview beside the editor showing tables 二/三/四 of the active report as the
// language server renders them, re-rendered (debounced) as the text or its findings change; clicking a
// cell selects its text in the editor.

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { currentLanguage, t } from '../l10n';
import { TABLES_REQUEST, type TablesParams, type TablesResult } from '../../../server/src/lsp/protocol';
import { isReportDocument } from '../documents';
import { previewPage } from './page';

export const PREVIEW_VIEW_TYPE = 'nianbao.tablesPreview';

/** How long typing must pause before the tables are rendered again. */
const RENDER_DELAY_MS = 300;

export class TablesPreview implements vscode.Disposable {
  private static current: TablesPreview | undefined;

  /** Closes the panel, if one is open (when the extension is deactivated). */
  static disposeCurrent(): void {
    TablesPreview.current?.dispose();
  }

  /** Opens the panel for a document, or points the open panel at it. */
  static show(getClient: () => LanguageClient | undefined, document: vscode.TextDocument): void {
    if (TablesPreview.current) {
      TablesPreview.current.panel.reveal(vscode.ViewColumn.Beside, true);
      TablesPreview.current.follow(document);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      TablesPreview.titleFor(document.uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // No local or remote resources at all: the page carries its style and script inline (with a nonce).
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    TablesPreview.current = new TablesPreview(panel, getClient, document);
  }

  /** Re-creates the page in the language now in force (after `nianbao.language` changed). */
  static refreshLanguage(): void {
    TablesPreview.current?.loadPage();
  }

  private uri: vscode.Uri;
  private result: TablesResult | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped for every render; an answer that comes back after a newer render started is dropped. */
  private sequence = 0;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly getClient: () => LanguageClient | undefined,
    document: vscode.TextDocument,
  ) {
    this.uri = document.uri;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.uri.toString() && event.contentChanges.length > 0) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isReportDocument(editor.document)) this.follow(editor.document);
      }),
      // A closed document says so at once; its old tables must not stay clickable.
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed.uri.toString() !== this.uri.toString()) return;
        this.result = undefined;
        void this.render();
      }),
    );
    this.loadPage();
  }

  private static titleFor(uri: vscode.Uri): string {
    return t('Tables: {0}', path.posix.basename(uri.path));
  }

  /** Sets the page; its script asks for the tables with a `ready` message once it runs. */
  private loadPage(): void {
    const nonce = randomBytes(18).toString('hex');
    this.panel.webview.html = previewPage({
      nonce,
      language: currentLanguage(),
      strings: {
        title: TablesPreview.titleFor(this.uri),
        legend: t('Cells with findings are red: point at one to read the finding, click it to go to its text.'),
        loading: t('Reading the tables…'),
      },
    });
  }

  private follow(document: vscode.TextDocument): void {
    if (document.uri.toString() === this.uri.toString()) return;
    this.uri = document.uri;
    this.result = undefined;
    this.panel.title = TablesPreview.titleFor(this.uri);
    void this.render();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, RENDER_DELAY_MS);
  }

  private async render(): Promise<void> {
    const sequence = ++this.sequence;
    const uri = this.uri;
    const client = this.getClient();
    let html: string;
    let status: string;
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
      html = '';
      status = t('{0} is closed.', path.posix.basename(uri.path));
    } else if (!client || !client.isRunning()) {
      html = '';
      status = t('The Nianbao language server is not running.');
    } else {
      try {
        const params: TablesParams = { uri: client.code2ProtocolConverter.asUri(uri) };
        const result = await client.sendRequest<TablesResult>(TABLES_REQUEST, params);
        if (sequence !== this.sequence) return;
        this.result = result;
        html = result.html;
        status = t('{0}, version {1}', path.posix.basename(uri.path), result.version);
      } catch (error) {
        if (sequence !== this.sequence) return;
        html = '';
        status = t('The tables could not be read: {0}', error instanceof Error ? error.message : String(error));
      }
    }
    void this.panel.webview.postMessage({ type: 'update', html, status });
  }

  private onMessage(message: unknown): void {
    const m = message as { type?: unknown; cell?: unknown } | null;
    if (m?.type === 'ready') void this.render();
    else if (m?.type === 'reveal' && typeof m.cell === 'string') void this.reveal(m.cell);
  }

  /** Selects a cell's text in the editor that shows the document (or opens one beside the panel). */
  private async reveal(cellId: string): Promise<void> {
    const range = this.result?.cells[cellId]?.range;
    if (!range || !vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.uri.toString())) return;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.uri));
    const viewColumn =
      visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (TablesPreview.current === this) TablesPreview.current = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

// The status bar item of the active report: what VS Code's own problem counts do not say (report year
// and format, how many of the three tables were read, whether every 勾稽关系 holds), as the server
// computes it (nianbao/reportStatus). It follows the active editor and the diagnostics, shows only for
// reports, and a click opens the tables preview.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_STATUS_REQUEST, type ReportStatusParams, type ReportStatusResult } from '../../server/src/lsp/protocol';
import { isReportDocument } from './documents';
import { t } from './l10n';
import { statusView } from './status';

export class ReportStatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Counts the requests, so an older answer arriving late never overwrites a newer one. */
  private request = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item = vscode.window.createStatusBarItem('nianbao.report', vscode.StatusBarAlignment.Left, 50);
    this.item.name = t('Nianbao: report status');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // The server publishes diagnostics after every analysis: the moment the status may have changed.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      // A Markdown document may start or stop reading like a report, and a language switch changes it too.
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  /** Asks the server again for the active editor (also after the display language changed). */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    const request = ++this.request;
    if (!document || !isReportDocument(document) || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    const params: ReportStatusParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    client.sendRequest<ReportStatusResult>(REPORT_STATUS_REQUEST, params).then(
      (status) => {
        if (request !== this.request) return;
        if (!status.report) {
          this.item.hide();
          return;
        }
        const view = statusView(status, t('Click to preview the tables.'));
        this.item.name = t('Nianbao: report status');
        this.item.text = view.text;
        this.item.tooltip = view.tooltip;
        this.item.accessibilityInformation = { label: view.label };
        this.item.command = { title: t('Preview Tables'), command: 'nianbao.previewTables', arguments: [document.uri] };
        this.item.show();
      },
      // The document may have closed meanwhile, or the server be restarting: show nothing rather than stale data.
      () => {
        if (request === this.request) this.item.hide();
      },
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

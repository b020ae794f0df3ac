// The status bar item with the active report's error and warning counts. It follows the active editor
// and the diagnostics, shows only for reports (nianbao documents, and Markdown that reads like a
// report), and a click opens the Problems panel.

import * as vscode from 'vscode';
import { t } from './l10n';
import { isReportDocument } from './documents';
import { countFindings, statusText } from './status';

export class FindingsStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('nianbao.findings', vscode.StatusBarAlignment.Left, 50);
    this.item.name = t('Nianbao: findings in this report');
    this.item.command = { title: t('Open the Problems panel'), command: 'workbench.actions.view.problems' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      // A Markdown document may start or stop reading like a report, and a language switch changes it too.
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document && event.document.languageId === 'markdown') this.update();
      }),
    );
    this.update();
  }

  /** Recomputes the item for the active editor (also after the display language changed). */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isReportDocument(document)) {
      this.item.hide();
      return;
    }
    const counts = countFindings(vscode.languages.getDiagnostics(document.uri).map((d) => ({ source: d.source, severity: d.severity })));
    this.item.name = t('Nianbao: findings in this report');
    this.item.text = statusText(counts, t('Report'));
    this.item.tooltip = t('Annual report: {0} errors, {1} warnings, {2} other findings. Click to open the Problems panel.', counts.errors, counts.warnings, counts.others);
    this.item.accessibilityInformation = { label: t('Annual report: {0} errors, {1} warnings', counts.errors, counts.warnings) };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

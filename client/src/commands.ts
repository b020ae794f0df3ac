// The extension's commands: 新建年度报告 (agency and year → a new untitled report from the server's
// template), 插入标准表格 (二/三/四 at the cursor, in the report's format) and 预览表格 (the tables panel).
// The texts come from the language server; the commands only ask and place them.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './l10n';
import { TablesPreview } from './preview/panel';
import {
  NEW_REPORT_TEXT,
  type NewReportTextParams,
  type NewReportTextResult,
  STANDARD_TABLE,
  type StandardTableParams,
  type StandardTableResult,
  type TableKindName,
} from '../../server/src/lsp/protocol';
import { LANGUAGE_ID, isReportDocument } from './documents';
import { blockInsertion, validYear } from './text';
import { templateSnippet } from '../../server/src/service';

export const COMMANDS = {
  newReport: 'nianbao.newReport',
  insertTable: 'nianbao.insertTable',
  previewTables: 'nianbao.previewTables',
  gettingStarted: 'nianbao.gettingStarted',
} as const;

/** The walkthrough in package.json, as VS Code names it: publisher.name#id. */
const WALKTHROUGH = 'nianbao.nianbao#nianbao.gettingStarted';

export function registerCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.newReport, () => newReport(getClient)),
    vscode.commands.registerCommand(COMMANDS.insertTable, () => insertTable(getClient)),
    vscode.commands.registerCommand(COMMANDS.previewTables, (target?: unknown) => previewTables(getClient, target)),
    vscode.commands.registerCommand(COMMANDS.gettingStarted, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false),
    ),
  ];
}

/** The running client, or undefined after telling the user it is not there. */
function runningClient(getClient: () => LanguageClient | undefined): LanguageClient | undefined {
  const client = getClient();
  if (client?.isRunning()) return client;
  void vscode.window.showErrorMessage(t('The Nianbao language server is not running. See the Output panel for details.'));
  return undefined;
}

async function newReport(getClient: () => LanguageClient | undefined): Promise<void> {
  const agency = await vscode.window.showInputBox({
    title: t('New annual report (1/2)'),
    prompt: t('The agency that publishes the report, as in the title and the signature'),
    placeHolder: t('e.g. 示例县人民政府办公室'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : t('Enter the name of the agency.')),
  });
  if (agency === undefined) return;
  const lastYear = new Date().getFullYear() - 1;
  const yearText = await vscode.window.showInputBox({
    title: t('New annual report (2/2)'),
    prompt: t('The year the report covers (the statistical year)'),
    value: String(lastYear),
    valueSelection: [0, 4],
    ignoreFocusOut: true,
    validateInput: (value) => (validYear(value) ? undefined : t('Enter a year between 2008 and {0}.', lastYear + 2)),
  });
  if (yearText === undefined) return;
  const client = runningClient(getClient);
  if (!client) return;
  try {
    const params: NewReportTextParams = { agency: agency.trim(), year: Number(yearText.trim()) };
    const { text } = await client.sendRequest<NewReportTextResult>(NEW_REPORT_TEXT, params);
    // The text goes in as a snippet, so Tab moves from one 【请填写…】 placeholder to the next.
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const inserted = await editor.insertSnippet(new vscode.SnippetString(templateSnippet(text)), new vscode.Position(0, 0));
    // Should the editor refuse the snippet, the report is still written, as plain text.
    const lf = (s: string) => s.replace(/\r\n/g, '\n');
    if (!inserted || lf(document.getText()) !== lf(text)) {
      await editor.edit((builder) =>
        builder.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text),
      );
    }
  } catch (error) {
    void vscode.window.showErrorMessage(t('The new report could not be created: {0}', describe(error)));
  }
}

interface TablePick extends vscode.QuickPickItem {
  table: TableKindName;
}

async function insertTable(getClient: () => LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isReportDocument(editor.document)) {
    void vscode.window.showInformationMessage(t('Open an annual report to insert a table into.'));
    return;
  }
  const items: TablePick[] = [
    { table: 't2', label: '表二', description: t('Proactive disclosure (section 二)'), detail: '主动公开政府信息情况' },
    {
      table: 't3',
      label: '表三',
      description: t('Applications received and handled (section 三)'),
      detail: '收到和处理政府信息公开申请情况',
    },
    {
      table: 't4',
      label: '表四',
      description: t('Administrative reconsideration and litigation (section 四)'),
      detail: '政府信息公开行政复议、行政诉讼情况',
    },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: t('Insert a standard table'), placeHolder: t('Which table?') });
  if (!pick) return;
  const client = runningClient(getClient);
  if (!client) return;
  try {
    const params: StandardTableParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri), kind: pick.table };
    const result = await client.sendRequest<StandardTableResult>(STANDARD_TABLE, params);
    const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    await editor.edit((builder) => {
      for (const selection of editor.selections) {
        const line = editor.document.lineAt(selection.start.line).text;
        builder.replace(selection, blockInsertion(line, selection.start.character, selection.isEmpty, result.text, eol));
      }
    });
  } catch (error) {
    void vscode.window.showErrorMessage(t('The table could not be inserted: {0}', describe(error)));
  }
}

/**
 * Opens the preview of the given document (a URI from the status bar item, or its string from a
 * CodeLens), else of the active editor's or a visible report.
 */
function previewTables(getClient: () => LanguageClient | undefined, target?: unknown): void {
  const wanted =
    target instanceof vscode.Uri ? target.toString() : typeof target === 'string' ? vscode.Uri.parse(target).toString() : undefined;
  const editor = vscode.window.activeTextEditor;
  const document =
    (wanted ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted) : undefined) ??
    editor?.document ??
    vscode.window.visibleTextEditors.find((e) => isReportDocument(e.document))?.document;
  if (!document || !isReportDocument(document)) {
    void vscode.window.showInformationMessage(t('Open an annual report to preview its tables.'));
    return;
  }
  TablesPreview.show(getClient, document);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

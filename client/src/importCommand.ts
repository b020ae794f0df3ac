// The command 年报：从 PDF/网页/Word 导入: picks a published report (PDF, web page, Word), sends its bytes
// to the language server, which reads it into a draft, and opens that draft as a new untitled report.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_FILE, type ImportFileParams, type ImportFileResult } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID } from './documents';
import { t } from './l10n';

export const IMPORT_COMMAND = 'nianbao.importFile';

/** Large enough for any report; a bigger file is most likely not one (and would be slow to send). */
const MAX_BYTES = 64 * 1024 * 1024;

export function registerImportCommand(getClient: () => LanguageClient | undefined): vscode.Disposable {
  // From the explorer's context menu the file comes as the argument; from the palette it is asked for.
  return vscode.commands.registerCommand(IMPORT_COMMAND, (uri?: vscode.Uri) => importReport(getClient, uri));
}

async function importReport(getClient: () => LanguageClient | undefined, given?: vscode.Uri): Promise<void> {
  let uri = given instanceof vscode.Uri ? given : undefined;
  if (!uri) {
    const picked = await vscode.window.showOpenDialog({
      title: t('Import a published annual report'),
      openLabel: t('Import'),
      canSelectMany: false,
      filters: { [t('PDF, web page or Word file')]: ['pdf', 'html', 'htm', 'docx', 'doc', 'wps'] },
    });
    uri = picked?.[0];
  }
  if (!uri) return;
  const client = getClient();
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(t('The Nianbao language server is not running. See the Output panel for details.'));
    return;
  }
  const fileName = uri.path.split('/').pop() ?? uri.path;
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(t('The file could not be read: {0}', error instanceof Error ? error.message : String(error)));
    return;
  }
  if (bytes.byteLength > MAX_BYTES) {
    void vscode.window.showErrorMessage(t('The file could not be imported: {0}', t('it is larger than {0} MB', MAX_BYTES / 1024 / 1024)));
    return;
  }
  const params: ImportFileParams = { fileName, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
  const result = await vscode.window
    .withProgress({ location: vscode.ProgressLocation.Notification, title: t('Importing {0}…', fileName) }, () =>
      client.sendRequest<ImportFileResult>(IMPORT_FILE, params),
    )
    .then(
      (value) => value,
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
  if ('error' in result) {
    void vscode.window.showErrorMessage(t('The file could not be imported: {0}', result.error));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
  await vscode.window.showTextDocument(document);
  for (const warning of result.warnings) void vscode.window.showWarningMessage(`${fileName}: ${warning}`);
}

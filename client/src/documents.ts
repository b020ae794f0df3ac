// Which documents are reports for the client's features (status bar, commands, preview): `nianbao`
// documents, and Markdown documents whose opening reads like a report (the server checks those too).

import * as vscode from 'vscode';
import { SNIFF_LENGTH, looksLikeReport } from '../../server/src/service';

export const LANGUAGE_ID = 'nianbao';

export function isReportDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === LANGUAGE_ID) return true;
  if (document.languageId !== 'markdown') return false;
  const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(SNIFF_LENGTH)));
  return looksLikeReport(head);
}

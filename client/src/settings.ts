// The `nianbao.*` settings as the language server receives them: read from the window's configuration
// (every setting the server uses is window-scoped, so there is one set for all documents) with the
// display language already resolved to `zh-cn` or `en`.

import * as vscode from 'vscode';
import { currentLanguage } from './l10n';

export function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('nianbao');
  return {
    autoDetect: config.get('autoDetect'),
    validationDelay: config.get('validationDelay'),
    run: config.get('run'),
    checks: config.get('checks'),
    reportYear: config.get('reportYear'),
    language: currentLanguage(),
  };
}

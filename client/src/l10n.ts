// Client strings in the user's language. Normally this is vscode.l10n.t with l10n/bundle.l10n.zh-cn.json;
// when `nianbao.language` forces a language other than VS Code's own (or VS Code runs in a Chinese
// variant that has no bundle of its own, such as zh-tw), the same bundle is read here and applied.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { resolveLanguage, translate } from './language';
import type { UiLanguage } from '../../server/src/lsp/protocol';

let language: UiLanguage = resolveLanguage('auto', vscode.env.language);
let zhBundle: Record<string, string> | undefined;
let extensionRoot: vscode.Uri | undefined;

/** Remembers where the bundle is; called once on activation. */
export function initL10n(context: vscode.ExtensionContext): void {
  extensionRoot = context.extensionUri;
  refreshLanguage();
}

/** The language in force now: the setting, else VS Code's display language. */
export function currentLanguage(): UiLanguage {
  return language;
}

/** Re-reads `nianbao.language`; returns true when the language changed. */
export function refreshLanguage(): boolean {
  const next = resolveLanguage(vscode.workspace.getConfiguration('nianbao').get('language', 'auto'), vscode.env.language);
  const changed = next !== language;
  language = next;
  return changed;
}

/** Whether VS Code's own l10n already yields the language in force. */
function vscodeSpeaks(target: UiLanguage): boolean {
  const display = vscode.env.language.toLowerCase();
  return target === 'en' ? !display.startsWith('zh') : display === 'zh-cn' && vscode.l10n.bundle !== undefined;
}

function chineseBundle(): Record<string, string> | undefined {
  if (zhBundle !== undefined || !extensionRoot) return zhBundle;
  try {
    const file = vscode.Uri.joinPath(extensionRoot, 'l10n', 'bundle.l10n.zh-cn.json').fsPath;
    zhBundle = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // Without the bundle the English source strings are shown; nothing else depends on it.
    zhBundle = {};
  }
  return zhBundle;
}

/** Translates an English source string; `{0}` … are filled with the arguments. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  if (vscodeSpeaks(language)) return vscode.l10n.t(message, ...args);
  return translate(language === 'zh-cn' ? chineseBundle() : undefined, message, args);
}

// Which language the extension speaks: the `nianbao.language` setting when it forces one, else Chinese
// when VS Code's display language is Chinese, else English. Pure, so the rule is unit-tested.

import type { UiLanguage } from '../../server/src/lsp/protocol';

export type LanguageSetting = UiLanguage | 'auto';

export function resolveLanguage(setting: unknown, displayLanguage: string): UiLanguage {
  if (setting === 'zh-cn' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/**
 * Fills `{0}`, `{1}` … with the arguments, as vscode.l10n.t does; a placeholder without an argument
 * stays as written.
 */
export function formatMessage(message: string, args: ReadonlyArray<string | number | boolean>): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** The message in a bundle (English source string → translation), or the source string itself. */
export function translate(
  bundle: Record<string, string> | undefined,
  message: string,
  args: ReadonlyArray<string | number | boolean>,
): string {
  const translated = bundle && typeof bundle[message] === 'string' ? bundle[message] : message;
  return formatMessage(translated, args);
}

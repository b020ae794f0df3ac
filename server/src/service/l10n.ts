// The core's user-facing language: Chinese source strings everywhere, and an English bundle that
// @vscode/l10n applies when the language is `en`. Pure: the bundle is part of the build, never read from disk.

import * as l10n from '@vscode/l10n';
import english from '../../../l10n/bundle.l10n.en.json';

export type UiLanguage = 'zh-cn' | 'en';

let current: UiLanguage = 'zh-cn';

/**
 * Chooses the language of every later `t()` call. Chinese needs no bundle (the source strings are
 * Chinese); anything but `en` counts as Chinese, so a bad value never leaves the text untranslatable.
 */
export function setLanguage(language: UiLanguage | undefined): void {
  const next: UiLanguage = language === 'en' ? 'en' : 'zh-cn';
  if (next === current) return;
  current = next;
  l10n.config({ contents: next === 'en' ? english : {} });
}

export function currentLanguage(): UiLanguage {
  return current;
}

/** Translates a Chinese source string; `{0}`, `{1}` … are filled with the arguments. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  return l10n.t(message, ...args);
}

/** A table's name in running text: `表三` in Chinese, `table 3` in English. */
export function tableName(kind: 't2' | 't3' | 't4'): string {
  return kind === 't2' ? t('表二') : kind === 't3' ? t('表三') : t('表四');
}

/**
 * A short list of names from the report: `自然人、其他` in Chinese; in English each name is quoted, since
 * it stays Chinese, and the list is comma separated. With more than `max` names the rest become 等 / etc.
 */
export function nameList(names: string[], max = Infinity): string {
  const shown = names.slice(0, max);
  const more = names.length > shown.length;
  if (current === 'en') return shown.map((n) => `“${n}”`).join(', ') + (more ? ' etc.' : '');
  return shown.join('、') + (more ? ' 等' : '');
}

/** Items joined as a list without quotes (numbers): `3、4` in Chinese, `3, 4` in English. */
export function joinList(items: Array<string | number>): string {
  return items.join(current === 'en' ? ', ' : '、');
}

/** Capitalises an English message that starts with a composed fragment (`row “…”`); Chinese is left alone. */
export function sentence(text: string): string {
  return current === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

// The core's user-facing language without state: checks and the parser build messages as data (`msg`,
// `tableName`, `nameList`, `joinList`, `sentence`, `concat`); `renderMessage` writes one in a language,
// and `translator(language)` serves code that writes text for a language directly (hovers, outline, CLI).
// Pure: the English bundle is part of the build and read as a plain object, never through a global config.

import english from '../../../l10n/bundle.l10n.en.json';
import type { KeyedMessage, MessageArg, Phrase } from './model/message';
import type { TableKind } from './model/types';

export type UiLanguage = 'zh-cn' | 'en';
export type { KeyedMessage, Message, MessageArg, Phrase } from './model/message';
export { isMessage } from './model/message';

/** Anything but `en` counts as Chinese, so a bad value never leaves a text unwritable. */
export function uiLanguage(language: string | null | undefined): UiLanguage {
  return language === 'en' ? 'en' : 'zh-cn';
}

type BundleEntry = string | { message: string; comment?: string | string[] };
const ENGLISH: Readonly<Record<string, BundleEntry | undefined>> = english;
// Chinese needs no bundle: the keys are the Chinese texts.
const CHINESE: Readonly<Record<string, BundleEntry | undefined>> = {};

/** `{0}`, `{1}` … and any other `{name}` that has a value; the same pattern @vscode/l10n fills. */
const PLACEHOLDER = /{([^}]+)}/g;

/**
 * Looks a source string up and fills its placeholders exactly as @vscode/l10n's `t()` does, so the text
 * is the same byte for byte: no arguments leave the template untouched; a placeholder without a value stays.
 */
function translate(key: string, args: string[], language: UiLanguage): string {
  const entry = (language === 'en' ? ENGLISH : CHINESE)[key];
  const template = !entry ? key : typeof entry === 'string' ? entry : entry.comment ? entry.message : key;
  if (args.length === 0) return template;
  const values = args as unknown as Record<string, string | undefined>;
  return template.replace(PLACEHOLDER, (match, name: string) => values[name] ?? match);
}

/** A message from a Chinese source string and its arguments: what checks and the parser report. */
export function msg(key: string, ...args: MessageArg[]): KeyedMessage {
  return { key, args };
}

/** A table's name in running text: `表三` in Chinese, `table 3` in English. */
export function tableName(kind: TableKind): KeyedMessage {
  return kind === 't2' ? msg('表二') : kind === 't3' ? msg('表三') : msg('表四');
}

/**
 * A short list of names from the report: `自然人、其他` in Chinese; in English each name is quoted, since
 * it stays Chinese, and the list is comma separated. With more than `max` names the rest become 等 / etc.
 */
export function nameList(names: string[], max?: number): Phrase {
  return max === undefined ? { phrase: 'names', names: [...names] } : { phrase: 'names', names: [...names], max };
}

/** Items joined as a list without quotes (numbers): `3、4` in Chinese, `3, 4` in English. */
export function joinList(items: MessageArg[]): Phrase {
  return { phrase: 'list', items: [...items] };
}

/** Capitalises an English message that starts with a composed fragment (`row “…”`); Chinese is left alone. */
export function sentence(text: MessageArg): Phrase {
  return { phrase: 'sentence', text };
}

/** Parts written one after the other, e.g. a message and the note that ends it. */
export function concat(...parts: MessageArg[]): Phrase {
  return { phrase: 'concat', parts };
}

/** Items with a separator between them, the separator itself a message (`，或`). */
export function joinWith(items: MessageArg[], separator: MessageArg): Phrase {
  return concat(...items.flatMap((item, index) => (index === 0 ? [item] : [separator, item])));
}

function renderNames(names: string[], max: number, language: UiLanguage): string {
  const shown = names.slice(0, max);
  const more = names.length > shown.length;
  if (language === 'en') return shown.map((n) => `“${n}”`).join(', ') + (more ? ' etc.' : '');
  return shown.join('、') + (more ? ' 等' : '');
}

function renderPhrase(phrase: Phrase, language: UiLanguage): string {
  switch (phrase.phrase) {
    case 'table':
      return renderMessage(tableName(phrase.table), language);
    case 'names':
      return renderNames(phrase.names, phrase.max ?? Infinity, language);
    case 'list':
      return phrase.items.map((item) => renderMessage(item, language)).join(language === 'en' ? ', ' : '、');
    case 'sentence': {
      const text = renderMessage(phrase.text, language);
      return language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    }
    case 'concat':
      return phrase.parts.map((part) => renderMessage(part, language)).join('');
  }
}

/** Writes a message (or any message argument) in a language. Pure: the same input gives the same text. */
export function renderMessage(message: MessageArg, language: UiLanguage): string {
  if (typeof message !== 'object') return String(message);
  if ('key' in message)
    return translate(
      message.key,
      message.args.map((arg) => renderMessage(arg, language)),
      language,
    );
  return renderPhrase(message, language);
}

/** The text helpers bound to one language, for code that writes text directly rather than reporting messages. */
export interface Translator {
  language: UiLanguage;
  /** Translates a Chinese source string; `{0}`, `{1}` … are filled with the arguments. */
  t(key: string, ...args: MessageArg[]): string;
  tableName(kind: TableKind): string;
  nameList(names: string[], max?: number): string;
  joinList(items: MessageArg[]): string;
  sentence(text: MessageArg): string;
  /** Writes a message made elsewhere (a finding's, a parse problem) in this language. */
  render(message: MessageArg): string;
}

export function translator(language: UiLanguage | undefined): Translator {
  const lang = uiLanguage(language);
  const render = (message: MessageArg) => renderMessage(message, lang);
  return {
    language: lang,
    t: (key, ...args) => render(msg(key, ...args)),
    tableName: (kind) => render(tableName(kind)),
    nameList: (names, max) => render(nameList(names, max)),
    joinList: (items) => render(joinList(items)),
    sentence: (text) => render(sentence(text)),
    render,
  };
}

// User-facing text as data: a message is its Chinese source string (the key of the English bundle) and its
// arguments, rendered into a language only at the edge (LSP conversion, CLI output), never in the core.

import type { TableKind } from './types';

/** A text to show the user: a source string with its arguments, or a phrase composed of such texts. */
export type Message = KeyedMessage | Phrase;

/** `key` is the Chinese source string with `{0}`, `{1}` … for the arguments; the English bundle is keyed by it. */
export interface KeyedMessage {
  key: string;
  args: MessageArg[];
}

/**
 * A composed phrase whose wording depends on the language, so it can only be written when rendering:
 * a table's name, a list of names quoted from the report, a plain list, a fragment that opens an English
 * sentence (capitalised), or parts written one after another.
 */
export type Phrase =
  | { phrase: 'table'; table: TableKind }
  | { phrase: 'names'; names: string[]; max?: number }
  | { phrase: 'list'; items: MessageArg[] }
  | { phrase: 'sentence'; text: MessageArg }
  | { phrase: 'concat'; parts: MessageArg[] };

/** What fills a placeholder: plain text and numbers as they are, or a nested message or phrase. */
export type MessageArg = string | number | boolean | Message;

const PHRASES: ReadonlySet<string> = new Set(['table', 'names', 'list', 'sentence', 'concat']);

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<KeyedMessage> & { phrase?: unknown };
  if (typeof candidate.key === 'string') return Array.isArray(candidate.args);
  return typeof candidate.phrase === 'string' && PHRASES.has(candidate.phrase);
}

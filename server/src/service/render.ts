// Findings written into a language: what the edges (LSP conversion, CLI output, tests) show. The core's
// findings hold messages as data; these helpers turn every message of one finding into text at once.

import { renderMessage, type UiLanguage } from './l10n';
import { isMessage } from './model/message';
import type { Finding, Fix, RelatedLocation } from './model/types';

export type RenderedFix = Omit<Fix, 'title'> & { title: string };
export type RenderedRelated = Omit<RelatedLocation, 'message'> & { message: string };
export type RenderedFinding = Omit<Finding, 'message' | 'related' | 'fixes'> & {
  message: string;
  related?: RenderedRelated[];
  fixes?: RenderedFix[];
};

/**
 * A finding's data with the messages in it written out (an unreadable table's `reason`, an invalid cell's
 * `problem`), since readers of the data (JSON output, scripts) expect text there.
 */
export function renderData(data: Finding['data'], language: UiLanguage): Finding['data'] {
  if (!data) return data;
  const out: NonNullable<Finding['data']> = {};
  for (const [key, value] of Object.entries(data)) out[key] = isMessage(value) ? renderMessage(value, language) : value;
  return out;
}

export function renderFix(fix: Fix, language: UiLanguage): RenderedFix {
  return { ...fix, title: renderMessage(fix.title, language) };
}

export function renderRelated(related: RelatedLocation, language: UiLanguage): RenderedRelated {
  return { ...related, message: renderMessage(related.message, language) };
}

/** The finding with its message, fix titles, related-location messages and data texts in one language. */
export function renderFinding(finding: Finding, language: UiLanguage): RenderedFinding {
  const { message, related, fixes, data, ...rest } = finding;
  return {
    ...rest,
    message: renderMessage(message, language),
    ...(related ? { related: related.map((r) => renderRelated(r, language)) } : {}),
    ...(fixes ? { fixes: fixes.map((f) => renderFix(f, language)) } : {}),
    ...(data ? { data: renderData(data, language) } : {}),
  };
}

// The agency a report is from, as one clean name: what the CLI prints in columns and what fingerprints
// are made of, so that the editor and the CLI name an agency the same way.

import type { ReportDocument } from './model/types';

/**
 * An agency name without a `名称` / `单位` lead-in, Markdown marks (`#`, `**`, `|`), tabs and stray spaces
 * that copies from forms and web pages leave around it.
 */
export function cleanAgencyName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  let cleaned = name
    .replace(/[\t\r\n\u3000]+/g, ' ')
    .replace(/[#*_`|>~]+/g, ' ')
    .trim()
    .replace(/^(?:(?:机关|单位|发布机关|报告单位)?名称|单位|机关|发布机关)\s*[:：]?\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Between Chinese characters a space is a leftover of the copy, not part of the name.
  cleaned = cleaned.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  return cleaned === '' ? null : cleaned;
}

/** The report's agency: from its title, else from its signature (落款). */
export function agencyOf(doc: ReportDocument): string | null {
  return cleanAgencyName(doc.title?.agency ?? doc.signature?.agency ?? null);
}

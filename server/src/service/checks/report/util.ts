// Helpers shared by the report checks: digits in either width, years in a span, and what kind
// of body an agency name denotes (which decides its legal publication deadline).

import type { ReportDocument, Span } from '../../model/types';

/** A digit in either width; drafts pasted from Word often carry full-width digits. */
export const D = '[0-9０-９]';

export function toNumber(digits: string): number {
  return Number(digits.normalize('NFKC'));
}

/** The first `YYYY年` inside a span, with its range. */
export function findYear(text: string, span: Span): { year: number; range: Span } | null {
  const re = new RegExp(`(${D}{4})\\s*年`, 'g');
  re.lastIndex = span.start;
  const m = re.exec(text);
  if (!m || m.index + m[0].length > span.end) return null;
  return { year: toNumber(m[1]!), range: { start: m.index, end: m.index + m[0].length } };
}

export type AgencyKind = 'township' | 'government' | 'department';

/**
 * Classifies an agency name for the deadline rule of 条例 Art. 49. Returns null when the name does
 * not tell: a wrong guess would produce a false deadline alarm.
 */
export function agencyKind(name: string | null | undefined): AgencyKind | null {
  if (!name) return null;
  const n = name.normalize('NFKC').replace(/[\s*#]/g, '');
  if (!n) return null;
  // Township governments and street offices (and their own offices) have no national deadline.
  if (/[乡镇](?:人民)?政府|街道办事处|街道(?:办|党工委|工委)?$|[乡镇]$|苏木$/.test(n)) return 'township';
  // Development-zone committees and similar bodies are neither clearly departments nor governments.
  if (/管委会|管理委员会/.test(n)) return null;
  if (/(?:局|委|委员会|办|办公室|办公厅|中心|厅|部|署|院|所|站|队|处|社|馆)$/.test(n)) return 'department';
  // A people's government of a county or above, or a bare place name standing for the whole area.
  if (/(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区|林区|特区)(?:人民政府|政府)?$/.test(n)) return 'government';
  return null;
}

/** The agency kind the report speaks for: title and 落款 must agree, a township in either wins. */
export function reportAgencyKind(doc: ReportDocument): AgencyKind | null {
  const fromTitle = agencyKind(doc.title?.agency);
  const fromSignature = agencyKind(doc.signature?.agency);
  if (fromTitle === 'township' || fromSignature === 'township') return 'township';
  if (fromTitle && fromSignature && fromTitle !== fromSignature) return null;
  return fromTitle ?? fromSignature;
}

/** Offset just after the last non-blank character of the text (0 for a blank text). */
export function endOfContent(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s\u00a0\u3000\ufeff]/.test(text.charAt(end - 1))) end--;
  return end;
}

// Who wrote a report, as a set of comparable names: the agency of the title and of the 落款, each cleaned
// of page furniture (spaces, Markdown marks, `名称` field prefixes, years, seals). Two reports are of the
// same agency when their name sets meet, so `XX县人民政府办公室` and `XX县人民政府` are one agency only
// where a report itself names both (the title one, the 落款 the other).

import type { ReportDocument } from '../model/types';

/** A year in any of the forms titles use: `2023年`, `2023年度`, `（2023年度）`, `二〇二三年`. */
const YEAR = /[（(]?[0-9〇零○一二三四五六七八九]{4}\s*年度?[）)]?/g;
/** Field labels that web pages and forms put before the name. */
const FIELD_PREFIX = /^(?:发布机构|发文机关|发布单位|信息来源|来源|单位名称|机关名称|报告单位|名称|单位|机构)[:：]?/;
/** What follows the agency in a title, when the parser's cut left it in. */
const TITLE_TAIL = /(?:关于)?(?:政府信息公开|政务公开).*$/;
/** A seal note or a signature's trailing remark. */
const SEAL = /[（(](?:盖章|章|公章|印章)[）)]/g;
/** Full and half-width spaces, tabs, no-break spaces. */
const SPACES = /[\s\u00a0\u3000]+/g;
/** Markdown emphasis, headings, quotes, code marks, table pipes and list bullets. */
const MARKS = /[#*_`>|~\\]/g;
/** A place name that names a level of government on its own: a county-wide report titled `代县2020年…`. */
const BARE_PLACE = /(?:省|市|县|区|旗|州|盟|乡|镇)$/;

/**
 * A name in the form used for comparison, or null when nothing agency-like is left. The title's bare
 * place (`文水县`) stands for that place's government (`文水县人民政府`), which is how such reports are signed.
 */
export function normalizeAgency(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.normalize('NFKC').replace(SPACES, '').replace(MARKS, '');
  name = name.replace(/^[-+\d.、]+(?=\D)/, '');
  for (let i = 0; i < 2; i++) name = name.replace(FIELD_PREFIX, '');
  name = name.replace(SEAL, '').replace(YEAR, '').replace(TITLE_TAIL, '');
  // Brackets and quotes left around the name by a page or a copy.
  name = name.replace(/^[「『“"'《【[(（]+|[」』”"'》】\])）:：,，。.;；]+$/g, '');
  name = name.replace(/关于$/, '');
  if (name.length < 2 || /^\d+$/.test(name) || isGeneric(name)) return null;
  if (BARE_PLACE.test(name)) name += '人民政府';
  else if (name.endsWith('街道')) name += '办事处';
  return name;
}

/**
 * A name that does not say whose it is: an office without its place (`办公室`, `党政办`, `县人民政府办公室`,
 * `本局`). Two unrelated reports signed so must not be taken for one agency's, so such names are not kept.
 */
function isGeneric(name: string): boolean {
  if (/^(?:本|我)/.test(name)) return true;
  if (/^(?:省|市|县|区|镇|乡|街道)(?:人民政府|政府|委|局|办)/.test(name)) return true;
  return /^(?:人民政府|政府)?(?:党政|综合|政务公开|政府)?(?:办公室|办)$/.test(name);
}

/** The report's agency names, from its title and its 落款, normalised and without repeats. */
export function agencyNames(doc: Pick<ReportDocument, 'title' | 'signature'>): string[] {
  const names: string[] = [];
  for (const raw of [doc.title?.agency, doc.signature?.agency]) {
    const name = normalizeAgency(raw);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Whether two reports' name sets share a name, which makes them the same agency's. */
export function sameAgency(a: readonly string[], b: readonly string[]): boolean {
  return a.some((name) => b.includes(name));
}

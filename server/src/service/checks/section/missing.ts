// section/missing: one of the six standard sections is absent. The fix inserts the standard heading
// and a short skeleton where the section belongs; the drafter still has to write its content.

import type { ReportDocument, SectionKey, Span } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { eolOf, lineStartAt, sectionDef, standardHeading } from './util';
import { msg } from '../../l10n';
import { structureUnrecognized } from '../report/unrecognized';

const KEYS: SectionKey[] = [1, 2, 3, 4, 5, 6];

/**
 * The skeleton that follows an inserted heading. Sections 二–四 get no text here: their content is a
 * table, which table/missing offers to insert once the heading exists.
 */
function skeleton(key: SectionKey, year: number | null, eol: string): string {
  const para = (lines: string[]) => lines.map((l) => l + eol + eol).join('');
  switch (key) {
    case 1:
      return para(['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']);
    case 5:
      return para(['（一）存在的主要问题', '（二）改进情况']);
    case 6:
      // From report year 2021 the section must state the 信息处理费; the drafter confirms the wording.
      return year !== null && year >= 2021 ? para([`本机关${year}年度未收取信息处理费。`]) : '';
    default:
      return '';
  }
}

/** Where a missing section goes: before the first later section, else before the 落款, else at the end. */
export function insertionPoint(doc: ReportDocument, key: SectionKey): { offset: number; atEnd: boolean; inLine?: boolean } {
  const later = doc.sections.filter((s) => s.key > key);
  if (later.length > 0) {
    const first = later.reduce((a, b) => (b.heading.range.start < a.heading.range.start ? b : a));
    return before(doc, first.heading.range.start);
  }
  const lastSectionStart = doc.sections.reduce((m, s) => Math.max(m, s.heading.range.start), -1);
  if (doc.signature && doc.signature.range.start > lastSectionStart) return before(doc, doc.signature.range.start);
  return { offset: doc.text.length, atEnd: true };
}

/**
 * Right before a heading or the 落款: at the start of its line, or, in a flattened copy where text stands
 * before it on the same line, right at it (the inserted section then opens with a line break).
 */
function before(doc: ReportDocument, offset: number): { offset: number; atEnd: boolean; inLine?: boolean } {
  const lineStart = lineStartAt(doc, offset);
  if (/\S/.test(doc.text.slice(lineStart, offset))) return { offset, atEnd: false, inLine: true };
  return { offset: lineStart, atEnd: false };
}

function insertionText(doc: ReportDocument, key: SectionKey, atEnd: boolean): string {
  const eol = eolOf(doc.text);
  const body = standardHeading(key) + eol + eol + skeleton(key, doc.year, eol);
  if (!atEnd) return body;
  // At the end of the text the new section must start on a line of its own, after a blank line.
  const text = doc.text;
  let prefix = '';
  if (/\S/.test(text)) {
    if (text.endsWith(eol + eol)) prefix = '';
    else if (text.endsWith(eol)) prefix = eol;
    else prefix = eol + eol;
  }
  return prefix + body.replace(/(\r?\n)+$/, '') + eol;
}

/** Any character of a title may be followed by white space in a copy (`总 体 情 况`). */
function loosely(title: string): string {
  return [...title].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
}

/**
 * The section's numbered heading written inside a line of text (`……请联系。一、总体情况2021年，……`), where
 * it was not recognised as a heading: the section is there, its heading just does not stand on a line of
 * its own. The first such place, or null.
 */
function inlineHeading(doc: ReportDocument, key: SectionKey): Span | null {
  const def = sectionDef(key);
  const titles = [def.title, ...def.variants]
    .sort((a, b) => b.length - a.length)
    .map(loosely)
    .join('|');
  const re = new RegExp(`${def.numeral}\\s*[、.．]\\s*(?:${titles})`, 'g');
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const start = m.index;
    // The title line and the tables are not section text; a heading found there is no hidden section.
    if (doc.title && start >= doc.title.range.start && start < doc.title.range.end) continue;
    if (doc.tables.some((table) => start >= table.range.start && start < table.range.end)) continue;
    return { start, end: start + m[0].length };
  }
  return null;
}

export const sectionMissing: Check = {
  id: 'section/missing',
  defaultSeverity: 'error',
  get description() {
    return msg('缺少六个部分之一（一、总体情况 至 六、其他需要报告的事项）');
  },
  run({ doc }) {
    // A text with neither a title nor any section heading is not recognisably a report yet.
    if (doc.sections.length === 0 && !doc.title) return [];
    // A report whose structure was not found at all gets report/unrecognized instead of six of these.
    if (structureUnrecognized(doc)) return [];
    const present = new Set(doc.sections.map((s) => s.key));
    const findings: FindingDraft[] = [];
    for (const key of KEYS) {
      if (present.has(key)) continue;
      const def = sectionDef(key);
      const inline = inlineHeading(doc, key);
      if (inline) {
        // The section is there with its heading run into the text: not missing, but its checks are not
        // made until the heading stands on its own line. A warning, without a fix that would split the text.
        findings.push({
          message: msg(
            '第{0}部分的标题“{1}”写在一行文字中间，没有单独成行，未能识别为标题：请把它放在单独的一行',
            def.numeral,
            doc.text.slice(inline.start, inline.end),
          ),
          severity: 'warning',
          range: inline,
          data: { section: key, inline: true },
        });
        continue;
      }
      const { offset, atEnd, inLine } = insertionPoint(doc, key);
      const range: Span = { start: offset, end: offset };
      findings.push({
        message: msg('缺少第{0}部分“{1}”：年度报告应依次包括一至六共六个部分，不能遗漏', def.numeral, standardHeading(key), key),
        range,
        fixes: [
          {
            title: msg('插入“{0}”', standardHeading(key)),
            edits: [{ range, newText: (inLine ? eolOf(doc.text) : '') + insertionText(doc, key, atEnd) }],
            // The drafter must still write the section's content, so fix-all never does this.
            safe: false,
          },
        ],
        data: { section: key },
      });
    }
    return findings;
  },
};

// Small text helpers shared by the section checks: line starts, the document's line break, and
// Chinese numerals for section and sub-heading numbers.

import { eolOf, lineStartAt } from '../../model/text';
import type { ReportDocument, Section } from '../../model/types';
import { positionAt } from '../../model/text';
import { CHINESE_NUMERALS, SECTIONS } from '../../template/sections';
import type { SectionDef } from '../../template/types';

export function sectionDef(key: number): SectionDef {
  return SECTIONS.find((s) => s.key === key) ?? SECTIONS[0]!;
}

/** The standard heading of a section, e.g. `三、收到和处理政府信息公开申请情况`. */
export function standardHeading(key: number): string {
  const def = sectionDef(key);
  return `${def.numeral}、${def.title}`;
}

/** Chinese numeral for 1…99 (`十一`, `二十`), as sub-heading markers write them. */
export function chineseNumeral(value: number): string {
  if (value >= 1 && value <= 10) return CHINESE_NUMERALS[value - 1]!;
  if (value > 10 && value < 100) {
    const tens = Math.floor(value / 10);
    const ones = value % 10;
    return `${tens === 1 ? '' : CHINESE_NUMERALS[tens - 1]}十${ones === 0 ? '' : CHINESE_NUMERALS[ones - 1]}`;
  }
  return String(value);
}

/** How a section's heading reads in messages: the text as written, or the standard heading. */
export function headingLabel(doc: ReportDocument, section: Section): string {
  const written = doc.text.slice(section.heading.range.start, section.heading.range.end).trim();
  return written || standardHeading(section.key);
}

/** 1-based line number of an offset, for messages that point at another place in the text. */
export function lineNumber(doc: ReportDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line + 1;
}

export { eolOf, lineStartAt };

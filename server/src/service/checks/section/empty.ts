// section/empty: a section whose heading stands with nothing under it, or only with sub-headings of an
// outline (（一）存在的主要问题 / （二）改进情况) and no text under them: a section inserted by a quick fix
// and not yet written. A warning without a fix; the drafter has to write the content.

import type { ReportDocument, Section, Subheading } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { headingLabel, sectionDef } from './util';
import { msg } from '../../l10n';

/** A sub-heading title longer than this, or one with sentence punctuation, is content in itself. */
const OUTLINE_TITLE = 20;

/** Lines that carry no content: Markdown rulers, emphasis or heading marks alone, page furniture. */
const NO_CONTENT = /^[\s\u3000*#_\-—=|>·.。]*$/;

/** Whether a sub-heading is an outline entry only (`（一）存在的主要问题`), not a paragraph that opens with one. */
function outlineOnly(sub: Subheading): boolean {
  const title = sub.title.text.replace(/[*#\s\u3000]/g, '');
  return title.length <= OUTLINE_TITLE && !/[。；;，,：:！？!?]|\d/.test(title);
}

/** What the section holds: nothing, outline sub-headings only, or content. */
function contentOf(doc: ReportDocument, section: Section): 'none' | 'outline' | 'content' {
  const { bodyStart } = section;
  const end = section.range.end;
  if (doc.tables.some((table) => table.section === section.key || (table.range.start < end && table.range.end > bodyStart)))
    return 'content';
  const outline = section.subheadings.filter(outlineOnly);
  let text = doc.text.slice(bodyStart, end);
  // Blank out the outline entries (offsets kept), then see whether anything else is written.
  for (const sub of outline) {
    const from = Math.max(sub.range.start - bodyStart, 0);
    const to = Math.min(sub.range.end - bodyStart, text.length);
    if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  if (text.split(/\r?\n/).some((line) => !NO_CONTENT.test(line))) return 'content';
  return outline.length > 0 ? 'outline' : 'none';
}

export const sectionEmpty: Check = {
  id: 'section/empty',
  defaultSeverity: 'warning',
  get description() {
    return msg('某一部分只有标题（或只有提纲式的小标题），还没有内容');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const section of doc.sections) {
      const content = contentOf(doc, section);
      if (content === 'content') continue;
      const def = sectionDef(section.key);
      const heading = headingLabel(doc, section);
      findings.push({
        message:
          content === 'none'
            ? msg('第{0}部分“{1}”只有标题，还没有内容：请补写这一部分', def.numeral, heading)
            : msg('第{0}部分“{1}”只有小标题，小标题下还没有内容：请补写这一部分', def.numeral, heading),
        range: section.heading.range,
        data: { section: section.key },
      });
    }
    return findings;
  },
};

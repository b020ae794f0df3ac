// section/unnumbered: a standard section heading written without its number 一、…六、.
// The fix puts the number in front of the title; the number follows from the section the title names.

import type { Check, FindingDraft } from '../check';
import { sectionDef } from './util';
import { msg } from '../../l10n';

export const sectionUnnumbered: Check = {
  id: 'section/unnumbered',
  defaultSeverity: 'warning',
  get description() {
    return msg('部分标题缺少“一、”至“六、”的编号');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const section of doc.sections) {
      const { heading } = section;
      if (heading.number) continue;
      const numeral = sectionDef(section.key).numeral;
      const at = heading.range.start;
      findings.push({
        message: msg('标题“{0}”缺少编号，应写作“{1}、{0}”', heading.title.text, numeral),
        range: heading.range,
        fixes: [
          { title: msg('添加编号“{0}、”', numeral), edits: [{ range: { start: at, end: at }, newText: `${numeral}、` }], safe: true },
        ],
        data: { section: section.key },
      });
    }
    return findings;
  },
};

// section/unnumbered: a standard section heading written without its number 一、…六、.
// The fix puts the number in front of the title; the number follows from the section the title names.

import type { Check, FindingDraft } from '../check';
import { sectionDef } from './util';

export const sectionUnnumbered: Check = {
  id: 'section/unnumbered',
  defaultSeverity: 'warning',
  description: '部分标题缺少“一、”至“六、”的编号',
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const section of doc.sections) {
      const { heading } = section;
      if (heading.number) continue;
      const numeral = sectionDef(section.key).numeral;
      const at = heading.range.start;
      findings.push({
        message: `标题“${heading.title.text}”缺少编号，应写作“${numeral}、${heading.title.text}”`,
        range: heading.range,
        fixes: [{ title: `添加编号“${numeral}、”`, edits: [{ range: { start: at, end: at }, newText: `${numeral}、` }], safe: true }],
        data: { section: section.key },
      });
    }
    return findings;
  },
};

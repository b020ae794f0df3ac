// section/title-variant: a section heading that names the right section in other words than the
// standard title (ignoring spaces and punctuation width). The fix writes the standard title.

import { normalizeForMatch } from '../../parse/normalize';
import type { Check, FindingDraft } from '../check';
import { sectionDef } from './util';
import { msg } from '../../l10n';

export const sectionTitleVariant: Check = {
  id: 'section/title-variant',
  defaultSeverity: 'information',
  get description() {
    return msg('部分标题与标准标题的措辞不同');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const section of doc.sections) {
      const { heading } = section;
      const def = sectionDef(section.key);
      // The parser's verdict and our own comparison must agree, so that a trailing colon or a
      // full-width comma alone never produces a finding.
      if (heading.standardTitle) continue;
      if (normalizeForMatch(heading.title.text) === normalizeForMatch(def.title)) continue;
      findings.push({
        message: msg('标题“{0}”与标准标题“{1}”不同', heading.title.text, def.title),
        range: heading.range,
        // Renaming is the drafter's choice (a variant title is accepted), so fix-all and --fix never do it.
        fixes: [{ title: msg('改为标准标题“{0}”', def.title), edits: [{ range: heading.title.range, newText: def.title }], safe: false }],
        data: { section: section.key },
      });
    }
    return findings;
  },
};

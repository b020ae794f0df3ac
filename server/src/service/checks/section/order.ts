// section/order: the six sections stand out of the order 一→六, or one of them appears twice.
// No fix: moving whole sections is the drafter's call.

import type { Section } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { headingLabel, lineNumber, sectionDef } from './util';
import { t } from '../../l10n';

/**
 * Indexes of the sections that stay in place: the longest run of strictly increasing keys. Ties keep
 * the earlier sections, so in 一 三 二 四 it is 二 that is reported as misplaced, not 三.
 */
function keptIndexes(keys: number[]): Set<number> {
  const n = keys.length;
  const best = new Array<number>(n).fill(1);
  const next = new Array<number>(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if (keys[j]! > keys[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        next[i] = j;
      }
    }
  }
  let start = -1;
  for (let i = 0; i < n; i++) if (start < 0 || best[i]! > best[start]!) start = i;
  const kept = new Set<number>();
  for (let i = start; i >= 0; i = next[i]!) kept.add(i);
  return kept;
}

export const sectionOrder: Check = {
  id: 'section/order',
  defaultSeverity: 'warning',
  get description() {
    return t('六个部分的顺序不对，或某一部分重复出现');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    const sections = [...doc.sections].sort((a, b) => a.heading.range.start - b.heading.range.start);
    // Later occurrences of a section already seen are duplicates; the first occurrences take part in the order.
    const firsts: Section[] = [];
    const seen = new Map<number, Section>();
    for (const section of sections) {
      const first = seen.get(section.key);
      if (first) {
        findings.push({
          message: t(
            '“{0}”重复出现：第{1}部分已在第 {2} 行出现过',
            headingLabel(doc, section),
            sectionDef(section.key).numeral,
            lineNumber(doc, first.heading.range.start),
            section.key,
          ),
          range: section.heading.range,
          related: [{ range: first.heading.range, message: t('第一次出现的位置') }],
          data: { section: section.key },
        });
        continue;
      }
      seen.set(section.key, section);
      firsts.push(section);
    }
    const kept = keptIndexes(firsts.map((s) => s.key));
    firsts.forEach((section, i) => {
      if (kept.has(i)) return;
      // Name the in-place neighbours it belongs between, so the message says where it should go.
      const keptSections = firsts.filter((_, j) => kept.has(j));
      const before = keptSections.find((s) => s.key > section.key);
      const after = [...keptSections].reverse().find((s) => s.key < section.key);
      const where =
        after && before
          ? t('应位于“{0}”之后、“{1}”之前', headingLabel(doc, after), headingLabel(doc, before))
          : before
            ? t('应位于“{0}”之前', headingLabel(doc, before))
            : after
              ? t('应位于“{0}”之后', headingLabel(doc, after))
              : t('位置不对');
      const anchor = before ?? after;
      findings.push({
        message: t('“{0}”顺序不对：{1}，六个部分应按一至六的顺序排列', headingLabel(doc, section), where),
        range: section.heading.range,
        related: anchor ? [{ range: anchor.heading.range, message: t('参照的部分') }] : undefined,
        data: { section: section.key },
      });
    });
    return findings;
  },
};

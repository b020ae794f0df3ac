// section/subheading-sequence: the （一）（二）… sub-headings inside a section skip a number, repeat
// one, mix in another style such as （2）, or start again at （一） inside the same list.

import type { Ordinal, Subheading } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { SpanIndex } from '../../model/spans';
import { chineseNumeral } from './util';
import { t } from '../../l10n';

/** Parenthesised markers form one family, plain ones (一、 一. 1.) another: a style change within a family can be a slip. */
function family(style: Ordinal['style']): 'paren' | 'plain' {
  return style === 'paren-cn' || style === 'paren-arabic' ? 'paren' : 'plain';
}

function numeralIn(style: Ordinal['style'], value: number): string {
  return style === 'paren-cn' || style === 'cn' || style === 'cn-dot' ? chineseNumeral(value) : String(value);
}

/** The marker `value` written like `model` (same parentheses or punctuation, same numeral kind): （二）, （2）. */
function markerLike(model: Ordinal, value: number): string {
  const m = /^([（(]?\s*)([一二三四五六七八九十]+|[0-9０-９]+)(.*)$/.exec(model.text);
  if (!m) return model.text;
  return m[1] + numeralIn(model.style, value) + m[3];
}

interface Level {
  style: Ordinal['style'];
  last: number;
  /** The marker that set the style of this level, used to write corrected markers. */
  model: Ordinal;
  /** How many markers the level has had so far. */
  count: number;
  /** Whether every item of the level so far reads like a short title rather than a paragraph. */
  titlesOnly: boolean;
}

/** A short title such as `（五）监督保障方面`, as opposed to a paragraph that starts with a marker. */
function titleLike(sub: Subheading): boolean {
  const t = sub.title.text.trim();
  return t.length <= 25 && !/[。；;]/.test(t);
}

function paragraphLike(sub: Subheading): boolean {
  const t = sub.title.text.trim();
  return /[。；;]/.test(t) || t.length > 40;
}

export const sectionSubheadingSequence: Check = {
  id: 'section/subheading-sequence',
  defaultSeverity: 'warning',
  get description() {
    return t('（一）（二）…小标题编号跳号、重复、混用（2）等其他样式，或在同一层级内重新从（一）编号');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    const tables = new SpanIndex(doc.tables);
    for (const section of doc.sections) {
      // Table rows such as （一）予以公开 are labels, not sub-headings, even if one slipped through.
      const subs: Subheading[] = section.subheadings.filter((s) => !tables.holds(s.range.start));
      // A stack of open list levels, outermost first: a marker of a new style opens a nested level,
      // a marker of a style already open closes the levels inside it.
      const stack: Level[] = [];
      const styleCount = new Map<Ordinal['style'], number>();
      for (const sub of subs) styleCount.set(sub.marker.style, (styleCount.get(sub.marker.style) ?? 0) + 1);
      for (const sub of subs) {
        const m = sub.marker;
        let index = -1;
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.style === m.style) {
            index = i;
            break;
          }
        }
        if (index < 0) {
          const top = stack[stack.length - 1];
          if (top && family(top.style) === family(m.style) && m.value !== 1 && m.value === top.last + 1) {
            // （一）（2）（三）: the marker continues the open list in another style. When the list
            // was opened by a lone marker of the rarer style, as in （1）（二）（三）, that first
            // marker is the odd one out instead.
            const firstIsOdd = top.count === 1 && (styleCount.get(m.style) ?? 0) > (styleCount.get(top.style) ?? 0);
            const odd = firstIsOdd ? top.model : m;
            const model = firstIsOdd ? m : top.model;
            const fixed = markerLike(model, odd.value);
            findings.push({
              message: t('小标题编号“{0}”与同一层级的“{1}”样式不一致，应为“{2}”', odd.text.trim(), model.text.trim(), fixed.trim()),
              range: odd.range,
              fixes: [{ title: t('改为“{0}”', fixed.trim()), edits: [{ range: odd.range, newText: fixed }], safe: true }],
              data: { section: section.key, problem: 'mixed' },
            });
            if (firstIsOdd) {
              top.style = m.style;
              top.model = m;
            }
            top.last = m.value;
            top.count++;
            top.titlesOnly &&= titleLike(sub);
            continue;
          }
          if (m.value !== 1) {
            findings.push({
              message:
                m.value > 2
                  ? t('小标题编号从“{0}”开始，缺少“{1}”至“{2}”', m.text.trim(), markerLike(m, 1), markerLike(m, m.value - 1))
                  : t('小标题编号从“{0}”开始，缺少“{1}”', m.text.trim(), markerLike(m, 1)),
              range: m.range,
              data: { section: section.key, problem: 'skipped' },
            });
          }
          stack.push({ style: m.style, last: m.value, model: m, count: 1, titlesOnly: titleLike(sub) });
          continue;
        }
        stack.length = index + 1;
        const level = stack[index]!;
        const expected = level.last + 1;
        level.count++;
        if (m.value === expected) {
          level.last = m.value;
          level.titlesOnly &&= titleLike(sub);
          continue;
        }
        if (m.value === 1) {
          // The level starts again inside the same section: usually a sub-list under the last item
          // that reuses its parent's numbering. It may also be a second list on purpose; only when
          // the shape gives it away (short titles before, paragraphs from here on) is it a warning.
          const nested = level.titlesOnly && paragraphLike(sub);
          findings.push({
            message: t(
              '小标题在“{0}”之后又从“{1}”重新编号：若这是“{0}”下的细目，应改用下一级编号（如“1.”或“（1）”）',
              markerLike(level.model, level.last),
              m.text.trim(),
            ),
            range: m.range,
            severity: nested ? 'warning' : 'information',
            data: { section: section.key, problem: 'restart' },
          });
          level.titlesOnly = titleLike(sub);
        } else if (m.value === level.last) {
          findings.push({
            message: t('小标题编号“{0}”重复，应为“{1}”', m.text.trim(), markerLike(level.model, expected)),
            range: m.range,
            data: { section: section.key, problem: 'repeated' },
          });
        } else if (m.value > expected) {
          findings.push({
            message:
              m.value - expected > 1
                ? t(
                    '小标题编号从“{0}”跳到“{1}”，缺少“{2}”至“{3}”',
                    markerLike(level.model, level.last),
                    m.text.trim(),
                    markerLike(level.model, expected),
                    markerLike(level.model, m.value - 1),
                  )
                : t(
                    '小标题编号从“{0}”跳到“{1}”，缺少“{2}”',
                    markerLike(level.model, level.last),
                    m.text.trim(),
                    markerLike(level.model, expected),
                  ),
            range: m.range,
            data: { section: section.key, problem: 'skipped' },
          });
        } else {
          findings.push({
            message: t('小标题编号“{0}”出现在“{1}”之后，顺序颠倒', m.text.trim(), markerLike(level.model, level.last)),
            range: m.range,
            data: { section: section.key, problem: 'order' },
          });
        }
        level.last = m.value;
      }
    }
    return findings;
  },
};

// section/subheading-sequence: the （一）（二）… sub-headings inside a section skip a number, repeat
// one, mix in another style such as （2）, or start again at （一） inside the same list.

import type { Ordinal, Section, Subheading } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { SpanIndex } from '../../model/spans';
import { chineseNumeral } from './util';
import { msg } from '../../l10n';

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

/** One section's walk over its sub-headings: the findings so far and the open list levels. */
interface SectionWalk {
  key: Section['key'];
  findings: FindingDraft[];
  /**
   * The open list levels, outermost first: a marker of a new style opens a nested level, a marker of a
   * style already open closes the levels inside it.
   */
  stack: Level[];
  /** How many sub-headings of the section use each style. */
  styleCount: Map<Ordinal['style'], number>;
}

export const sectionSubheadingSequence: Check = {
  id: 'section/subheading-sequence',
  defaultSeverity: 'warning',
  get description() {
    return msg('（一）（二）…小标题编号跳号、重复、混用（2）等其他样式，或在同一层级内重新从（一）编号');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    const tables = new SpanIndex(doc.tables);
    for (const section of doc.sections) {
      // Table rows such as （一）予以公开 are labels, not sub-headings, even if one slipped through.
      const subs: Subheading[] = section.subheadings.filter((s) => !tables.holds(s.range.start));
      const walk: SectionWalk = { key: section.key, findings, stack: [], styleCount: new Map() };
      for (const sub of subs) walk.styleCount.set(sub.marker.style, (walk.styleCount.get(sub.marker.style) ?? 0) + 1);
      for (const sub of subs) {
        const index = walk.stack.map((level) => level.style).lastIndexOf(sub.marker.style);
        if (index < 0) {
          if (!continuesInAnotherStyle(walk, sub)) openLevel(walk, sub);
          continue;
        }
        walk.stack.length = index + 1;
        nextInLevel(walk, walk.stack[index]!, sub);
      }
    }
    return findings;
  },
};

/**
 * （一）（2）（三）: the marker continues the open list in another style. When the list was opened by a
 * lone marker of the rarer style, as in （1）（二）（三）, that first marker is the odd one out instead.
 * False when the marker does not continue the innermost open list.
 */
function continuesInAnotherStyle(walk: SectionWalk, sub: Subheading): boolean {
  const m = sub.marker;
  const top = walk.stack[walk.stack.length - 1];
  if (!top || family(top.style) !== family(m.style) || m.value === 1 || m.value !== top.last + 1) return false;
  const firstIsOdd = top.count === 1 && (walk.styleCount.get(m.style) ?? 0) > (walk.styleCount.get(top.style) ?? 0);
  const odd = firstIsOdd ? top.model : m;
  const model = firstIsOdd ? m : top.model;
  const fixed = markerLike(model, odd.value);
  walk.findings.push({
    message: msg('小标题编号“{0}”与同一层级的“{1}”样式不一致，应为“{2}”', odd.text.trim(), model.text.trim(), fixed.trim()),
    range: odd.range,
    fixes: [{ title: msg('改为“{0}”', fixed.trim()), edits: [{ range: odd.range, newText: fixed }], safe: true }],
    data: { section: walk.key, problem: 'mixed' },
  });
  if (firstIsOdd) {
    top.style = m.style;
    top.model = m;
  }
  top.last = m.value;
  top.count++;
  top.titlesOnly &&= titleLike(sub);
  return true;
}

/** A marker of a style not open yet opens a nested level, which should start at one. */
function openLevel(walk: SectionWalk, sub: Subheading): void {
  const m = sub.marker;
  if (m.value !== 1) {
    walk.findings.push({
      message:
        m.value > 2
          ? msg('小标题编号从“{0}”开始，缺少“{1}”至“{2}”', m.text.trim(), markerLike(m, 1), markerLike(m, m.value - 1))
          : msg('小标题编号从“{0}”开始，缺少“{1}”', m.text.trim(), markerLike(m, 1)),
      range: m.range,
      data: { section: walk.key, problem: 'skipped' },
    });
  }
  walk.stack.push({ style: m.style, last: m.value, model: m, count: 1, titlesOnly: titleLike(sub) });
}

/** The next marker of an open level: it should be the one after the last. */
function nextInLevel(walk: SectionWalk, level: Level, sub: Subheading): void {
  const m = sub.marker;
  const expected = level.last + 1;
  level.count++;
  if (m.value === expected) {
    level.last = m.value;
    level.titlesOnly &&= titleLike(sub);
    return;
  }
  const finding = m.value === 1 ? restartFinding(level, sub) : outOfSequenceFinding(level, m, expected);
  const { problem, ...draft } = finding;
  walk.findings.push({ ...draft, data: { section: walk.key, problem } });
  if (m.value === 1) level.titlesOnly = titleLike(sub);
  level.last = m.value;
}

type SequenceProblem = Omit<FindingDraft, 'data'> & { problem: string };

/**
 * The level starts again inside the same section: usually a sub-list under the last item that reuses
 * its parent's numbering. It may also be a second list on purpose; only when the shape gives it away
 * (short titles before, paragraphs from here on) is it a warning.
 */
function restartFinding(level: Level, sub: Subheading): SequenceProblem {
  const nested = level.titlesOnly && paragraphLike(sub);
  return {
    message: msg(
      '小标题在“{0}”之后又从“{1}”重新编号：若这是“{0}”下的细目，应改用下一级编号（如“1.”或“（1）”）',
      markerLike(level.model, level.last),
      sub.marker.text.trim(),
    ),
    range: sub.marker.range,
    severity: nested ? 'warning' : 'information',
    problem: 'restart',
  };
}

/** A marker that repeats the last one, skips ahead, or goes back. */
function outOfSequenceFinding(level: Level, m: Ordinal, expected: number): SequenceProblem {
  if (m.value === level.last) {
    const message = msg('小标题编号“{0}”重复，应为“{1}”', m.text.trim(), markerLike(level.model, expected));
    return { message, range: m.range, problem: 'repeated' };
  }
  if (m.value < expected) {
    const message = msg('小标题编号“{0}”出现在“{1}”之后，顺序颠倒', m.text.trim(), markerLike(level.model, level.last));
    return { message, range: m.range, problem: 'order' };
  }
  const last = markerLike(level.model, level.last);
  const message =
    m.value - expected > 1
      ? msg(
          '小标题编号从“{0}”跳到“{1}”，缺少“{2}”至“{3}”',
          last,
          m.text.trim(),
          markerLike(level.model, expected),
          markerLike(level.model, m.value - 1),
        )
      : msg('小标题编号从“{0}”跳到“{1}”，缺少“{2}”', last, m.text.trim(), markerLike(level.model, expected));
  return { message, range: m.range, problem: 'skipped' };
}

// report/year-mismatch: a year in the text that contradicts the report year in a clear way: plans in
// section 五 dated the report year itself (they should name the next year), or, when the report year
// is set explicitly, a title or statistical period naming another year. Citations, document dates and
// comparisons with earlier years are never reported.

import type { Span } from '../../model/types';
import type { Check, FindingDraft } from '../check';
import { D, findYear, toNumber } from './util';
import { t } from '../../l10n';

/** Words that make a sentence a plan for the future. `将` alone is also the object marker (将…纳入), so it needs a verb of intent. */
const PLAN =
  /将(?:进一步|继续|持续|着力|不断|重点|切实|全面|加大|加强|深入|积极|努力|大力|更加|坚持|围绕|按照|以|在)|计划(?:于|在|将|开展|进一步)|拟(?:于|在|将|开展|进一步)|下一步|明年|来年|新的一年/;

/** A sentence-leading time phrase: `2021年，` or `2021年我镇将…`. */
const LEADING_YEAR = new RegExp(`(${D}{4})\\s*年度?(?=\\s*[，,、]|我|本|将|要|继续|全|各|计划|拟|进一步|重点|力争|争取)`, 'g');

/** Sentence boundaries: full stops, semicolons and line breaks. */
function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (/[。！？!?；;\n\r]/.test(text.charAt(i))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

/** True when `offset` sits inside 《…》, 〔…〕 or similar brackets that open earlier in the sentence. */
function insideCitation(text: string, sentenceStart: number, offset: number): boolean {
  const before = text.slice(sentenceStart, offset);
  const pairs: Array<[string, string]> = [
    ['《', '》'],
    ['〔', '〕'],
    ['[', ']'],
    ['【', '】'],
    ['〈', '〉'],
    ['“', '”'],
  ];
  return pairs.some(([open, close]) => before.lastIndexOf(open) > before.lastIndexOf(close));
}

export const reportYearMismatch: Check = {
  id: 'report/year-mismatch',
  defaultSeverity: 'information',
  get description() {
    return t('正文中的年份与报告年度矛盾（如第五部分的改进计划仍写报告年度）');
  },
  run({ doc, options }) {
    const year = doc.year;
    if (year === null) return [];
    const text = doc.text;
    const findings: FindingDraft[] = [];

    for (const section of doc.sections) {
      if (section.key !== 5) continue;
      for (const sentence of sentences(text, { start: section.bodyStart, end: section.range.end })) {
        const body = text.slice(sentence.start, sentence.end);
        LEADING_YEAR.lastIndex = 0;
        for (let m = LEADING_YEAR.exec(body); m; m = LEADING_YEAR.exec(body)) {
          if (toNumber(m[1]!) !== year) continue;
          const start = sentence.start + m.index;
          if (insideCitation(text, sentence.start, start)) continue;
          // Only a plan that follows the year in the same sentence counts: `2021年，我镇将进一步…`.
          const after = body.slice(m.index + m[0].length);
          if (!PLAN.test(after)) continue;
          // A comparison (`与2021年相比`) or a span of time (`自2021年以来`) is about the past.
          if (/(?:与|较|比|同比|相比|截至|截止|自|从)\s*$/.test(body.slice(0, m.index))) continue;
          const yearEnd = start + m[0].indexOf('年') + 1;
          const range = { start, end: yearEnd };
          findings.push({
            message: t('第五部分的改进计划写的是 {0} 年，而本报告是 {0} 年度报告，改进计划应指向下一年度（{1} 年）', year, year + 1),
            range,
            fixes: [{ title: t('改为“{0}年”', year + 1), edits: [{ range, newText: `${year + 1}年` }], safe: false }],
            data: { year: toNumber(m[1]!), expected: year + 1 },
          });
        }
      }
    }

    // When the user set the report year, a title or period naming another year contradicts it. (A title
    // that disagrees with the period on its own is report/title's finding.)
    if (options.reportYear != null && doc.yearSource === 'setting') {
      const titleYear = doc.title ? findYear(text, doc.title.range) : null;
      if (titleYear && titleYear.year !== year) {
        findings.push({
          message: t('标题写的是 {0} 年，但设置的报告年度为 {1} 年', titleYear.year, year),
          range: titleYear.range,
          fixes: [{ title: t('改为“{0}年”', year), edits: [{ range: titleYear.range, newText: `${year}年` }], safe: false }],
          data: { year: titleYear.year, expected: year },
        });
      }
      const period = doc.period;
      if (period && period.year !== year) {
        findings.push({
          message: t('统计期限写的是 {0} 年，但设置的报告年度为 {1} 年', period.year, year),
          range: period.yearRange,
          fixes: [{ title: t('改为“{0}年”', year), edits: [{ range: period.yearRange, newText: `${year}年` }], safe: false }],
          data: { year: period.year, expected: year },
        });
      }
    }
    return findings;
  },
};

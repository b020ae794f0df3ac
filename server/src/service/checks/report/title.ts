// report/title: the report has no title line naming the agency and the year before section 一, or
// the title's year contradicts the statistical period stated in the text.

import type { ReportDocument, Span } from '../../model/types';
import { eolOf } from '../../model/text';
import type { Check, FindingDraft } from '../check';
import { toNumber } from './util';
import { t } from '../../l10n';

/** How a title is written, as the messages show it (report text, so Chinese in every UI language). */
const STANDARD_TITLE = 'XX机关YYYY年政府信息公开工作年度报告';

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The year a title names, in Arabic or Chinese digits (`二〇二一年`). */
function titleYear(text: string): number | null {
  const arabic = /([0-9０-９]{4})\s*年/.exec(text);
  if (arabic) return toNumber(arabic[1]!);
  const chinese = /([〇零○一二三四五六七八九]{4})\s*年/.exec(text);
  if (chinese) return Number([...chinese[1]!].map((c) => CN_DIGIT[c]).join(''));
  return null;
}

/** Whether a title names its agency: something is left once the year and the stock words are removed. */
function namesAgency(text: string): boolean {
  const rest = text
    .normalize('NFKC')
    .replace(/[\s#*《》“”"（）()【】[\]:：,，、.。]/g, '')
    .replace(/[0-9〇零○一二三四五六七八九]{4}年度?/g, '')
    .replace(/政府信息公开|政务公开|工作|年度报告|年报|报告|关于|的/g, '');
  return rest.length >= 2;
}

interface TitleView {
  range: Span;
  text: string;
  agency: string | null;
  year: number | null;
}

/**
 * The title as the parser found it, or, when it found none, up to four short lines before the first
 * section that together name 年度报告 or 年报: titles are often split over lines by the paste.
 */
function titleOf(doc: ReportDocument): TitleView | null {
  if (doc.title) return doc.title;
  const firstSection = doc.sections.reduce((m, s) => Math.min(m, s.heading.range.start), doc.text.length);
  const lines: Span[] = [];
  for (let i = 0; i < doc.lineStarts.length; i++) {
    const start = doc.lineStarts[i]!;
    if (start >= firstSection) break;
    const end = doc.lineStarts[i + 1] ?? doc.text.length;
    const content = doc.text.slice(start, end).trim();
    if (!content) continue;
    if (content.length > 60 || /[。；]/.test(content)) break;
    lines.push({ start, end });
    if (/年度报告|年报/.test(content)) {
      const first = lines[Math.max(0, lines.length - 3)]!;
      let s = first.start;
      let e = end;
      while (s < e && /\s/.test(doc.text.charAt(s))) s++;
      while (e > s && /\s/.test(doc.text.charAt(e - 1))) e--;
      return { range: { start: s, end: e }, text: doc.text.slice(s, e), agency: null, year: null };
    }
    if (lines.length >= 4) break;
  }
  return null;
}

export const reportTitle: Check = {
  id: 'report/title',
  defaultSeverity: 'warning',
  get description() {
    return t('缺少写明机关名称和年份的报告标题，或标题年份与统计期限不一致');
  },
  run({ doc }) {
    // A text with neither a title nor any section heading is not recognisably a report yet.
    if (doc.sections.length === 0 && !doc.title) return [];
    const title = titleOf(doc);
    if (!title) {
      const at: Span = { start: 0, end: 0 };
      const agency = doc.signature?.agency ?? null;
      const year = doc.year;
      const eol = eolOf(doc.text);
      const suggestion = agency && year ? `${agency}${year}年政府信息公开工作年度报告` : null;
      return [
        {
          message: t('缺少报告标题：正文前应有写明机关名称和年份的标题，如“{0}”', suggestion ?? STANDARD_TITLE),
          range: at,
          fixes: suggestion
            ? [{ title: t('插入标题“{0}”', suggestion), edits: [{ range: at, newText: suggestion + eol + eol }], safe: false }]
            : undefined,
        },
      ];
    }
    const findings: FindingDraft[] = [];
    const year = title.year ?? titleYear(title.text);
    const noAgency = !(title.agency && title.agency.trim()) && !namesAgency(title.text);
    const noYear = year === null;
    if (noAgency || noYear) {
      const missing = noAgency && noYear ? t('机关名称和年份') : noAgency ? t('机关名称') : t('年份');
      findings.push({
        message: t('报告标题未写明{0}，应写作“{1}”', missing, STANDARD_TITLE),
        range: title.range,
      });
    }
    const period = doc.period;
    if (year !== null && period && period.year !== year) {
      findings.push({
        message: t('标题年份为 {0} 年，但统计期限写的是 {1} 年，二者应一致', year, period.year),
        range: title.range,
        related: [{ range: period.range, message: t('统计期限') }],
        data: { titleYear: year, periodYear: period.year },
      });
    }
    return findings;
  },
};

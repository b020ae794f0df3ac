// Section headings in the clothing real copies give them: a heading pasted as a table row (trailing tabs
// or pipes), Markdown marks and bold, a page number or a stray space after or inside the number. Each is
// still its section, with the exact title range; and table rows that begin with 一、…四、 never become
// headings.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { buildReport } from '../fixtures/drafts';
import { checkDraft } from '../util/markers';

const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const TITLES = HEADINGS.map((h) => h.slice(2));

/** The fixture report with every section heading line rewritten by `dress`. */
function dressed(dress: (heading: string, index: number) => string): string {
  let text = buildReport();
  HEADINGS.forEach((heading, i) => {
    const at = text.indexOf(`\n${heading}\n`);
    if (at < 0) throw new Error(`no ${heading}`);
    text = text.slice(0, at + 1) + dress(heading, i) + text.slice(at + 1 + heading.length);
  });
  return text;
}

const CLOTHING: Array<[string, (heading: string, index: number) => string]> = [
  ['trailing tabs', (h) => `${h}\t\t\t`],
  ['a leading tab', (h) => `\t${h}`],
  ['a Markdown table row', (h) => `| ${h} | | |`],
  ['a one-cell Markdown row', (h) => `|${h}|`],
  ['a pipe after the heading', (h) => `${h} |`],
  ['a Markdown heading', (h) => `### ${h}`],
  ['bold', (h) => `**${h}**`],
  ['bold with trailing spaces', (h) => `**${h}**  `],
  ['a Markdown heading in bold', (h) => `## **${h}**`],
  ['bold before a colon', (h) => `**${h}**：`],
  ['bold number only', (h) => `**${h.slice(0, 2)}**${h.slice(2)}`],
  ['a page number after a space', (h, i) => `${h} ${i + 3}`],
  ['a page number after a tab', (h, i) => `${h}\t${i + 3}`],
  ['a space after the number', (h) => h.replace('、', '、 ')],
  ['a space before the mark', (h) => h.replace('、', ' 、')],
  ['Word numbering with a tab', (h) => h.replace('、', '、\t')],
  ['a dot instead of the mark', (h) => h.replace('、', '.')],
];

describe('section headings in any clothing', () => {
  for (const [name, dress] of CLOTHING) {
    it(`finds all six sections with ${name}`, () => {
      const text = dressed(dress);
      const { doc, findings } = analyze(text);
      expect(doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(doc.sections.map((s) => text.slice(s.heading.title.range.start, s.heading.title.range.end))).toEqual(TITLES);
      expect(doc.sections.map((s) => s.heading.number?.value)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(findings.filter((f) => f.id === 'section/missing')).toEqual([]);
      // The tables under the dressed headings are read as before.
      expect(doc.tableStatus.map((s) => s.state)).toEqual(['read', 'read', 'read']);
    });
  }

  it('keeps the heading range to the heading itself, without the row’s cells, marks or page number', () => {
    const text = dressed((h, i) => (i === 3 ? `| **${h}** | | 7 |` : i === 2 ? `${h}\t\t\t` : h));
    const { doc } = analyze(text);
    expect(text.slice(doc.sections[2]!.heading.range.start, doc.sections[2]!.heading.range.end)).toBe(HEADINGS[2]);
    expect(text.slice(doc.sections[3]!.heading.range.start, doc.sections[3]!.heading.range.end)).toBe(HEADINGS[3]);
  });

  it('reports nothing about sections in a draft whose headings are pasted as table rows', () => {
    const r = checkDraft(
      dressed((h) => `${h}\t\t\t`),
      ['section/*'],
    );
    expect(r.actual).toEqual([]);
    expect(r.analysis.findings).toEqual([]);
  });

  it('does not take a table caption row that repeats its section’s heading for a second section', () => {
    const text = buildReport().replace('二、主动公开政府信息情况\n\n', '二、主动公开政府信息情况\n\n二、主动公开政府信息情况\t\t\t\n');
    const { doc } = analyze(text);
    expect(doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('still reports a section that is really missing when the others are dressed', () => {
    const text = dressed((h) => `| ${h} | |`).replace(/\| 五、存在的主要问题及改进情况 \| \|\n/, '');
    const r = checkDraft(text, ['section/missing']);
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringContaining('五、存在的主要问题及改进情况')]);
  });
});

describe('a table of contents', () => {
  const CONTENTS: Array<[string, (h: string, i: number) => string]> = [
    ['leader dots and page numbers', (h, i) => `${h}……………${i + 1}`],
    ['a tab and a page number', (h, i) => `${h}\t${i + 1}`],
    ['ASCII leaders', (h, i) => `${h} ........ ${i + 1}`],
    ['no page numbers', (h) => h],
  ];
  for (const [name, entry] of CONTENTS) {
    it(`with ${name} is not taken for the sections`, () => {
      const contents = `目录\n${HEADINGS.map(entry).join('\n')}\n\n`;
      const text = buildReport().replace('本报告依据', `${contents}本报告依据`);
      const { doc, findings } = analyze(text);
      expect(doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(doc.sections.map((s) => s.heading.range.start)).toEqual(HEADINGS.map((h) => text.lastIndexOf(h)));
      expect(findings.filter((f) => f.id.startsWith('section/'))).toEqual([]);
    });
  }

  it('leaves a report whose headings all carry a page number with its six sections', () => {
    const text = dressed((h, i) => `${h}……${i + 2}`);
    expect(analyze(text).doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('table rows are not headings', () => {
  it('leaves the numbered rows of table 三 in the table, in tab and Markdown layouts', () => {
    for (const text of [buildReport(), buildReport().replace(/^(.*\t.*)$/gm, (row) => `| ${row.split('\t').join(' | ')} |`)]) {
      const { doc } = analyze(text);
      expect(doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
      const t3 = doc.tables.find((t) => t.kind === 't3');
      expect(t3?.rows.map((r) => r.id)).toContain('new');
      expect(t3?.rows.map((r) => r.id)).toContain('next');
    }
  });

  it('does not take 三、本年度办理结果 or 四、结转下年度继续办理 alone on a row for a section', () => {
    const text =
      '青萝镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本镇依法做好公开工作。\n三、本年度办理结果\t\t\t\n四、结转下年度继续办理\n| 三、本年度办理结果 | | |\n';
    const { doc } = analyze(text);
    expect(doc.sections.map((s) => s.key)).toEqual([1]);
  });

  it('does not take a row with a value after the title-like label for a heading', () => {
    const text = '青萝镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本镇依法做好公开工作。\n二、主动公开政府信息情况\t12\t3\n';
    expect(analyze(text).doc.sections.map((s) => s.key)).toEqual([1]);
  });
});

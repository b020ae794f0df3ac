// The section checks on flattened copies (a whole report on one line, headings inline) and on headings in
// table-row or Markdown clothing: the same findings, at the same exact ranges, as on a report written line
// by line; fixes that edit a heading inside a long line change that heading only.

import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';

const TITLE = '松岗镇人民政府2023年政府信息公开工作年度报告';
const INTRO = '本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。';
const BODY = [
  '2023年，本镇坚持以公开为常态、不公开为例外，全面推进基层政务公开标准化规范化建设。',
  '本年度主动公开各类政府信息215条，其中政策文件解读12篇。',
  '本年度共收到政府信息公开申请2件，均已按期答复。',
  '本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。',
  '公开内容的及时性还有待提高，2024年将加强培训和审核。',
  '本机关2023年度未收取信息处理费。',
];
const SIGN = '松岗镇人民政府2024年1月22日';

/** The report on one line; `headings` gives each part's heading as written (markers allowed). */
function oneLine(headings: string[]): string {
  return TITLE + INTRO + headings.map((h, i) => h + BODY[i]).join('') + SIGN;
}

const STANDARD = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

describe('section checks on a report flattened to one line', () => {
  it('report nothing when every part is there with its standard heading', () => {
    const r = checkDraft(oneLine(STANDARD), ['section/*', 'report/*']);
    expect(r.actual).toEqual([]);
  });

  it('report a variant title at its exact range, and the fix changes only that title', () => {
    const headings = [...STANDARD];
    headings[4] = '⟦section/title-variant|五、存在的主要问题和改进措施⟧';
    const r = checkDraft(oneLine(headings), ['section/*']);
    expect(r.actual).toEqual(r.expected);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(oneLine(STANDARD));
    expect(fixableFindings(fixed).filter((f) => f.id.startsWith('section/'))).toEqual([]);
  });

  it('report an unnumbered heading that stands after a sentence, and number it', () => {
    const headings = [...STANDARD];
    headings[1] = '⟦section/unnumbered|主动公开政府信息情况⟧';
    // The unnumbered title is a heading only where a body begins after it (here a year).
    const marked = oneLine(headings).replace('本年度主动公开各类政府信息215条', '2023年主动公开各类政府信息215条');
    const r = checkDraft(marked, ['section/*']);
    expect(r.actual).toEqual(r.expected);
    expect(applyFix(r.text, r.findings[0]!)).toBe(
      oneLine(STANDARD).replace('本年度主动公开各类政府信息215条', '2023年主动公开各类政府信息215条'),
    );
  });

  it('report the parts out of order', () => {
    const headings = [STANDARD[0]!, STANDARD[2]!, STANDARD[1]!, STANDARD[3]!, STANDARD[4]!, STANDARD[5]!];
    const r = checkDraft(oneLine(headings), ['section/order']);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(
      r.findings.every((f) =>
        ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].includes(r.text.slice(f.range.start, f.range.end)),
      ),
    ).toBe(true);
  });

  it('do not take a sentence that names the parts for headings', () => {
    const list =
      '本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。';
    const r = checkDraft(TITLE + list + STANDARD.map((h, i) => h + BODY[i]).join('') + SIGN, ['section/*']);
    expect(r.actual).toEqual([]);
    expect(r.analysis.doc.sections.map((s) => s.heading.range.start)).toEqual(STANDARD.map((h) => r.text.lastIndexOf(h)));
  });
});

describe('section checks on headings in clothing', () => {
  const lines = (headings: string[]) =>
    [TITLE, INTRO, ...headings.flatMap((h, i) => [h, BODY[i]]), '松岗镇人民政府', '2024年1月22日', ''].join('\n');

  it('report nothing for headings pasted as table rows, in Markdown or with page numbers', () => {
    const dressed = [
      `${STANDARD[0]}\t\t\t`,
      `| ${STANDARD[1]} | | |`,
      `### ${STANDARD[2]}`,
      `**${STANDARD[3]}**  `,
      `${STANDARD[4]} 3`,
      STANDARD[5]!.replace('、', ' 、'),
    ];
    const r = checkDraft(lines(dressed), ['section/*']);
    expect(r.actual).toEqual([]);
    expect(r.analysis.doc.sections.map((s) => s.key)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('report a variant title in a table row at the title itself, without the row’s cells', () => {
    const dressed = [...STANDARD];
    dressed[3] = `| ⟦section/title-variant|四、政府信息公开行政复议与行政诉讼情况⟧ | | |`;
    const r = checkDraft(lines(dressed), ['section/*']);
    expect(r.actual).toEqual(r.expected);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toContain(`| ${STANDARD[3]} | | |`);
  });
});

describe('fixes that insert into a flattened copy', () => {
  it('inserts a missing part right before the next heading inside the line, on lines of its own', () => {
    const headings = [...STANDARD];
    const text = TITLE + INTRO + headings.map((h, i) => (i === 2 ? BODY[i] : h + BODY[i])).join('') + SIGN;
    const r = checkDraft(text, ['section/missing']);
    const missing = r.findings.find((f) => f.message.includes('三、'))!;
    expect(missing).toBeDefined();
    const fixed = applyFix(text, missing);
    // Everything before the insertion point is untouched, and the inserted heading opens a line.
    const at = text.indexOf(STANDARD[3]!);
    expect(fixed.startsWith(text.slice(0, at) + '\n三、收到和处理政府信息公开申请情况\n')).toBe(true);
    expect(fixed.endsWith(text.slice(at))).toBe(true);
    expect(checkDraft(fixed, ['section/missing']).actual).toEqual([]);
  });

  it('inserts a missing table right after its heading inside the line, not at the end of the text', () => {
    const flat = oneLine(STANDARD);
    const r = checkDraft(flat, ['table/missing']);
    const four = r.findings.find((f) => f.data?.table === 't4')!;
    expect(four).toBeDefined();
    const fixed = applyFix(flat, four);
    const heading = STANDARD[3]!;
    const at = flat.indexOf(heading) + heading.length;
    expect(fixed.startsWith(flat.slice(0, at) + '\n\n')).toBe(true);
    expect(fixed.endsWith('\n' + flat.slice(at))).toBe(true);
    expect(checkDraft(fixed, ['table/missing']).findings.filter((f) => f.data?.table === 't4')).toEqual([]);
  });
});

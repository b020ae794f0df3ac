// Flattened copies: crawler and web copies that put a whole report, or each part of it, on one line, with
// headings inline and table cells glued together or set apart by single spaces. The sections and tables
// must be found inside the long lines with exact ranges, and ordinary prose must never be cut.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service';
import { computeLineStarts } from '../../server/src/service/model/text';
import { flattenLines } from '../../server/src/service/parse/flatten';
import { splitLines, tokenize } from '../../server/src/service/parse/tokens';
import { TABLES } from '../../server/src/service/template/tables';
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

/** The report with its line breaks removed (joined by `lineSep`) and its tabs replaced by `cellSep`. */
function flatten(text: string, lineSep: string, cellSep: string): string {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/\t+/g, cellSep))
    .filter(Boolean)
    .join(lineSep);
}

/** The report flattened part by part: one line for the title block and one per section. */
function flattenByPart(text: string, cellSep: string): string {
  let out = text.replace(/\t+/g, cellSep);
  out = out.replace(/\n+/g, '');
  for (const heading of HEADINGS) out = out.replace(heading, `\n${heading}`);
  return out;
}

function lines(text: string) {
  return flattenLines(text, splitLines(text, computeLineStarts(text)), TABLES);
}

function expectSixSections(text: string) {
  const { doc, findings } = analyze(text);
  expect(doc.sections.map((s) => text.slice(s.heading.range.start, s.heading.range.end))).toEqual(HEADINGS);
  // Each section runs from its heading to the next one.
  for (let i = 0; i + 1 < doc.sections.length; i++) expect(doc.sections[i]!.range.end).toBe(doc.sections[i + 1]!.range.start);
  expect(findings.filter((f) => f.id === 'section/missing')).toEqual([]);
  return { doc, findings };
}

describe('a whole report on one line', () => {
  it('finds the six sections, the three tables, the title and the 落款 when cells are set apart by spaces', () => {
    for (const layout of ['tabs', 'cells'] as const) {
      const text = flatten(buildReport(undefined, { layout }), ' ', ' ');
      expect(text).not.toContain('\n');
      const { doc, findings } = expectSixSections(text);
      expect(doc.lineStarts).toEqual([0]);
      expect(doc.tableStatus.map((s) => s.state)).toEqual(['read', 'read', 'read']);
      expect(doc.tables.find((t) => t.kind === 't3')?.cells.get('t3.new.tot')?.value).toBe(8);
      expect(doc.title?.text).toBe('青禾县农业农村局2022年政府信息公开工作年度报告');
      expect(doc.signature?.agency).toBe('青禾县农业农村局');
      // The flattened report is the clean report: nothing to say about it.
      expect(findings.map((f) => f.id)).toEqual([]);
    }
  });

  it('finds the six sections and the three tables when everything is glued together', () => {
    const text = flatten(buildReport(), '', '');
    expect(text).toContain('2022年1月1日至12月31日。一、总体情况本机关');
    expect(text).toContain('一、本年新收政府信息公开申请数量5200108二、上年结转');
    const { doc } = expectSixSections(text);
    expect(doc.tables.map((t) => t.kind)).toEqual(['t2', 't3', 't4']);
    expect(doc.tableStatus.map((s) => s.state)).not.toContain('missing');
    // Each row label of table 三 is found in the glued text, with its own range.
    const t3 = doc.tables.find((t) => t.kind === 't3')!;
    expect(t3.rows.length).toBe(25);
    const carry = t3.rows.find((r) => r.id === 'carry')!;
    expect(text.slice(carry.label!.range.start, carry.label!.range.end)).toBe('二、上年结转政府信息公开申请数量');
    expect(doc.title?.text).toBe('青禾县农业农村局2022年政府信息公开工作年度报告');
  });

  it('reports nothing about the sections, with markers', () => {
    const r = checkDraft(flatten(buildReport(), '', ''), ['section/*']);
    expect(r.actual).toEqual(r.expected);
    expect(r.actual).toEqual([]);
  });

  it('still reports a section that is really missing', () => {
    const text = flatten(buildReport(), '', '').replace(/五、存在的主要问题及改进情况.*?(?=六、)/, '');
    const missing = analyze(text).findings.filter((f) => f.id === 'section/missing');
    expect(missing.map((f) => f.message)).toEqual([expect.stringContaining('五、存在的主要问题及改进情况')]);
  });
});

describe('the 落款 glued to the last section', () => {
  it('is found after a sentence, or by the agency the title names', () => {
    const base = flatten(buildReport(), '', '');
    expect(base.endsWith('本机关2022年度未收取信息处理费。青禾县农业农村局2023年1月20日')).toBe(true);
    const withoutStop = base.replace('本机关2022年度未收取信息处理费。', '无');
    for (const text of [base, withoutStop]) {
      const { doc } = analyze(text);
      expect(doc.signature?.agency).toBe('青禾县农业农村局');
      expect(doc.signature?.date).toMatchObject({ year: 2023, month: 1, day: 20 });
      expect(doc.sections[5]!.range.end).toBe(text.lastIndexOf('青禾县农业农村局'));
    }
  });
});

describe('a report on a few long lines', () => {
  it('finds sections and tables when each part is one line', () => {
    for (const cellSep of [' ', '']) {
      const text = flattenByPart(buildReport(), cellSep);
      expect(text.split('\n')).toHaveLength(7);
      const { doc } = expectSixSections(text);
      expect(doc.tables.map((t) => t.kind)).toEqual(['t2', 't3', 't4']);
      expect(doc.tables.map((t) => t.section)).toEqual([2, 3, 4]);
      if (cellSep === ' ') expect(doc.tableStatus.map((s) => s.state)).toEqual(['read', 'read', 'read']);
    }
  });

  it('finds a heading at the start of a line with its body glued to it', () => {
    const text =
      '云岭乡人民政府2023年政府信息公开工作年度报告\n一、总体情况2023年，本乡认真落实政务公开各项要求。\n二、主动公开政府信息情况本年度主动公开信息86条。\n' +
      '三、收到和处理政府信息公开申请情况本年度未收到政府信息公开申请。\n四、政府信息公开行政复议、行政诉讼情况本年度未发生行政复议和行政诉讼。\n' +
      '五、存在的主要问题及改进情况公开内容还不够丰富，下一步将加以改进。\n六、其他需要报告的事项本机关2023年度未收取信息处理费。\n云岭乡人民政府\n2024年1月18日\n';
    const { doc } = expectSixSections(text);
    expect(doc.sections[0]!.bodyStart).toBe(text.indexOf('2023年，本乡'));
    expect(doc.sections.every((s) => s.heading.standardTitle)).toBe(true);
  });

  it('finds unnumbered titles after the end of a sentence when a body or a table follows', () => {
    const text =
      '云岭乡人民政府2023年政府信息公开工作年度报告本报告依据《条例》编制，全文包括总体情况、主动公开政府信息情况等六个部分。' +
      '政府信息公开工作总体情况2023年，本乡认真落实政务公开各项要求，持续推进基层政务公开标准化规范化建设，公开质量不断提高。' +
      '主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 2 0 9';
    const { doc } = analyze(text);
    expect(doc.sections.map((s) => [s.key, text.slice(s.heading.range.start, s.heading.range.end)])).toEqual([
      [1, '政府信息公开工作总体情况'],
      [2, '主动公开政府信息情况'],
    ]);
  });
});

describe('digits glued to a label', () => {
  it('become a number token of their own, marked glued, after the label as a text token', () => {
    const text =
      '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计' +
      '一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开1060000106';
    const tokens = tokenize(text, lines(text));
    const at = (label: string) => tokens.findIndex((t) => t.text === label);
    const i = at('一、本年新收政府信息公开申请数量');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(tokens[i]!.kind).toBe('text');
    expect(tokens[i + 1]).toMatchObject({ kind: 'number', text: '21710000218', glued: true });
    expect(tokens[at('二、上年结转政府信息公开申请数量') + 1]).toMatchObject({ text: '0000000', glued: true });
    expect(tokens[at('（一）予以公开') + 1]).toMatchObject({ text: '1060000106', glued: true });
    // Values set apart by spaces are cells of their own, not glued.
    const spaced =
      '一、本年新收政府信息公开申请数量 2 1 0 0 0 0 3 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果 （一）予以公开 1 0 0 0 0 0 1';
    const spacedTokens = tokenize(spaced, lines(spaced));
    expect(spacedTokens.filter((t) => t.kind === 'number')).toHaveLength(21);
    expect(spacedTokens.some((t) => t.glued)).toBe(false);
  });

  it('are cut off a row label on a line of its own too, but not off prose or a label set apart by a tab', () => {
    const text = '一、本年新收政府信息公开申请数量21710000218\n行政许可25\n行政许可\t25\n本年度共办理行政许可25\n（七）总计9 0 0 0 0 0 9';
    const tokens = tokenize(text, lines(text));
    expect(tokens.map((t) => [t.line, t.kind, t.text, t.glued ?? false])).toEqual([
      [0, 'text', '一、本年新收政府信息公开申请数量', false],
      [0, 'number', '21710000218', true],
      [1, 'text', '行政许可', false],
      [1, 'number', '25', true],
      [2, 'text', '行政许可', false],
      [2, 'number', '25', false],
      [3, 'text', '本年度共办理行政许可25', false],
      [4, 'text', '（七）总计', false],
      [4, 'number', '9', false],
      ...[0, 0, 0, 0, 0, 9].map((v) => [4, 'number', String(v), false]),
    ]);
  });

  it('cuts a label glued to the values of the row before, including one that is not a standard label', () => {
    const text = '（三）不予公开1.属于国家秘密00000002.其他法律行政止公开00000003.危及“三安全一稳定”0000000';
    const pieces = lines(text).map((l) => l.text);
    expect(pieces).toEqual(['（三）不予公开', '1.属于国家秘密0000000', '2.其他法律行政止公开0000000', '3.危及“三安全一稳定”0000000']);
  });
});

describe('labels that lost their ordinal', () => {
  it('are cut where they stand, taking the numeral left before them', () => {
    const text =
      '二、上年结转政府信息公开申请数量0000000三本年度办理结果（一）予以公开1000001（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000不予公开1.属于国家秘密0000000';
    expect(lines(text).map((l) => l.text)).toEqual([
      '二、上年结转政府信息公开申请数量0000000',
      '三本年度办理结果',
      '（一）予以公开1000001',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000',
      '不予公开',
      '1.属于国家秘密0000000',
    ]);
  });
});

describe('a heading and its body on one short line', () => {
  it('is cut after the colon, and the body is the section’s', () => {
    const text =
      '青萝镇人民政府2023年政府信息公开工作年度报告\n一、总体情况：本镇依法做好公开工作。\n二、主动公开政府信息情况\n本镇公开信息50条。\n';
    const { doc } = analyze(text);
    expect(doc.sections.map((s) => text.slice(s.heading.range.start, s.heading.range.end))).toEqual([
      '一、总体情况：',
      '二、主动公开政府信息情况',
    ]);
    expect(text.slice(doc.sections[0]!.heading.title.range.start, doc.sections[0]!.heading.title.range.end)).toBe('总体情况');
    expect(doc.sections[0]!.bodyStart).toBe(text.indexOf('本镇依法'));
  });

  it('is not cut when the title ends a sentence or is followed by a page number', () => {
    for (const line of ['一、总体情况。', '一、总体情况 3', '一、总体情况……………3']) {
      expect(lines(`${line}\n`).map((l) => l.text)).toEqual([line, '']);
    }
  });
});

describe('virtual lines', () => {
  it('cover their physical line exactly, keep its number, and number the lines in order', () => {
    const text = `第一行\n${flatten(buildReport(), '', '')}\n最后一行`;
    const result = lines(text);
    expect(result.length).toBeGreaterThan(50);
    result.forEach((line, i) => expect(line.index).toBe(i));
    const middle = result.filter((l) => l.physical === 1);
    expect(middle[0]!.start).toBe(text.indexOf('\n') + 1);
    for (let i = 0; i + 1 < middle.length; i++) expect(middle[i]!.end).toBe(middle[i + 1]!.start);
    expect(middle[middle.length - 1]!.end).toBe(text.lastIndexOf('\n'));
    expect(middle.map((l) => l.text).join('')).toBe(text.split('\n')[1]);
    expect(result[result.length - 1]).toMatchObject({ physical: 2, text: '最后一行' });
  });

  it('gives ranges that map to the right physical line and column', () => {
    const text = `青溪街道办事处2023年政府信息公开工作年度报告\n${flatten(buildReport(), '', '')}`;
    const { doc } = analyze(text);
    expect(doc.lineStarts).toEqual([0, text.indexOf('\n') + 1]);
    const five = doc.sections.find((s) => s.key === 5)!;
    expect(text.slice(five.heading.range.start, five.heading.range.end)).toBe('五、存在的主要问题及改进情况');
  });
});

describe('virtual lines under random edits', () => {
  it('always cover the text exactly, in order, and the analysis keeps its ranges inside the text', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['', ' ', '\n', '\t', '0', '12', '三、', '（二）', '1.', '情况', '总计', '。', '\u3000', '2023年1月5日'];
    const bases = [flatten(buildReport(), '', ''), flatten(buildReport(), ' ', ' '), flattenByPart(buildReport(), '')];
    for (let round = 0; round < 60; round++) {
      let text = bases[round % bases.length];
      for (let k = 0; k < 6; k++) {
        const at = Math.floor(random() * text!.length);
        text = text!.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text!.slice(at + Math.floor(random() * 12));
      }
      const result = lines(text!);
      const physical = splitLines(text!, computeLineStarts(text!));
      result.forEach((line, i) => expect(line.index).toBe(i));
      for (const p of physical) {
        const parts = result.filter((l) => l.physical === p.index);
        expect(parts[0]!.start).toBe(p.start);
        expect(parts[parts.length - 1]!.end).toBe(p.end);
        for (let i = 0; i + 1 < parts.length; i++) expect(parts[i]!.end).toBe(parts[i + 1]!.start);
        for (const part of parts) for (const e of part.labelEnds ?? []) expect(e > part.start && e <= part.end).toBe(true);
      }
      const { doc } = analyze(text!);
      for (const s of doc.sections) expect(s.range.end).toBeLessThanOrEqual(text!.length);
      for (const t of doc.tables) for (const c of t.cells.values()) expect(text!.slice(c.range.start, c.range.end)).toBe(c.raw);
    }
  });
});

describe('ordinary text is never cut', () => {
  const untouched = (text: string) => {
    const result = lines(text);
    expect(result.map((l) => l.text)).toEqual(text.split('\n'));
  };

  it('leaves prose that names the parts or quotes labels alone', () => {
    untouched(
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成，数据统计期限为2023年1月1日至12月31日。',
    );
    untouched('详见附件。三、收到和处理政府信息公开申请情况统计表');
    untouched('本机关认真落实要求。二、主动公开政府信息情况的统计口径与上年相同。');
    untouched(
      '本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。',
    );
    untouched(
      '本年度，我局一是做好行政许可、行政处罚和行政强制决定的公开，累计公开行政许可决定1200条；二是规范政府信息公开申请办理，具体数据详见二、主动公开政府信息情况表和三、收到和处理政府信息公开申请情况表，全年未发生行政复议和行政诉讼。',
    );
  });

  it('leaves an opening sentence that speaks of the annual report alone', () => {
    untouched('本报告根据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的要求编制，由总体情况等六部分组成。');
    untouched('本年度报告根据《中华人民共和国政府信息公开条例》要求编制。');
  });

  it('keeps the sections of a normal report when a long paragraph names a part after a full stop', () => {
    const text = buildReport().replace(
      '本机关坚持以公开为常态',
      '本机关全年工作取得明显成效，各项制度不断健全，公开平台持续完善，依申请公开答复规范及时，监督保障有力有效。三、收到和处理政府信息公开申请情况良好，本机关坚持以公开为常态',
    );
    const { doc, findings } = analyze(text);
    expect(doc.sections.map((s) => s.heading.range.start)).toEqual(HEADINGS.map((h) => text.indexOf(`\n${h}\n`) + 1));
    expect(findings.filter((f) => f.id.startsWith('section/'))).toEqual([]);
    untouched(
      '二、主动公开政府信息情况方面，本局全年主动公开信息三百余条，较上年有所增加，公开内容涵盖机构职能、政策文件、财政预决算、重点领域信息等，公开质量持续提高。',
    );
  });

  it('leaves the tab-separated rows of a normal report alone', () => {
    const text = buildReport();
    const result = lines(text);
    expect(result.length).toBe(text.split('\n').length);
    expect(result.every((l, i) => l.physical === i && !l.labelEnds)).toBe(true);
  });
});

// The PDF layout rules on placed text made up here (no PDF involved): wrapped paragraphs rejoin, a
// heading stays alone, page numbers in the margin go, table cells land in their columns (an empty
// cell stays empty) and a label wrapped in its cell rejoins its row.

import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type PlacedText } from '../../server/src/import/pdfLayout';

const SIZE = 10;

/** Text at (x, y) in a 10-point font whose characters are all one em wide (ASCII digits half). */
function at(text: string, x: number, y: number, size = SIZE): PlacedText {
  const width = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? size / 2 : size), 0);
  return { text, x, y, width, size };
}

function page(items: PlacedText[], number = 1): PageText {
  return { page: number, width: 595, height: 842, items };
}

describe('PDF layout', () => {
  it('rejoins a paragraph wrapped at the margin, keeps headings and drops the page number', () => {
    const { text, sourceMap } = layoutPages([
      page([
        at('一、总体情况', 50, 100),
        at('本年度本机关认真贯彻落实条例，', 70, 120),
        at('全年主动公开信息十二条。', 50, 135),
        at('二、主动公开政府信息情况', 50, 160),
        at('- 1 -', 290, 810),
      ]),
    ]);
    // The wrapped line is only 15 characters wide here; the right margin is the widest line's end.
    expect(text).toBe('一、总体情况\n本年度本机关认真贯彻落实条例，全年主动公开信息十二条。\n二、主动公开政府信息情况\n');
    expect(sourceMap.segments.find((s) => text.slice(s.start, s.end) === '全年主动公开信息十二条。')?.source).toEqual({
      kind: 'pdf',
      page: 1,
      x: 50,
      y: 135,
    });
  });

  it('puts table cells in the columns of the fullest rows, an empty cell left empty', () => {
    const { text } = layoutPages([
      page([
        at('信息内容', 50, 100),
        at('本年制发件数', 150, 100),
        at('本年废止件数', 250, 100),
        at('现行有效件数', 350, 100),
        at('规章', 50, 115),
        at('0', 175, 115),
        at('5', 375, 115),
        at('行政规范性文件', 50, 130),
        at('12', 172, 130),
        at('1', 275, 130),
        at('30', 372, 130),
      ]),
    ]);
    expect(text).toBe('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t\t5\n行政规范性文件\t12\t1\t30\n');
  });

  it('joins a label wrapped inside its cell to the row with its numbers, top-aligned and centred', () => {
    const top = layoutPages([
      page([
        at('1.本机关不掌握相关', 50, 100),
        at('1', 250, 100),
        at('2', 300, 100),
        at('政府信息', 50, 113),
        at('2.重复申请', 50, 130),
        at('0', 250, 130),
        at('0', 300, 130),
      ]),
    ]);
    expect(top.text).toBe('1.本机关不掌握相关政府信息\t1\t2\n2.重复申请\t0\t0\n');
    const centred = layoutPages([
      page([
        at('1.本机关不掌握相关', 50, 94),
        at('1', 250, 100),
        at('2', 300, 100),
        at('政府信息', 50, 107),
        at('2.重复申请', 50, 130),
        at('0', 250, 130),
        at('0', 300, 130),
      ]),
    ]);
    expect(centred.text).toBe(top.text);
  });

  it('reads Kangxi radicals as the characters they show, and overprinted (fake bold) text once', () => {
    const { text } = layoutPages([page([at('\u2f06、主动公开政府信息情况', 50, 100), at('\u2f06、主动公开政府信息情况', 50.4, 100.2)])]);
    expect(text).toBe('二、主动公开政府信息情况\n');
  });

  it('writes a heading set between two tables as a plain line, not a table row', () => {
    const { text } = layoutPages([
      page([
        at('行政许可', 50, 100),
        at('25', 200, 100),
        at('三、收到和处理政府信息公开申请情况', 50, 115),
        at('一、本年新收政府信息公开申请数量', 50, 130),
        at('5', 400, 130),
        at('2', 430, 130),
      ]),
    ]);
    expect(text).toBe('行政许可\t25\t\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t5\t2\n');
  });
});

// The split of glued digits: read only when exactly one split gives the row its cell count, no leading
// zeros except a lone 0, and every total equal to the sum of its parts; the search is bounded.

import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../server/src/service/l10n';
import { splitGlued } from '../../server/src/service/parse/glued';
import { parseReport } from '../../server/src/service/parse';
import { analyze } from '../util/analyze';

const T3 = [[0, 1, 2, 3, 4, 5, 6]];
const T4 = [0, 1, 2].map((b) => [0, 1, 2, 3, 4].map((c) => b * 5 + c));

describe('splitGlued', () => {
  it('finds the one split that fits table 三’s total', () => {
    expect(splitGlued(['21710000218'], 7, T3)).toEqual({ kind: 'unique', values: [['217', '1', '0', '0', '0', '0', '218']] });
  });

  it('keeps the cells of each separate run apart', () => {
    expect(splitGlued(['2', '1', '0', '0', '3', '1000100000'], 15, T4)).toEqual({
      kind: 'unique',
      values: [['2'], ['1'], ['0'], ['0'], ['3'], ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0']],
    });
  });

  it('says when more than one split fits', () => {
    // 11 0 0 0 0 0 11 and 1 10 0 0 0 0 11.
    expect(splitGlued(['110000011'], 7, T3)).toEqual({ kind: 'ambiguous' });
  });

  it('says when no split fits, never reading a leading zero', () => {
    expect(splitGlued(['5200109'], 7, T3)).toEqual({ kind: 'none' });
    // 0 5 … would need `05`.
    expect(splitGlued(['0500005'], 6, [[0, 1, 2, 3, 4, 5]])).toEqual({ kind: 'none' });
  });

  it('rejects runs that cannot fill the cells', () => {
    expect(splitGlued(['12'], 7, T3)).toEqual({ kind: 'none' });
    expect(splitGlued(['1', '2', '3'], 2, [[0, 1]])).toEqual({ kind: 'none' });
  });

  it('answers for long runs of digits (the search is pruned by the digits left and bounded in steps)', () => {
    expect(splitGlued(['1'.repeat(30)], 15, T4)).toEqual({ kind: 'none' });
    expect(splitGlued(['1'.repeat(200)], 15, T4)).toEqual({ kind: 'none' });
  });
});

describe('table 二 rows glued to their labels in a flattened copy', () => {
  // A crawler copy: the whole report on one line, the tabs of table 二 lost, each row's digits glued to its label.
  const flat =
    '青石县文化和旅游局2023年政府信息公开工作年度报告一、总体情况2023年，本局认真落实条例要求。二、主动公开政府信息情况' +
    '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件101022' +
    '第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0' +
    '第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况本年度未收到申请。';

  it('reads a row whose digits split only one way, as reconstructed, and names the one that splits several ways', () => {
    const doc = parseReport(flat);
    const t2 = doc.tables.find((t) => t.kind === 't2')!;
    expect(['t2.reg.made', 't2.reg.repealed', 't2.reg.valid'].map((id) => t2.cells.get(id)?.value)).toEqual([0, 0, 0]);
    expect(t2.cells.get('t2.reg.made')!.certainty).toBe('reconstructed');
    // 101022 is 10 10 22, 1 0 1022, 101 0 22 …: no total decides, so the row is unread, not guessed.
    const nd = t2.rows.find((r) => r.id === 'nd')!;
    expect(renderMessage(nd.unreadable ?? '', 'zh-cn')).toContain('101022');
    expect(t2.cells.has('t2.nd.made')).toBe(false);
    const findings = analyze(flat).findings;
    expect(findings.filter((f) => f.id === 'table/cell-count')).toEqual([]);
    expect(findings.find((f) => f.id === 'table/unreadable' && f.data?.table === 't2')?.severity).toBe('warning');
  });
});

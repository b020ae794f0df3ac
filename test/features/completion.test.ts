// Completion on small invented drafts, compared in full: the six standard headings (the missing ones
// first) where a heading is being typed, table 三's missing rows and group labels inside the table, and
// nothing where neither fits. `‸` marks the cursor in each draft.

import { describe, expect, it } from 'vitest';
import { createLanguageService } from '../../server/src/service';
import { report, t3Text } from './drafts';

/** The completions at `‸`, with each range given as the text it covers. */
function complete(draft: string, language?: 'zh-cn' | 'en') {
  const offset = draft.indexOf('‸');
  expect(offset).toBeGreaterThanOrEqual(0);
  const text = draft.slice(0, offset) + draft.slice(offset + 1);
  const service = createLanguageService({ language });
  return service.completion(service.parse(text), offset).map((c) => {
    expect(c.range.end).toBe(offset);
    expect(c.insertText).toBe(c.label);
    return { label: c.label, detail: c.detail, kind: c.kind, typed: text.slice(c.range.start, c.range.end) };
  });
}

/** A short draft of an invented agency whose section 五 is missing; `cursorLine` stands before 六. */
function withoutFive(cursorLine: string): string {
  return [
    '示例县水务局2022年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '本局坚持以公开为常态。',
    '二、主动公开政府信息情况',
    '本局全年主动公开信息30条。',
    '三、收到和处理政府信息公开申请情况',
    '本局全年新收申请2件。',
    '四、政府信息公开行政复议、行政诉讼情况',
    '无。',
    cursorLine,
    '六、其他需要报告的事项',
    '本局2022年度未收取信息处理费。',
    '',
  ].join('\n');
}

const PRESENT = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '六、其他需要报告的事项',
];

describe('heading completion', () => {
  it('offers the missing section first, then the others, on an empty line', () => {
    const items = complete(withoutFive('‸'));
    expect(items).toEqual([
      { label: '五、存在的主要问题及改进情况', detail: '缺少', kind: 'heading', typed: '' },
      ...PRESENT.map((label) => ({ label, detail: '已有', kind: 'heading', typed: '' })),
    ]);
  });

  it('replaces what was typed of the heading: a numeral and 、, or the first characters of a title', () => {
    expect(complete(withoutFive('五、‸'))[0]).toEqual({
      label: '五、存在的主要问题及改进情况',
      detail: '缺少',
      kind: 'heading',
      typed: '五、',
    });
    expect(complete(withoutFive('  存在‸'))[0]).toEqual({
      label: '五、存在的主要问题及改进情况',
      detail: '缺少',
      kind: 'heading',
      typed: '存在',
    });
    expect(complete(withoutFive('## 五‸'))[0]!.typed).toBe('五');
  });

  it('says “missing” and “present” in English', () => {
    expect(complete(withoutFive('‸'), 'en').map((c) => c.detail)).toEqual([
      'missing',
      'present',
      'present',
      'present',
      'present',
      'present',
    ]);
  });

  it('offers nothing in prose, before text on the line, or at a bad offset', () => {
    expect(complete(withoutFive('本局今年‸'))).toEqual([]);
    expect(complete(withoutFive('五、存在问题。‸'))).toEqual([]);
    expect(complete(withoutFive('五、‸存在的主要问题'))).toEqual([]);
    const service = createLanguageService();
    const doc = service.parse(withoutFive(''));
    expect(service.completion(doc, -1)).toEqual([]);
    expect(service.completion(doc, doc.text.length + 5)).toEqual([]);
    expect(service.completion(doc, Number.NaN)).toEqual([]);
  });
});

describe('table label completion', () => {
  const T3 = t3Text('tabRows');
  /** Table 三 with the line of `2.重复申请` replaced by `line`. */
  const withRow52 = (line: string) => report({ t3: T3.replace(/^\t2\.重复申请\t.*$/m, line) });

  it('offers the missing row of table 三 where it is being typed, with its group', () => {
    expect(complete(withRow52('\t2.‸'))).toEqual([{ label: '2.重复申请', detail: '表三 · （五）不予处理', kind: 'row', typed: '2.' }]);
    expect(complete(withRow52('\t‸'))).toEqual([{ label: '2.重复申请', detail: '表三 · （五）不予处理', kind: 'row', typed: '' }]);
    expect(complete(withRow52('\t重复‸'))).toEqual([{ label: '2.重复申请', detail: '表三 · （五）不予处理', kind: 'row', typed: '重复' }]);
  });

  it('offers a missing group label of table 三, before the rows it heads', () => {
    const text = report({
      t3: T3.replace('（五）不予处理\t1.信访举报投诉类申请', '\t1.信访举报投诉类申请').replace(/^\t2\.重复申请\t/m, '（‸\n$&'),
    });
    expect(complete(text)).toEqual([{ label: '（五）不予处理', detail: '表三', kind: 'header', typed: '（' }]);
  });

  it('offers nothing in a value cell, or when nothing the table lacks matches', () => {
    expect(complete(withRow52('\t2.重复申请\t0‸'))).toEqual([]);
    expect(complete(withRow52('\t9.‸'))).toEqual([]);
    expect(complete(report().replace('\t1.信访举报投诉类申请', '\t1.信访‸举报投诉类申请'))).toEqual([]);
  });
});

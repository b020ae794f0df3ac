// What the table checks report on table 三 and 四 in the layouts real copies produce: nothing at all for a
// complete table however it is laid out (placeholder headers, vertical labels, broken or repeated headers),
// a label-variant with the standard label for a typo row label, and never an error on a complete row.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/service';
import { applyFix, checkDraft } from '../../util/markers';
import { buildReport, defaultValues, tableText } from '../../fixtures/drafts';
import { GROUP_BEFORE, T3_LABELS } from '../../fixtures/labels';

const values = defaultValues();
const BASE = buildReport(values);
const t3Of = (id: string) => values.t3[id]!.map(String);
const T4 = tableText('t4', values)
  .split('\n')
  .pop()!
  .split('\t')
  .filter((v) => v !== '');
const T4_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const T3_HEADERS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

function withT3(t3: string): string {
  const text = BASE.replace(tableText('t3', values), t3);
  expect(text).not.toBe(BASE);
  return text;
}

function withT4(t4: string): string {
  const text = BASE.replace(tableText('t4', values), t4);
  expect(text).not.toBe(BASE);
  return text;
}

const TABLE_CHECKS = ['table/*', 'sum/*'];

const layouts: Record<string, string> = {
  'OCR Markdown with placeholder headers': withT3(
    `| 类别 | 项目 | ${T3_HEADERS.map((_, i) => `数据${i + 1}`).join(' | ')} |\n|${' --- |'.repeat(9)}\n` +
      T3_LABELS.map(([id, label]) => `| ${GROUP_BEFORE[id] ?? ''} | ${label} | ${t3Of(id).join(' | ')} |`).join('\n'),
  ),
  'one cell per line with vertical group labels': withT3(
    ['申请人情况', ...T3_HEADERS].join('\n') +
      '\n' +
      T3_LABELS.map(([id, label]) => {
        const group = GROUP_BEFORE[id];
        const vertical = group ? (/^(（.）|.、)(.*)$/.exec(group)!.slice(1, 3) as [string, string]) : null;
        return [...(vertical ? [vertical[0], ...vertical[1]] : []), label, ...t3Of(id)].join('\n');
      }).join('\n'),
  ),
  'a header row repeated after a page break': withT3(
    T3_LABELS.map(
      ([id, label], i) =>
        `${GROUP_BEFORE[id] ?? ''}\t${label}\t${t3Of(id).join('\t')}${i === 12 ? `\n第 2 页\n\t${T3_HEADERS.join('\t')}` : ''}`,
    ).join('\n'),
  ),
  'table 四 with headers broken over lines': withT4(
    `行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n${'结果\t结果\t其他\t尚未\t总\t'.repeat(3).trimEnd()}\n${'维持\t纠正\t结果\t审结\t计\t'.repeat(3).trimEnd()}\n${T4.join('\t')}`,
  ),
  'table 四 with one character of each vertical header per token': withT4(
    `行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n${[0, 1, 2, 3]
      .map((k) =>
        [0, 1, 2]
          .flatMap(() => T4_RESULTS.map((r) => r[k] ?? ''))
          .filter(Boolean)
          .join(' '),
      )
      .join('\n')}\n${T4.join(' ')}`,
  ),
  'table 四 under a placeholder header row': withT4(
    `| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n|${' --- |'.repeat(15)}\n| ${T4.map((_, i) => `Column${i + 1}`).join(' | ')} |\n| ${T4.join(' | ')} |`,
  ),
};

describe('complete tables in real layouts', () => {
  for (const [name, text] of Object.entries(layouts)) {
    it(`reports nothing on the tables: ${name}`, () => {
      expect(checkDraft(text, TABLE_CHECKS).actual).toEqual([]);
      const status = analyze(text).doc.tableStatus;
      expect(status.map((s) => s.state)).toEqual(['read', 'read', 'read']);
    });
  }
});

describe('typo row labels', () => {
  const typos: Record<string, string> = { 'r3.1': '1.属于国家秘蜜', 'r3.2': '2.其他法律行政止公开', 'r5.4': '4.无正当理由由大量反复申请' };
  const rows = T3_LABELS.map(
    ([id, label]) => `${GROUP_BEFORE[id] ?? ''}\t${typos[id] ? `⟦table/label-variant|${typos[id]}⟧` : label}\t${t3Of(id).join('\t')}`,
  );
  const marked = BASE.replace(tableText('t3', values), rows.join('\n'));

  it('offers the standard label and reports no missing row', () => {
    const r = checkDraft(marked, TABLE_CHECKS);
    expect(r.actual).toEqual(r.expected);
    expect(r.findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('writes the standard label with the fix, after which nothing is reported', () => {
    let text = checkDraft(marked, []).text;
    for (const id of Object.keys(typos)) {
      const finding = analyze(text).findings.find((f) => f.id === 'table/label-variant')!;
      text = applyFix(text, finding);
      expect(text).toContain(T3_LABELS.find(([key]) => key === id)![1]);
    }
    expect(text).toBe(
      BASE.replace(
        tableText('t3', values),
        T3_LABELS.map(([id, label]) => `${GROUP_BEFORE[id] ?? ''}\t${label}\t${t3Of(id).join('\t')}`).join('\n'),
      ),
    );
    expect(checkDraft(text, TABLE_CHECKS).actual).toEqual([]);
  });
});

describe('reconstructed rows', () => {
  it('make no error-level finding when glued digits split one way only', () => {
    const rows = T3_LABELS.map(
      ([id, label]) => `${GROUP_BEFORE[id] ?? ''}\t${label}\t${id === 'new' ? t3Of(id).join('') : t3Of(id).join('\t')}`,
    );
    const findings = analyze(withT3(rows.join('\n'))).findings.filter((f) => /^(table|sum)\//.test(f.id));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('make no error-level finding when numbers moved away from their labels are given back', () => {
    const text = withT3(T3_LABELS.map(([, label]) => label).join('\n') + '\n\n' + T3_LABELS.map(([id]) => t3Of(id).join('\t')).join('\n'));
    const analysis = analyze(text);
    expect(analysis.findings.filter((f) => /^(table|sum)\//.test(f.id) && f.severity === 'error')).toEqual([]);
    expect(analysis.doc.tableStatus.find((s) => s.kind === 't3')!.state).toBe('read');
  });
});

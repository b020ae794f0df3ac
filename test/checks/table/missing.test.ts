// Tests for table/missing: a section 二/三/四 without its table is reported at the end of its heading line,
// and the fix inserts the empty standard table of the report's format there.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/service';
import { applyFix, checkDraft, fixableFindings } from '../../util/markers';
import { buildReport, defaultValues, type Layout, replaceNth, tableText, zeroValues } from '../../fixtures/drafts';

const ID = 'table/missing';
/** The inserted table's header lines are the canonical ones: one line over table 三, table 四's levels top down. */
const canonical = (kind: 't2' | 't3' | 't4') => ({ canonicalHeaders: [kind] });
const LAYOUTS: Layout[] = ['tabs', 'cells'];
const HEADINGS = {
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/** The default report with one table's values set to zero, as the inserted table holds them. */
function withZeroTable(kind: 't2' | 't3' | 't4') {
  const values = defaultValues();
  const zero = zeroValues();
  if (kind === 't2') values.t2 = zero.t2;
  if (kind === 't3') values.t3 = zero.t3;
  if (kind === 't4') values.t4 = zero.t4;
  return values;
}

describe(ID, () => {
  for (const layout of LAYOUTS) {
    for (const kind of ['t2', 't3', 't4'] as const) {
      it(`reports a missing ${kind} and inserts the standard table (${layout})`, () => {
        const text = buildReport(defaultValues(), { layout, omitTables: [kind] });
        const heading = HEADINGS[kind];
        const r = checkDraft(replaceNth(text, `${heading}\n`, `${heading}⟦${ID}|⟧\n`), [ID]);
        expect(r.actual).toEqual(r.expected);
        const finding = r.findings[0];
        expect(finding!.severity).toBe('error');
        expect(finding!.data).toMatchObject({ table: kind });
        expect(finding!.fixes?.[0]!.safe).toBe(false);
        const fixed = applyFix(r.text, finding!);
        // The inserted table is always one row per line, tab separated, whatever the draft's layout.
        const expected = replaceNth(text, `${heading}\n\n`, `${heading}\n\n${tableText(kind, zeroValues(), canonical(kind))}\n\n`);
        expect(fixed).toBe(expected);
        if (layout === 'tabs') expect(fixed).toBe(buildReport(withZeroTable(kind), { layout, ...canonical(kind) }));
        expect(fixableFindings(fixed).filter((f) => f.id === ID)).toEqual([]);
        // The inserted table is a clean one: no table finding at all.
        expect(checkDraft(fixed, ['table/*', 'sum/*']).actual).toEqual([]);
      });
    }
  }

  it('inserts the 2019 table for a 2020 report', () => {
    const values = defaultValues();
    values.year = 2020;
    const text = buildReport(values, { omitTables: ['t3'] });
    const r = checkDraft(replaceNth(text, `${HEADINGS.t3}\n`, `${HEADINGS.t3}⟦${ID}|⟧\n`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(
      replaceNth(
        text,
        `${HEADINGS.t3}\n\n`,
        `${HEADINGS.t3}\n\n${tableText('t3', zeroValues(), { singleR6: true, ...canonical('t3') })}\n\n`,
      ),
    );
    expect(checkDraft(fixed, ['table/*']).actual).toEqual([]);
  });

  it('keeps a blank line before text that follows the heading directly', () => {
    const text = buildReport(defaultValues(), { omitTables: ['t4'] }).replace(
      `${HEADINGS.t4}\n\n`,
      `${HEADINGS.t4}\n本年度未发生行政复议、行政诉讼。\n\n`,
    );
    const r = checkDraft(replaceNth(text, `${HEADINGS.t4}\n`, `${HEADINGS.t4}⟦${ID}|⟧\n`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(replaceNth(text, `${HEADINGS.t4}\n`, `${HEADINGS.t4}\n\n${tableText('t4', zeroValues(), canonical('t4'))}\n\n`));
  });

  it('inserts with the draft’s own line breaks (CRLF)', () => {
    const text = buildReport(defaultValues(), { omitTables: ['t2'] }).replace(/\n/g, '\r\n');
    const r = checkDraft(replaceNth(text, `${HEADINGS.t2}\r\n`, `${HEADINGS.t2}⟦${ID}|⟧\r\n`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const fixed = applyFix(r.text, r.findings[0]!);
    expect(fixed).toBe(buildReport(withZeroTable('t2')).replace(/\n/g, '\r\n'));
  });

  for (const layout of LAYOUTS) {
    it(`reports nothing for a complete report (${layout})`, () => {
      expect(checkDraft(buildReport(defaultValues(), { layout }), [ID]).actual).toEqual([]);
    });
  }

  it('names a table whose section is missing too where the section belongs, as a warning without a fix', () => {
    const text = buildReport(defaultValues(), { omitTables: ['t3'] }).replace(`${HEADINGS.t3}\n\n`, '');
    const marked = replaceNth(text, HEADINGS.t4, `⟦${ID}|⟧⟦section/missing|⟧${HEADINGS.t4}`);
    const r = checkDraft(marked, [ID, 'section/missing']);
    expect(r.actual).toEqual(r.expected);
    const finding = r.findings.find((f) => f.id === ID)!;
    expect(finding.severity).toBe('warning');
    expect(finding.data).toMatchObject({ table: 't3', section: 3 });
    expect(finding.message).toBe(
      '未找到第三部分“三、收到和处理政府信息公开申请情况”，也未找到表三 收到和处理政府信息公开申请情况，这张表未作核对：年度报告格式要求以表格报告这些数据',
    );
    expect(finding.fixes ?? []).toEqual([]);
  });

  it('says nothing about a table pasted alone, outside any report', () => {
    const table = tableText('t3', defaultValues());
    expect(checkDraft(table, [ID]).actual).toEqual([]);
  });

  it('does not offer an empty table where the table is there but could not be read (a flattened copy)', () => {
    const t3 = tableText('t3', defaultValues());
    const text = buildReport(defaultValues()).replace(t3, t3.replace(/[\n\t]/g, ''));
    // A parser that learns to read flattened tables makes this a read (or unreadable) table: then no
    // table/missing at all, and table/unreadable or the sums speak.
    if (analyze(text).doc.tableStatus[1]!.state !== 'missing') {
      expect(checkDraft(text, [ID]).actual).toEqual([]);
      return;
    }
    const r = checkDraft(replaceNth(text, HEADINGS.t3, `⟦${ID}|${HEADINGS.t3}⟧`), [ID]);
    expect(r.actual).toEqual(r.expected);
    const finding = r.findings[0];
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toMatch(
      /^第三部分有表三的标签（本年新收政府信息公开申请数量、上年结转政府信息公开申请数量、予以公开 等），但未能读出表格/,
    );
    expect(finding!.fixes ?? []).toEqual([]);
  });
});

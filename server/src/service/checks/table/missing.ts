// table/missing: a standard table (二, 三 or 四) was not found anywhere. Under its section's heading the fix
// inserts the empty standard table of the report's format (all zeros, in the canonical tab-row layout);
// without the heading the finding stands where the section belongs and offers no fix, since the table's
// place is not known until the heading is there.

import type { FormatId, ReportDocument, Section, SectionKey, TableKind } from '../../model/types';
import { TABLE_TITLES, shortLabel } from '../../template/tables';
import type { TableTemplate } from '../../template/types';
import { standardTableLines } from '../../template/text';
import type { Check, FindingDraft } from '../check';
import { eolOf, firstCellId, lineEndAt, lineIndexOf, tableData } from './util';
import { nameList, t, tableName } from '../../l10n';
import { looksLikeReport, structureUnrecognized } from '../report/unrecognized';
import { insertionPoint } from '../section/missing';
import { standardHeading } from '../section/util';

const TABLE_OF_SECTION: Array<{ section: SectionKey; kind: TableKind }> = [
  { section: 2, kind: 't2' },
  { section: 3, kind: 't3' },
  { section: 4, kind: 't4' },
];

/** Labels of a table found in a section's text before the table counts as there but unread. */
const TRACES = 3;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s|*#]+/g, '');
}

/**
 * The table's own labels written in the section (`本年新收`, `予以公开`, `结果维持` …) with numbers near
 * them: the table is there in some shape the parser could not read (a flattened or torn copy), not missing.
 */
function tableTraces(doc: ReportDocument, section: Section, template: TableTemplate): string[] {
  const body = compact(doc.text.slice(section.bodyStart, section.range.end));
  if (!/\d/.test(body)) return [];
  const labels = [...template.rows.map((r) => r.standard), ...template.headers.map((h) => h.standard)]
    .map((label) => compact(shortLabel(label)).replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/, ''))
    .filter((label, i, all) => label.length >= 4 && all.indexOf(label) === i);
  return labels.filter((label) => body.includes(label));
}

export const tableMissing: Check = {
  id: 'table/missing',
  defaultSeverity: 'error',
  get description() {
    return t('第二、三、四部分缺少规定的统计表格');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    // The table the report's year calls for; without a year, the format the other tables are in.
    const format: FormatId = doc.expectedFormat ?? (doc.tableFormat === '2019' ? '2019' : '2021');
    // A text that is no report (a table pasted alone, a note) says nothing; one whose structure went unfound
    // gets report/unrecognized instead.
    if (!doc.title && doc.sections.length === 0 && !looksLikeReport(doc)) return findings;
    if (structureUnrecognized(doc)) return findings;
    for (const { section: key, kind } of TABLE_OF_SECTION) {
      // A table found anywhere (even under the wrong heading, partly read or unreadable) is not missing.
      if (doc.tableStatus.find((s) => s.kind === kind)?.state !== 'missing') continue;
      const template = doc.templates[format][kind];
      const section = doc.sections.find((s) => s.key === key);
      if (!section) {
        // section/missing's fix brings the heading; then this finding moves under it with its fix.
        const { offset } = insertionPoint(doc, key);
        findings.push({
          message: t(
            '未找到第{0}部分“{1}”，也未找到{2}，这张表未作核对：年度报告格式要求以表格报告这些数据',
            '二三四'.charAt(key - 2),
            standardHeading(key),
            TABLE_TITLES[kind],
          ),
          severity: 'warning',
          range: { start: offset, end: offset },
          data: tableData(kind, firstCellId(template), { section: key, format }),
        });
        continue;
      }
      const traces = tableTraces(doc, section, template);
      if (traces.length >= TRACES) {
        // Inserting an empty table beside one that is there but unread would be wrong: say it, as a warning.
        findings.push({
          message: t(
            '第{0}部分有{1}的标签（{2}），但未能读出表格，这张表未作核对。请把表格整理为每行一个标签加数值（可用“格式化文档”）后再核对',
            '二三四'.charAt(key - 2),
            tableName(kind),
            nameList(traces, 3),
          ),
          severity: 'warning',
          range: section.heading.range,
          data: tableData(kind, firstCellId(template), { section: key, format, traces: traces.length }),
        });
        continue;
      }
      const eol = eolOf(doc.text);
      const lines = standardTableLines(kind, format);
      const headingLineEnd = lineEndAt(doc, section.heading.range.start);
      // In a flattened copy the section's text runs on after its heading on the same line: the table goes
      // right after the heading, on lines of its own.
      const inLine = /\S/.test(doc.text.slice(section.heading.range.end, headingLineEnd));
      const at = inLine ? section.heading.range.end : headingLineEnd;
      // Keep a blank line between the table and whatever follows the heading directly.
      const line = lineIndexOf(doc, at);
      const nextLineStart = doc.lineStarts[line + 1];
      const nextLineEnd = nextLineStart === undefined ? -1 : lineEndAt(doc, nextLineStart);
      const followedByText = inLine || (nextLineStart !== undefined && /\S/.test(doc.text.slice(nextLineStart, nextLineEnd)));
      const newText = eol + eol + lines.join(eol) + (followedByText ? eol : '') + (inLine ? eol : '');
      findings.push({
        message: t(
          '第{0}部分缺少{1}：年度报告格式要求以表格报告这些数据（没有发生的填 0）',
          '二三四'.charAt(key - 2),
          TABLE_TITLES[kind],
          key,
        ),
        range: { start: at, end: at },
        fixes: [
          {
            title:
              format === '2021'
                ? t('插入空白{0}（数值均为 0）', tableName(kind))
                : t('插入 2019 年格式的空白{0}（数值均为 0）', tableName(kind)),
            edits: [{ range: { start: at, end: at }, newText }],
            // The zeros are placeholders the drafter must replace with the real figures.
            safe: false,
          },
        ],
        data: tableData(kind, firstCellId(template), { section: key, format }),
      });
    }
    return findings;
  },
};

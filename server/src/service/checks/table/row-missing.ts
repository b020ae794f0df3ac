// table/row-missing: a row of the table's own format is not in the table. The fix inserts the row with
// zeros, one tab-separated line, where it belongs: next to its neighbours in the same group or block.

import type { LabelRef, ReportDocument, Row, Span, Table } from '../../model/types';
import type { RowDef, TableTemplate } from '../../template/types';
import { blockOf } from '../../template/tables';
import { standardRowLine } from '../../template/text';
import type { Check, FindingDraft } from '../check';
import { asPipeRows, insertLinesAfter, insertLinesBefore, lineIndexOf, pipeLeadingCells, rowEnd, tableData, templateOf } from './util';
import { sentence, t, tableName } from '../../l10n';

/**
 * The group a row belongs to, for placing it: a （三）…（六） sub-group of table 三, a block of table 二;
 * else the row alone. 三、本年度办理结果 places nothing: its own rows （一）（二）（七） are not on
 * consecutive lines but around the sub-groups, so a neighbour in it may stand far from the missing row.
 */
function groupOf(template: TableTemplate, def: RowDef): string {
  if (template.kind === 't2') return blockOf(template, def.key)?.header ?? def.key;
  const groups = def.groups ?? [];
  return groups.length > 1 ? groups[groups.length - 1]! : def.key;
}

/** The labels that open a group: table 三's `（三）不予公开` (g.r3), table 二's block header and column headers. */
function groupLabels(table: Table, group: string): LabelRef[] {
  // A row standing alone (its own key as its group) has no label to open it.
  if (table.kind === 't3') return group.startsWith('g.') ? table.headers.filter((h) => h.key === group) : [];
  if (table.kind !== 't2') return [];
  // A block header (`第二十条第（五）项`) and the header labels after it, up to the next row or block.
  const sorted = [...table.headers].sort((a, b) => a.range.start - b.range.start);
  const start = sorted.findIndex((h) => h.key === group);
  const header = sorted[start];
  if (!header) return [];
  const rowStarts = table.rows.map((r) => r.range.start);
  const out: LabelRef[] = [header];
  for (const h of sorted.slice(start + 1)) {
    if (/^b\d$/.test(h.key) || rowStarts.some((s) => s > header.range.start && s < h.range.start)) break;
    out.push(h);
  }
  return out;
}

function insertion(
  doc: ReportDocument,
  table: Table,
  template: TableTemplate,
  def: RowDef,
  line: string,
): { range: Span; newText: string } {
  const index = template.rows.findIndex((r) => r.key === def.key);
  const found = (r: RowDef) => table.rows.find((row) => row.id === r.key);
  const group = groupOf(template, def);
  const before = template.rows.slice(0, index).reverse();
  const after = template.rows.slice(index + 1);
  const same = (r: RowDef) => groupOf(template, r) === group;
  const prevSame = before
    .filter(same)
    .map(found)
    .find((r): r is Row => Boolean(r));
  if (prevSame) return insertLinesAfter(doc, rowEnd(prevSame), [line]);
  const nextSame = after
    .filter(same)
    .map(found)
    .find((r): r is Row => Boolean(r));
  if (nextSame) return insertLinesBefore(doc, nextSame.range.start, [line]);
  const opener = groupLabels(table, group);
  const lastOpener = opener.at(-1);
  if (lastOpener) return insertLinesAfter(doc, lastOpener.range.end, [line]);
  const next = after.map(found).find((r): r is Row => Boolean(r));
  const prev = before.map(found).find((r): r is Row => Boolean(r));
  // Before the next row, unless that row shares its line with the previous one (everything on one line).
  if (next && !(prev && lineIndexOf(doc, next.range.start) === lineIndexOf(doc, rowEnd(prev)))) {
    return insertLinesBefore(doc, next.range.start, [line]);
  }
  if (prev) return insertLinesAfter(doc, rowEnd(prev), [line]);
  return insertLinesAfter(doc, table.range.end, [line]);
}

export const tableRowMissing: Check = {
  id: 'table/row-missing',
  defaultSeverity: 'error',
  get description() {
    return t('表格缺少标准格式中的某一行');
  },
  run({ doc }) {
    const findings: FindingDraft[] = [];
    for (const table of doc.tables) {
      // Labels that cannot be told apart from their numbers are table/unreadable's business.
      if (table.status === 'unreadable') continue;
      const template = templateOf(doc.templates, table);
      // Where some rows could not be read or were pieced together, a row that seems absent may stand among
      // them: then a warning that says so, not an error.
      const uncertain = table.rows.some((r) => r.unreadable !== undefined || r.values.some((c) => c.certainty === 'reconstructed'));
      for (const def of template.rows) {
        if (table.rows.some((r) => r.id === def.key)) continue;
        const leading = pipeLeadingCells(doc, table);
        const line = leading === null ? standardRowLine(def) : asPipeRows([standardRowLine(def)], leading)[0]!;
        const edit = insertion(doc, table, template, def, line);
        const what = def.standard ? t('“{0}”一行', def.standard) : t('数据行');
        const message = sentence(
          t('{0}缺少{1}（{2} 个数值）：标准格式的每一行都应保留，没有发生的填 0', tableName(table.kind), what, def.cellIds.length),
        );
        findings.push({
          message: uncertain ? message + t('（表格中有无法读取的行，这一行可能在其中，请核对）') : message,
          ...(uncertain ? { severity: 'warning' as const } : {}),
          range: { start: edit.range.start, end: edit.range.start },
          fixes: [{ title: t('插入{0}（数值为 0）', what), edits: [edit], safe: false }],
          data: tableData(table.kind, def.cellIds[0]!, { row: def.key }),
        });
      }
    }
    return findings;
  },
};

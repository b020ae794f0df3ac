// Table 三's row groups for the editor features (the outline nests rows by them), derived from the template
// data so that a label changed there changes here too, and small display helpers. Cells and rows are
// named by template/names.ts.

import type { FormatId } from '../model/types';
import { shortLabel } from '../template/tables';
import type { LabelDef, RowDef, TableTemplate, TableTemplates } from '../template/types';

/**
 * The table 三 templates to look a row or group up in: the table's own format first, then the other (a
 * 2021 table may hold the 2019 single `（六）其他处理` row and the other way round).
 */
function t3Templates(templates: TableTemplates, format: FormatId): TableTemplate[] {
  return [templates[format].t3, templates[format === '2021' ? '2019' : '2021'].t3];
}

function t3RowDef(templates: TableTemplates, format: FormatId, rowId: string): RowDef | undefined {
  for (const template of t3Templates(templates, format)) {
    const def = template.rows.find((r) => r.key === rowId);
    if (def) return def;
  }
  return undefined;
}

/**
 * The innermost group a row of table 三 stands under, from the template: `r3.2` → `g.r3`, `r1`/`r2`/`r7`
 * (and the 2019 single `r6`) → `g.results`; `new`, `carry` and `next` stand outside any group.
 */
export function t3GroupKey(templates: TableTemplates, format: FormatId, rowId: string): string | null {
  return t3RowDef(templates, format, rowId)?.groups?.at(-1) ?? null;
}

/** The group a group stands in, from the rows' groups: the sub-groups （三）…（六） stand inside 三、本年度办理结果. */
export function t3GroupParent(templates: TableTemplates, format: FormatId, groupKey: string): string | null {
  for (const template of t3Templates(templates, format)) {
    for (const row of template.rows) {
      const at = row.groups?.indexOf(groupKey) ?? -1;
      if (at >= 0) return at > 0 ? row.groups![at - 1]! : null;
    }
  }
  return null;
}

export function t3GroupDef(templates: TableTemplates, format: FormatId, groupKey: string): LabelDef | undefined {
  return templates[format].t3.groups.find((g) => g.key === groupKey);
}

/** The leading ordinal of a row label of table 三: `一、本年新收…` → `一`, `（七）总计` → `（七）`. */
export function rowOrdinal(standard: string): string {
  const paren = /^（[一二三四五六七八九十]+）/.exec(standard);
  if (paren) return paren[0];
  const plain = /^([一二三四五六七八九十]+)、/.exec(standard);
  if (plain) return plain[1]!;
  return shortLabel(standard);
}

/** Collapses white space (labels and titles broken over lines) for display. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u0001]+/g, ' ').trim();
}

/** Shortens a display name to `max` characters with an ellipsis. */
export function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

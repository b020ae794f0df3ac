// Chinese names of table rows, row groups and cells for the editor features (outline, hover), derived
// from the template data so that a label changed there changes here too.

import type { FormatId, TableKind } from '../model/types';
import { TABLES, rowDefOf, shortLabel } from '../template/tables';
import type { LabelDef, RowDef, TableTemplate } from '../template/types';

/**
 * The table 三 templates to look a row or group up in: the table's own format first, then the other (a
 * 2021 table may hold the 2019 single `（六）其他处理` row and the other way round).
 */
function t3Templates(format: FormatId): TableTemplate[] {
  return [TABLES[format].t3, TABLES[format === '2021' ? '2019' : '2021'].t3];
}

function t3RowDef(format: FormatId, rowId: string): RowDef | undefined {
  for (const template of t3Templates(format)) {
    const def = template.rows.find((r) => r.key === rowId);
    if (def) return def;
  }
  return undefined;
}

/**
 * The innermost group a row of table 三 stands under, from the template: `r3.2` → `g.r3`, `r1`/`r2`/`r7`
 * (and the 2019 single `r6`) → `g.results`; `new`, `carry` and `next` stand outside any group.
 */
export function t3GroupKey(format: FormatId, rowId: string): string | null {
  return t3RowDef(format, rowId)?.groups?.at(-1) ?? null;
}

/** The group a group stands in, from the rows' groups: the sub-groups （三）…（六） stand inside 三、本年度办理结果. */
export function t3GroupParent(format: FormatId, groupKey: string): string | null {
  for (const template of t3Templates(format)) {
    for (const row of template.rows) {
      const at = row.groups?.indexOf(groupKey) ?? -1;
      if (at >= 0) return at > 0 ? row.groups![at - 1]! : null;
    }
  }
  return null;
}

export function t3GroupDef(format: FormatId, groupKey: string): LabelDef | undefined {
  return TABLES[format].t3.groups.find((g) => g.key === groupKey);
}

/** A row's name as people say it: `（三）不予公开 · 1.属于国家秘密`, `（二）部分公开`, `规章`. */
export function rowDisplayName(kind: TableKind, format: FormatId, rowId: string): string {
  const def = rowDefOf(TABLES[format][kind], rowId);
  if (!def) return rowId;
  if (kind !== 't3') return def.standard;
  const group = t3GroupKey(format, rowId);
  const label = shortLabel(def.standard);
  if (group && group !== 'g.results') {
    const groupDef = t3GroupDef(format, group);
    if (groupDef) return `${groupDef.standard} · ${label}`;
  }
  return label;
}

const T3_LEGAL_PERSON: ReadonlySet<string> = new Set(['biz', 'res', 'ngo', 'law', 'oth']);

/** Row and column names of a cell id (`t3.r4.1.np`, `t4.ld.keep`, `t2.reg.made`, `t2.lic`). */
export function cellLabels(kind: TableKind, format: FormatId, cellId: string, rowId: string, col: string): { row: string; column: string } {
  const template = TABLES[format][kind];
  if (kind === 't3') {
    const name = template.columnNames[col] ?? col;
    return { row: rowDisplayName(kind, format, rowId), column: T3_LEGAL_PERSON.has(col) ? `法人或其他组织 · ${name}` : name };
  }
  // Tables 二 and 四 name their cells as `row·column` (`行政诉讼·未经复议直接起诉·结果维持`).
  const key = cellId.slice(kind.length + 1);
  const full = template.columnNames[key];
  if (!full) return { row: rowDisplayName(kind, format, rowId), column: col };
  const pieces = full.split('·');
  const column = pieces.pop() ?? full;
  return { row: pieces.join(' · '), column };
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

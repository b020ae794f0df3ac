// How a cell and a row of the tables are named, from the template data: the one place that knows it.
// Messages, hovers, the outline, the preview and the export all name cells through cellName.

import type { FormatId, TableKind } from '../model/types';
import { T3_LEGAL_PERSON_COLUMNS, cellPlace, rowDefOf, shortLabel } from './tables';
import type { RowDef, TableTemplate, TableTemplates } from './types';

/**
 * Where a name is shown, which decides its wording:
 * - `message`: findings and fixes. Table 三's numbered rows carry their group (`（三）不予公开·1.属于国家秘密`,
 *   since `1.` alone stands in four groups), and a row of the other format is still named.
 * - `hover`: hovers. Like `message`, with spaced separators (`（三）不予公开 · 1.…`) and table
 *   三's legal-person columns under their header (`法人或其他组织 · 商业企业`); rows of the table's own format only.
 * - `export`: spreadsheet columns, the preview's cell titles and the outline's rows (which stand under their
 *   group there). A row without its group (`1.属于国家秘密·自然人`).
 */
export type NameStyle = 'message' | 'hover' | 'export';

interface StyleRules {
  /** Between the parts of a name. */
  separator: string;
  /** Table 三's numbered rows are named with their group. */
  withGroup: boolean;
  /** A row of the other format (the 2019 single （六）其他处理 in a 2021 table) is named too. */
  otherFormat: boolean;
}

const STYLES: Record<NameStyle, StyleRules> = {
  message: { separator: '·', withGroup: true, otherFormat: true },
  hover: { separator: ' · ', withGroup: true, otherFormat: false },
  export: { separator: '·', withGroup: false, otherFormat: false },
};

/** The header table 三's legal-person columns stand under. */
const LEGAL_PERSON_HEADER = 'col.lp';

/** The table kind a cell or row id belongs to: its prefix (`t3.r7.np` → t3). */
function kindOfCell(cellId: string): TableKind | null {
  const prefix = cellId.slice(0, cellId.indexOf('.'));
  return prefix === 't2' || prefix === 't3' || prefix === 't4' ? prefix : null;
}

function otherFormat(format: FormatId): FormatId {
  return format === '2021' ? '2019' : '2021';
}

/** The template that defines a row: the table's own format, or for `message` names the other one. */
function homeOf(templates: TableTemplates, format: FormatId, kind: TableKind, rowId: string, style: StyleRules): TableTemplate | null {
  const own = templates[format][kind];
  if (rowDefOf(own, rowId)) return own;
  const other = templates[otherFormat(format)][kind];
  return style.otherFormat && rowDefOf(other, rowId) ? other : null;
}

/** A row's label with its innermost group when that group is one of table 三's sub-groups （三）…（六）. */
function labelWithGroup(home: TableTemplate, def: RowDef, rules: StyleRules): string {
  const label = shortLabel(def.standard);
  const group = rules.withGroup ? def.groups?.at(-1) : undefined;
  // 三、本年度办理结果 holds every outcome row; naming it would add nothing.
  const groupDef = group && group !== 'g.results' ? home.groups.find((g) => g.key === group) : undefined;
  return groupDef ? `${groupDef.standard}${rules.separator}${label}` : label;
}

/**
 * The name of a row: `（七）总计`, `（三）不予公开·1.属于国家秘密`, `规章`, or the id itself when the templates
 * have no such row.
 */
export function rowName(templates: TableTemplates, format: FormatId, kind: TableKind, rowId: string, style: NameStyle = 'message'): string {
  const rules = STYLES[style];
  const home = homeOf(templates, format, kind, rowId, rules);
  const def = home ? rowDefOf(home, rowId) : undefined;
  if (!home || !def) return rowId;
  return labelWithGroup(home, def, rules);
}

/** A cell's row and column names, apart: what hovers show on two lines. Null for a cell the templates lack. */
export function cellNameParts(
  templates: TableTemplates,
  format: FormatId,
  cellId: string,
  style: NameStyle = 'message',
): { row: string; column: string } | null {
  const kind = kindOfCell(cellId);
  if (!kind) return null;
  const rules = STYLES[style];
  const template = templates[format][kind];
  // Everything after `t3.`: `r7.np`, `reg.made`, `lic`, `rv.keep`.
  const suffix = cellId.slice(kind.length + 1);
  if (kind === 't3') {
    const cut = suffix.lastIndexOf('.');
    const rowId = suffix.slice(0, cut);
    const column = t3ColumnName(template, suffix.slice(cut + 1), style);
    const home = homeOf(templates, format, kind, rowId, rules);
    const def = home ? rowDefOf(home, rowId) : undefined;
    if (home && def) return { row: labelWithGroup(home, def, rules), column };
    return style === 'hover' ? { row: rowId, column } : null;
  }
  // Tables 二 and 四 name a cell as a whole (`规章·本年制发件数`, `行政诉讼·未经复议直接起诉·结果维持`).
  const place = cellPlace(template, cellId);
  const column = place ? place.row.columns[place.index]! : '';
  const full = template.columnNames[suffix] ?? template.columnNames[column];
  if (!full) return place ? { row: '', column: place.row.standard } : null;
  const pieces = full.split('·');
  const last = pieces.pop()!;
  return { row: pieces.join(rules.separator), column: last };
}

function t3ColumnName(template: TableTemplate, column: string, style: NameStyle): string {
  const name = template.columnNames[column] ?? column;
  if (style !== 'hover') return name;
  const underHeader = template.headers.find((h) => h.key === LEGAL_PERSON_HEADER);
  const legalPerson = (T3_LEGAL_PERSON_COLUMNS as readonly string[]).includes(column);
  return underHeader && legalPerson ? `${underHeader.standard} · ${name}` : name;
}

/**
 * The name of a cell: `（七）总计·自然人`, `（三）不予公开·1.属于国家秘密·自然人`, `行政许可·本年处理决定数量`;
 * the id itself when the templates have no such cell. The names are the report's own Chinese labels, in
 * English messages too (they are quoted there), so no language is needed.
 */
export function cellName(templates: TableTemplates, format: FormatId, cellId: string, style: NameStyle = 'message'): string {
  const parts = cellNameParts(templates, format, cellId, style);
  if (!parts) return cellId;
  return parts.row ? `${parts.row}${STYLES[style].separator}${parts.column}` : parts.column;
}

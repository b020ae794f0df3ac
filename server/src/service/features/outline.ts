// The document outline as a tree of plain symbols: the title; the six sections with their （一）…
// sub-headings; tables 二/三/四 under their sections, table 三 with its row groups. The LSP layer maps
// `kind` onto its SymbolKind and offsets onto positions.

import type { Finding, ReportDocument, Span, Table } from '../model/types';
import { TABLE_TITLES } from '../template/tables';
import { rowName } from '../template/names';
import type { TableTemplates } from '../template/types';
import { clip, oneLine, t3GroupDef, t3GroupKey, t3GroupParent } from './names';
import { setLanguage, t, type UiLanguage } from '../l10n';

export type SymbolNodeKind = 'title' | 'section' | 'subheading' | 'table' | 'rowGroup' | 'row';

export interface SymbolNode {
  name: string;
  /** Short extra text shown beside the name: the problem count, a table's format, a row's total. */
  detail: string;
  kind: SymbolNodeKind;
  /** The whole extent of the symbol. */
  range: Span;
  /** The part to select and reveal (the heading or label); always inside `range`. */
  selectionRange: Span;
  children: SymbolNode[];
}

export interface OutlineOptions {
  /** The language of the details (`3 个问题`, `2021 年格式`); names are the report's own text. Default `zh-cn`. */
  language?: UiLanguage;
}

/**
 * The outline of a parsed report. With `findings`, sections and tables carry `N 个问题` (`N problems`)
 * in their detail when findings start inside them.
 */
export function outline(doc: ReportDocument, findings?: Finding[], options: OutlineOptions = {}): SymbolNode[] {
  try {
    setLanguage(options.language ?? 'zh-cn');
    return outlineUnsafe(doc, findings);
  } catch {
    // An outline is a convenience: on an input nobody foresaw it is empty rather than an error.
    return [];
  }
}

function outlineUnsafe(doc: ReportDocument, findings?: Finding[]): SymbolNode[] {
  const text = doc.text;
  const nodes: SymbolNode[] = [];
  // Sorted start offsets, so that counting the findings (or finding the tables) of a span is two binary
  // searches: a long document has thousands of nodes and findings.
  const findingStarts = (findings ?? []).map((f) => f.range.start).sort((a, b) => a - b);
  const problems = (span: Span): string => {
    if (!findings) return '';
    const n = firstAtOrAfter(findingStarts, span.end) - firstAtOrAfter(findingStarts, span.start);
    return n > 1 ? t('{0} 个问题', n) : n === 1 ? t('1 个问题') : '';
  };
  const tablesByStart = [...doc.tables].sort((a, b) => a.range.start - b.range.start);
  const tableStarts = tablesByStart.map((table) => table.range.start);

  if (doc.title) {
    nodes.push({
      name: oneLine(doc.title.text),
      detail: '',
      kind: 'title',
      range: doc.title.range,
      selectionRange: doc.title.range,
      children: [],
    });
  }

  const placed = new Set<Table>();
  for (const section of doc.sections) {
    const range = trimEnd(text, section.range);
    const tables = tablesByStart.slice(firstAtOrAfter(tableStarts, section.range.start), firstAtOrAfter(tableStarts, section.range.end));
    tables.forEach((t) => placed.add(t));
    const children: SymbolNode[] = [];
    section.subheadings.forEach((sub, i) => {
      // A sub-heading runs to the next one, the section's end, or the start of a table after it.
      const next = section.subheadings[i + 1];
      let end = next ? next.range.start : section.range.end;
      for (const t of tables) if (t.range.start > sub.range.end && t.range.start < end) end = t.range.start;
      const subRange = trimEnd(text, { start: sub.range.start, end });
      children.push({
        name: subheadingName(text.slice(sub.range.start, sub.range.end)),
        detail: '',
        kind: 'subheading',
        range: subRange,
        selectionRange: sub.range,
        children: [],
      });
    });
    for (const t of tables) children.push(tableNode(doc.templates, t, problems));
    children.sort((a, b) => a.range.start - b.range.start);
    nodes.push({
      name: clip(oneLine(text.slice(section.heading.range.start, section.heading.range.end))),
      detail: problems(section.range),
      kind: 'section',
      range,
      selectionRange: section.heading.range,
      children,
    });
  }
  for (const t of doc.tables) if (!placed.has(t)) nodes.push(tableNode(doc.templates, t, problems));
  nodes.sort((a, b) => a.range.start - b.range.start);
  return nodes;
}

/** A sub-heading that runs on into its paragraph is named by its first phrase: `（一）进一步健全工作协调机制`. */
function subheadingName(line: string): string {
  const text = oneLine(line);
  const stop = text.slice(3).search(/[。；：:]/);
  return clip(stop >= 0 ? text.slice(0, stop + 3) : text);
}

function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s\u00a0\u3000\ufeff]/.test(text.charAt(end - 1))) end--;
  return { start: span.start, end };
}

function tableNode(templates: TableTemplates, table: Table, problems: (span: Span) => string): SymbolNode {
  const details = [t('{0} 年格式', table.format)];
  if (table.status === 'unreadable') details.push(t('无法读取'));
  else if (table.status === 'partial') details.push(t('不完整'));
  const count = problems(table.range);
  if (count) details.push(count);
  const first = [...table.headers.map((h) => h.range), ...table.rows.flatMap((r) => (r.label ? [r.label.range] : []))]
    .filter((s) => s.start >= table.range.start && s.end <= table.range.end)
    .sort((a, b) => a.start - b.start)[0];
  return {
    name: TABLE_TITLES[table.kind],
    detail: details.join(' · '),
    kind: 'table',
    range: table.range,
    selectionRange: first ?? { start: table.range.start, end: table.range.start },
    children:
      table.kind === 't3'
        ? t3Children(templates, table)
        : table.kind === 't2'
          ? table.rows.map((r) => rowNode(templates, table, r.id)!).filter(Boolean)
          : [],
  };
}

function rowNode(templates: TableTemplates, table: Table, rowId: string): SymbolNode | null {
  const row = table.rows.find((r) => r.id === rowId);
  if (!row) return null;
  let detail = '';
  if (table.kind === 't3') {
    const total = row.cells.find((c) => c.col === 'tot');
    if (total) detail = total.kind === 'blank' ? t('总计 空白') : t('总计 {0}', total.raw);
  } else if (row.cells.length) {
    detail = row.cells.map((c) => (c.kind === 'blank' ? t('空白') : c.raw)).join(' / ');
  }
  const label = row.label ? row.label.range : row.range;
  // Inside its group a row of table 三 needs no group prefix: `1.属于国家秘密` under `（三）不予公开`.
  const name = rowName(templates, table.format, table.kind, rowId, 'export');
  return { name, detail, kind: 'row', range: row.range, selectionRange: label, children: [] };
}

/**
 * Table 三's rows as the official layout groups them: 一, 二, 三、本年度办理结果 (holding （一）（二）, the
 * groups （三）…（六） and （七）总计), then 四. Groups come from the template rows, so a 2019 table's single
 * （六） row stands as a row and a group with none of its rows present is left out.
 */
function t3Children(templates: TableTemplates, table: Table): SymbolNode[] {
  const top: SymbolNode[] = [];
  const groups = new Map<string, SymbolNode>();
  const groupNode = (key: string): SymbolNode | null => {
    const existing = groups.get(key);
    if (existing) return existing;
    const def = t3GroupDef(templates, table.format, key);
    if (!def) return null;
    const node: SymbolNode = {
      name: def.standard,
      detail: '',
      kind: 'rowGroup',
      range: { start: -1, end: -1 },
      selectionRange: { start: -1, end: -1 },
      children: [],
    };
    groups.set(key, node);
    const parentKey = t3GroupParent(templates, table.format, key);
    const parent = parentKey ? groupNode(parentKey) : null;
    (parent ? parent.children : top).push(node);
    return node;
  };
  for (const row of table.rows) {
    const node = rowNode(templates, table, row.id);
    if (!node) continue;
    const key = t3GroupKey(templates, table.format, row.id);
    const group = key ? groupNode(key) : null;
    (group ? group.children : top).push(node);
  }
  // A group spans its label (where the label is found in the table) and its rows.
  const finish = (node: SymbolNode, key: string): void => {
    for (const child of node.children) {
      if (child.kind === 'rowGroup') finish(child, [...groups.entries()].find(([, n]) => n === child)![0]);
    }
    node.children.sort((a, b) => a.range.start - b.range.start);
    const start = Math.min(...node.children.map((c) => c.range.start));
    const end = Math.max(...node.children.map((c) => c.range.end));
    const label = table.headers.filter((h) => h.key === key && h.range.end <= start).sort((a, b) => b.range.start - a.range.start)[0];
    node.range = { start: label ? label.range.start : start, end };
    node.selectionRange = label ? label.range : node.children[0]!.selectionRange;
  };
  for (const [key, node] of groups) {
    const parent = t3GroupParent(templates, table.format, key);
    if (!parent || !groups.has(parent)) finish(node, key);
  }
  top.sort((a, b) => a.range.start - b.range.start);
  return top;
}

/** The index of the first value not below `offset` in an ascending array. */
function firstAtOrAfter(sorted: number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

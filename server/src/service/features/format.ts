// Document and range formatting: rewrites each readable table into the canonical tab-row layout (one row
// per line, standard labels, tab separated) without changing a single value and without touching any
// text outside the tables. Every edit is verified by parsing the result again; an edit that would change
// what the parser reads is dropped, so a table the formatter cannot rewrite safely is left as it is.

import type { Cell, ReportDocument, Span, Table, TableKind, TextEdit } from '../model/types';
import { normalizeForMatch } from '../parse/normalize';
import { eolOf, lineOf } from '../model/text';
import { TABLES } from '../template/tables';
import { tableLines, type TableContent } from '../template/text';
import { parseReport } from '../parse';
import { type Line, splitLines, tokenize } from '../parse/tokens';
import { applyEdits } from './apply';

const WS_OR_PIPE = /^[\s\u00a0\u3000\ufeff|]*$/;

/**
 * Edits that put every table (or every table touching `range`) into the canonical layout. Formatting the
 * result again yields no edits.
 */
export function formatTables(doc: ReportDocument, range?: Span): TextEdit[] {
  try {
    return formatUnsafe(doc, range);
  } catch {
    // Formatting is a convenience: on an input nobody foresaw it does nothing rather than fail.
    return [];
  }
}

function formatUnsafe(doc: ReportDocument, range?: Span): TextEdit[] {
  const lines = splitLines(doc.text, doc.lineStarts);
  const candidates: TextEdit[] = [];
  for (const table of doc.tables) {
    if (range && !touches(table.range, range)) continue;
    const edit = tableEdit(doc, lines, table);
    if (edit) candidates.push(edit);
  }
  if (candidates.length === 0) return [];
  // Keep an edit only if the text it produces parses to exactly the same tables and sections. All edits
  // are tried together first (one parse, the usual case); only when that fails is each one tried in turn.
  const before = snapshot(doc);
  const reparse = (edits: TextEdit[]) =>
    snapshot(parseReport(applyEdits(doc.text, edits), { reportYear: doc.yearSource === 'setting' ? doc.year : null }));
  if (reparse(candidates) === before) return candidates;
  const accepted: TextEdit[] = [];
  for (const edit of candidates) {
    if (reparse([...accepted, edit]) === before) accepted.push(edit);
  }
  return accepted;
}

function touches(a: Span, b: Span): boolean {
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** The edit that rewrites one table, or null when the table is unreadable, already canonical, or holds text the rewrite would lose. */
function tableEdit(doc: ReportDocument, lines: Line[], table: Table): TextEdit | null {
  if (table.status === 'unreadable' || table.rows.length === 0) return null;
  const text = doc.text;
  const eol = eolOf(text);
  const region = regionOf(doc, lines, table);
  if (!accountsForEverything(doc, lines, table, region.span)) return null;

  const content: TableContent = { rows: new Map(), headerText: new Map() };
  for (const row of table.rows) content.rows.set(row.id, row.values.map(cellText));
  for (const header of table.headers) {
    // A locally accepted spelling of a header (河南's `（单位：万元，保留4位小数）`) is kept as written.
    if (header.match === 'alias') content.headerText!.set(header.key, header.raw.replace(/[\s\u00a0\u3000\u0001]+/g, ''));
  }
  const body = tableLines(table.kind, table.format, content).join(eol);
  const newText = (region.breakBefore ? eol : '') + body + (region.breakAfter ? eol : '');
  if (text.slice(region.span.start, region.span.end) === newText) return null;
  return { range: region.span, newText };
}

/**
 * A cell as written back: exactly its source text. A blank cell keeps its white space too: a row of
 * white-space cells still reads as a row of blanks, while a row of nothing at all may read as a bare label.
 */
function cellText(cell: Cell): string {
  return cell.raw;
}

/**
 * The text the rewrite replaces: the table's range widened to whole lines where only white space and
 * Markdown pipes stand beside it. Where other text shares the first or last line, that text stays and the
 * table is put on lines of its own.
 */
function regionOf(doc: ReportDocument, lines: Line[], table: Table): { span: Span; breakBefore: boolean; breakAfter: boolean } {
  const text = doc.text;
  // Every offset of the text lies on one of its lines.
  const first = lines[lineOf(doc.lineStarts, table.range.start)]!;
  const last = lines[lineOf(doc.lineStarts, Math.max(table.range.start, table.range.end - 1))]!;
  let start = table.range.start;
  let end = table.range.end;
  let breakBefore = false;
  let breakAfter = false;
  if (WS_OR_PIPE.test(text.slice(first.start, start))) start = first.start;
  else breakBefore = true;
  if (WS_OR_PIPE.test(text.slice(end, last.end))) end = last.end;
  else breakAfter = true;
  return { span: { start, end }, breakBefore, breakAfter };
}

/**
 * True when every cell of text in the region is a row label, a header label, or one of the rows' values:
 * then the rewrite, which writes exactly those, loses nothing but white space, pipes and rulers.
 */
function accountsForEverything(doc: ReportDocument, allLines: Line[], table: Table, span: Span): boolean {
  const lines = allLines.slice(lineOf(doc.lineStarts, span.start), lineOf(doc.lineStarts, Math.max(span.start, span.end - 1)) + 1);
  const labels: Span[] = [...table.headers.map((h) => h.range), ...table.rows.flatMap((r) => (r.label ? [r.label.range] : []))];
  const values = new Set(table.rows.flatMap((r) => r.values.map((c) => `${c.range.start}:${c.range.end}`)));
  for (const token of tokenize(doc.text, lines)) {
    if (token.range.end <= span.start || token.range.start >= span.end) continue;
    if (token.kind === 'empty' || token.kind === 'blank') continue;
    if (values.has(`${token.range.start}:${token.range.end}`)) continue;
    if (labels.some((l) => l.start <= token.range.start && token.range.end <= l.end)) continue;
    if (token.kind === 'text' && isHeaderFragment(table.kind, token.text)) continue;
    return false;
  }
  return true;
}

/**
 * A piece of a standard header that conversion tore apart (`加第二项之和，等于第三项加第四项之和)` from
 * the note of table 三): it holds no value, and the rewrite writes the standard header anyway.
 */
function isHeaderFragment(kind: TableKind, text: string): boolean {
  const body = normalizeForMatch(text);
  return body.length >= 2 && HEADER_BODIES[kind].some((h) => h.includes(body));
}

const HEADER_BODIES: Record<TableKind, string[]> = (() => {
  const out: Record<TableKind, string[]> = { t2: [], t3: [], t4: [] };
  for (const format of ['2021', '2019'] as const) {
    for (const kind of ['t2', 't3', 't4'] as const) {
      const template = TABLES[format][kind];
      for (const label of [...template.headers, ...template.groups]) {
        for (const text of [label.standard, ...(label.aliases ?? [])]) out[kind].push(normalizeForMatch(text));
      }
    }
  }
  return out;
})();

/** What formatting must not change: the sections and, per table, its kind, format, status and every value as read. */
function snapshot(doc: ReportDocument): string {
  return JSON.stringify({
    sections: doc.sections.map((s) => s.key),
    tables: doc.tables.map((t) => ({
      kind: t.kind,
      format: t.format,
      status: t.status,
      section: t.section,
      rows: t.rows.map((r) => [r.id, r.values.map((c) => [c.col, c.kind, c.value, c.kind === 'blank' ? '' : c.raw])]),
      cells: [...t.cells.entries()].map(([id, c]) => [id, c.kind, c.value]),
    })),
  });
}

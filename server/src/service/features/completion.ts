// Completion of the report's standard wording: the six section headings (the missing ones first) at the
// start of a line outside the tables, and the row and group labels a table still lacks inside it.
// The LSP layer maps `kind` onto its CompletionItemKind and offsets onto positions.

import type { ReportDocument, Span, Table } from '../model/types';
import { lineEndAt, lineStartAt } from '../model/text';
import { SECTIONS } from '../template/sections';
import { groupLabel } from '../template/tables';
import type { LabelDef, TableTemplate } from '../template/types';
import { setLanguage, t, tableName, type UiLanguage } from '../l10n';

export type CompletionKind = 'heading' | 'row' | 'header';

export interface CompletionEntry {
  /** The standard text, as it will stand in the report (always Chinese). */
  label: string;
  /** Short note in the UI language: `缺少` for a missing section, the table (and group) for a label. */
  detail: string;
  insertText: string;
  /** The text typed so far, which accepting the completion replaces. */
  range: Span;
  kind: CompletionKind;
}

const BLANK = /[ \t\u3000\u00a0]/;
const NUMERALS = '一二三四五六七八九十';
/** An ordinal in front of a label: `（三）`, `(3)`, `三、`, `3.`, `3、`. */
const ORDINAL = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/;
/** Sentence punctuation: a line that holds it is prose, not a heading being typed. */
const PROSE = /[。，；：！？,;:!?]/;

/**
 * The completions at a UTF-16 offset of a parsed report, best first. Empty when the cursor is not where
 * a heading or a table label could be typed; never throws.
 */
export function completions(doc: ReportDocument, offset: number, language?: UiLanguage): CompletionEntry[] {
  try {
    setLanguage(language ?? 'zh-cn');
    return completionsUnsafe(doc, offset);
  } catch {
    // A completion list is never worth an error: offer nothing.
    return [];
  }
}

function completionsUnsafe(doc: ReportDocument, offset: number): CompletionEntry[] {
  const text = doc.text;
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return [];
  const lineStart = lineStartAt(doc, offset);
  const lineEnd = lineEndAt(doc, offset);
  if (offset > lineEnd) return [];
  const table = doc.tables.find((tb) => lineStart <= tb.range.end && lineEnd >= tb.range.start);
  if (table) return tableCompletions(doc, table, lineStart, lineEnd, offset);
  return headingCompletions(doc, lineStart, lineEnd, offset);
}

/** Normalises a label for comparison: half-width parentheses as full-width, no white space. */
function norm(s: string): string {
  return s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, '');
}

function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && BLANK.test(text.charAt(i))) i++;
  return i;
}

function headingCompletions(doc: ReportDocument, lineStart: number, lineEnd: number, offset: number): CompletionEntry[] {
  const text = doc.text;
  if (text.slice(offset, lineEnd).trim() !== '') return [];
  let start = skipBlanks(text, lineStart, offset);
  // A Markdown heading's hashes stay; the heading's text is what is completed.
  const hashes = /^#{1,6}[ \t]+/.exec(text.slice(start, offset));
  if (hashes) start += hashes[0].length;
  const typed = text.slice(start, offset);
  if (PROSE.test(typed)) return [];
  const labels = SECTIONS.map((s) => `${s.numeral}、${s.title}`);
  const typedNorm = norm(typed);
  const startsHeading =
    typed === '' ||
    NUMERALS.includes(typed.charAt(0)) ||
    typed[0] === '（' ||
    typed[0] === '(' ||
    SECTIONS.some((s, i) => s.title.startsWith(typedNorm) || labels[i]!.startsWith(typedNorm));
  if (!startsHeading) return [];
  const present = new Set(doc.sections.map((s) => s.key));
  const range = { start, end: offset };
  const entry = (i: number, missing: boolean): CompletionEntry => ({
    label: labels[i]!,
    detail: missing ? t('缺少') : t('已有'),
    insertText: labels[i]!,
    range,
    kind: 'heading',
  });
  const missing = SECTIONS.flatMap((s, i) => (present.has(s.key) ? [] : [entry(i, true)]));
  const existing = SECTIONS.flatMap((s, i) => (present.has(s.key) ? [entry(i, false)] : []));
  return [...missing, ...existing];
}

function tableCompletions(doc: ReportDocument, table: Table, lineStart: number, lineEnd: number, offset: number): CompletionEntry[] {
  if (table.status === 'unreadable') return [];
  const template: TableTemplate | undefined = doc.templates[table.format]?.[table.kind];
  if (!template) return [];
  const text = doc.text;
  // The cell being typed starts after the last tab or pipe before the cursor (rows pasted from Word
  // are tab-separated; Markdown rows are piped).
  const before = text.slice(lineStart, offset);
  const separator = Math.max(before.lastIndexOf('\t'), before.lastIndexOf('|'));
  const start = skipBlanks(text, separator < 0 ? lineStart : lineStart + separator + 1, offset);
  const rest = text.slice(offset, lineEnd);
  if (rest !== '' && !/^[\s|]/.test(rest)) return [];
  // Earlier cells on the line may only be empty or a group label (a row's group cell in Word's layout);
  // after a row label the cursor is in a value cell.
  const groupTexts = new Set(template.groups.map((g) => norm(g.standard)));
  const earlier = text
    .slice(lineStart, start)
    .split(/[\t|]/)
    .map(norm)
    .filter((cell) => cell !== '');
  if (earlier.some((cell) => !groupTexts.has(cell))) return [];

  const typed = norm(text.slice(start, offset));
  const matches = (label: string) => typed === '' || norm(label).startsWith(typed) || norm(label.replace(ORDINAL, '')).startsWith(typed);
  const range = { start, end: offset };
  const presentRows = new Set(table.rows.filter((r) => r.label !== null).map((r) => r.id));
  const tableText = norm(text.slice(table.range.start, table.range.end));
  const presentGroups = new Set(template.groups.filter((g) => tableText.includes(norm(g.standard))).map((g) => g.key));

  const entries: CompletionEntry[] = [];
  const offered = new Set<string>();
  const offer = (def: LabelDef, kind: CompletionKind, detail: string) => {
    if (offered.has(def.key) || !def.standard || !matches(def.standard)) return;
    offered.add(def.key);
    entries.push({ label: def.standard, detail, insertText: def.standard, range, kind });
  };
  const name = tableName(table.kind);
  for (const row of template.rows) {
    // A group's label comes before its first row, as in the official table.
    for (const key of row.groups ?? []) {
      const group = template.groups.find((g) => g.key === key);
      if (group && !presentGroups.has(key)) offer(group, 'header', name);
    }
    if (presentRows.has(row.key)) continue;
    const inner = row.groups?.[row.groups.length - 1];
    const detail = inner ? `${name} · ${groupLabel(template, inner) ?? ''}` : name;
    offer(row, 'row', detail);
  }
  return entries;
}

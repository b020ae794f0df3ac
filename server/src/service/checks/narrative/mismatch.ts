// narrative/mismatch: a count stated in the prose (受理申请8件, 予以公开4件, 行政复议1件 …) that
// contradicts the same count in table 三 or 四. Only clear statements about the report year's
// figures are compared, and only with table cells that hold a readable number.

import type { Cell, ReportDocument, SectionKey, Span, TableKind } from '../../model/types';
import { lineContentEnd } from '../../model/text';
import type { Check, FindingDraft } from '../check';
import { concat, joinWith, msg, type Message } from '../../l10n';
import { uncertaintyNote } from '../table/util';
import { cellName as templateCellName } from '../../template/names';

const D = '[0-9０-９]';

/** A cell whose number can be trusted: its table was read, and the cell holds a plain number. */
function readable(doc: ReportDocument, id: string): Cell | null {
  const kind = id.slice(0, 2) as TableKind;
  for (const table of doc.tables) {
    if (table.kind !== kind || table.status === 'unreadable') continue;
    const cell = table.cells.get(id);
    if (cell && cell.kind === 'number' && cell.value !== null) return cell;
  }
  return null;
}

/** The cells of a sum, or null when any of them is not readable (a blank is not 0). */
function readableAll(doc: ReportDocument, ids: string[]): Cell[] | null {
  const cells: Cell[] = [];
  for (const id of ids) {
    const cell = readable(doc, id);
    if (!cell) return null;
    cells.push(cell);
  }
  return cells;
}

const total = (cells: Cell[]) => cells.reduce((s, c) => s + (c.value ?? 0), 0);

/** One reading of the table that the prose may refer to, e.g. 本年新收 or 新收 + 上年结转. */
interface Reading {
  cells: Cell[];
  /** How the reading is named in the message. */
  label: Message;
}

interface Cue {
  name: string;
  pattern: RegExp;
  /** Whether the match is about the agency's information-disclosure work, not some other count. */
  relevant(match: RegExpExecArray, ctx: Context): boolean;
  /** The table readings the stated number may equal; the first is the primary one. */
  readings(doc: ReportDocument, match: RegExpExecArray, ctx: Context): Reading[] | null;
  /** Index of the capture group holding the digits; the cue states zero when there is none. */
  digits?: number;
}

interface Context {
  section: SectionKey | null;
  sentence: string;
  line: string;
}

const ABOUT_DISCLOSURE = /信息公开|依申请|公开申请/;

/** Words that narrow a count to some applicants or some channel: 自然人申请10件, 网上申请8件, 信函申请2件. */
const PART_OF =
  /自然人|法人|组织|企业|机构|公民|个人|律师|网上|网络|在线|线上|线下|信函|邮寄|当面|现场|传真|邮件|来信|来电|电话|窗口|网站|平台/;

/**
 * Whether a count is a part of the whole rather than the whole: it names a kind of applicant or a channel,
 * or its clause opens with 其中 / 含 / 包括 (`其中收到自然人申请10件`, `（含信函方式收到申请3件）`).
 */
function isPart(m: RegExpExecArray): boolean {
  const before = m.input.slice(0, m.index);
  return PART_OF.test(m.slice(1).join('')) || PART_OF.test(before) || /其中|含|包括/.test(before);
}

function reading(doc: ReportDocument, ids: string[], label: Message): Reading | null {
  const cells = readableAll(doc, ids);
  return cells ? { cells, label } : null;
}

/** A count of one outcome or one route of the cases (`行政复议纠正0件`, `其中行政诉讼尚未审结1件`), not of all. */
function isOutcome(m: RegExpExecArray): boolean {
  return /维持|纠正|其他结果|尚未|审结|撤销|驳回|确认|变更|终止|直接起诉|复议后|结果/.test(m[1]!) || /其中/.test(m.input.slice(0, m.index));
}

const CUES: Cue[] = [
  {
    name: 'new',
    // 收到/新收/受理 … 申请 N 件
    pattern: new RegExp(`(?:收到|新收|受理|接收|接到)([^，。；,;]{0,20}?)申请([^，。；,;0-9０-９]{0,6}?)(${D}+)\\s*件`, 'g'),
    digits: 3,
    relevant: (m, ctx) =>
      !/复议|诉讼|结转|上年|去年|累计|咨询/.test(m[0]) && !isPart(m) && (ABOUT_DISCLOSURE.test(m[0]) || ctx.section === 3),
    readings(doc, m, ctx) {
      const fresh = reading(doc, ['t3.new.tot'], msg('表三“一、本年新收政府信息公开申请数量”的总计'));
      if (!fresh) return null;
      // `共办理`, `含上年结转` or `（其中上年结转1件）` count the carried-over applications too; `收到和办理`
      // may mean either: then both readings are accepted.
      if (/办理|(?:含|包括|其中)\s*(?:上年度?)?结转/.test(m[0] + ctx.sentence)) {
        const both = reading(doc, ['t3.new.tot', 't3.carry.tot'], msg('表三“一、本年新收”与“二、上年结转”的总计之和'));
        return both ? [fresh, both] : [fresh];
      }
      return [fresh];
    },
  },
  {
    name: 'done',
    // 办结 … 申请 N 件: the applications settled this year, table 三's （七）总计.
    pattern: new RegExp(`(?:办结|办理完毕)([^，。；,;]{0,20}?)申请([^，。；,;0-9０-９]{0,6}?)(${D}+)\\s*件`, 'g'),
    digits: 3,
    relevant: (m, ctx) =>
      !/复议|诉讼|结转|上年|去年|累计|咨询/.test(m[0]) && !isPart(m) && (ABOUT_DISCLOSURE.test(m[0]) || ctx.section === 3),
    readings(doc) {
      const r = reading(doc, ['t3.r7.tot'], msg('表三“（七）总计”的总计'));
      return r ? [r] : null;
    },
  },
  {
    name: 'none',
    // 未收到 … 申请: the table must show no new applications.
    pattern: /(?:未|没有)(?:收到|受理|接到|接收)([^，。；,;]{0,20}?)申请/g,
    relevant: (m, ctx) => !/复议|诉讼/.test(m[0]) && (/公开/.test(m[0]) || ctx.section === 3),
    readings(doc) {
      const fresh = reading(doc, ['t3.new.tot'], msg('表三“一、本年新收政府信息公开申请数量”的总计'));
      return fresh ? [fresh] : null;
    },
  },
  {
    name: 'r1',
    pattern: new RegExp(`(?<!不)予以公开([^，。；,;0-9０-９部及和]{0,4}?)(${D}+)\\s*件`, 'g'),
    digits: 2,
    relevant: (_m, ctx) => /申请/.test(ctx.line) || ctx.section === 3,
    readings(doc) {
      const r = reading(doc, ['t3.r1.tot'], msg('表三“（一）予以公开”的总计'));
      return r ? [r] : null;
    },
  },
  {
    name: 'r2',
    pattern: new RegExp(`部分公开([^，。；,;0-9０-９及和]{0,4}?)(${D}+)\\s*件`, 'g'),
    digits: 2,
    relevant: (_m, ctx) => /申请/.test(ctx.line) || ctx.section === 3,
    readings(doc) {
      const r = reading(doc, ['t3.r2.tot'], msg('表三“（二）部分公开”的总计'));
      return r ? [r] : null;
    },
  },
  {
    name: 'review',
    pattern: new RegExp(`行政复议([^，。；,;0-9０-９]{0,8}?)(${D}+)\\s*件`, 'g'),
    digits: 2,
    relevant: (m, ctx) => !/诉讼|起诉/.test(m[1]!) && !isOutcome(m) && (ctx.section === 4 || ABOUT_DISCLOSURE.test(ctx.sentence)),
    readings(doc) {
      const r = reading(doc, ['t4.rv.tot'], msg('表四“行政复议·总计”'));
      return r ? [r] : null;
    },
  },
  {
    name: 'litigation',
    pattern: new RegExp(`行政诉讼([^，。；,;0-9０-９]{0,8}?)(${D}+)\\s*件`, 'g'),
    digits: 2,
    // `行政复议、行政诉讼案件3件` counts both kinds of case together: not a litigation count.
    relevant: (m, ctx) =>
      !/复议/.test(m[1]!) &&
      !/复议[^，。；,;]{0,3}$/.test(m.input.slice(0, m.index)) &&
      !isOutcome(m) &&
      (ctx.section === 4 || ABOUT_DISCLOSURE.test(ctx.sentence)),
    readings(doc) {
      const r = reading(doc, ['t4.ld.tot', 't4.lr.tot'], msg('表四“未经复议直接起诉·总计”与“复议后起诉·总计”之和'));
      return r ? [r] : null;
    },
  },
];

/**
 * Words that put a count outside this agency's own figures for the year: a whole area's or system's cases
 * (全市系统, 各级行政机关), cumulative counts (累计, 历年), other kinds of case (备案审查, 信访, 投诉) and
 * applications counted as service-hall 办件 across departments. Such a count is never compared.
 */
const OTHER_SCOPE =
  /全(?:市|县|区|省|州|盟|旗|镇|乡|国|系统)|各级|各(?:部门|单位|乡镇|街道|区县|县区|县市区)|系统内|累计|历年|备案|办件|信访|投诉|举报|督办|转办|咨询|热线|12345/g;

/** Words by which a sentence comes back to the agency itself after naming a wider scope: `其中本局9件`. */
const SELF = /本(?:机关|局|委|办|厅|院|单位|部门|府|级|镇|乡|街道)|我(?:局|委|办|厅|院|单位|部门|府|镇|乡|街道)/g;

/** Whether the count at `offset` in its sentence is stated for some other scope than the agency's own. */
function otherScope(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset + 1);
  const last = (re: RegExp) => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) at = m.index;
    return at;
  };
  const scope = last(OTHER_SCOPE);
  return scope >= 0 && last(SELF) < scope;
}

/** Sentences compare figures with other years; such counts are not this year's. */
const COMPARISON = /同比|较上年|比上年|较去年|比去年|上年同期|去年同期|与上年|与去年|较上一年|比上一年/;

function spansOf(text: string, span: Span, separators: RegExp): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (separators.test(text.charAt(i))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

function sectionAt(doc: ReportDocument, offset: number): SectionKey | null {
  // Sections are in document order and do not overlap: the last one starting at or before the offset.
  let lo = 0;
  let hi = doc.sections.length - 1;
  let found: SectionKey | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sections[mid]!;
    if (s.range.start <= offset) {
      if (offset < s.range.end) found = s.key;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function toNumber(digits: string): number {
  return Number(digits.normalize('NFKC'));
}

export const narrativeMismatch: Check = {
  id: 'narrative/mismatch',
  defaultSeverity: 'warning',
  get description() {
    return msg('正文中的数字与表格不一致（如“受理申请8件”而表三本年新收为15）');
  },
  run({ doc }) {
    const text = doc.text;
    const findings: FindingDraft[] = [];
    const skip: Span[] = doc.tables.map((t) => t.range);
    if (doc.title) skip.push(doc.title.range);
    // Lines are visited in order, so the ranges to skip are walked once alongside them.
    skip.sort((a, b) => a.start - b.start);
    let nextSkip = 0;
    for (let i = 0; i < doc.lineStarts.length; i++) {
      const lineStart = doc.lineStarts[i]!;
      const lineEnd = lineContentEnd(text, doc.lineStarts, i);
      if (lineEnd <= lineStart) continue;
      while (nextSkip < skip.length && skip[nextSkip]!.end <= lineStart) nextSkip++;
      if (nextSkip < skip.length && skip[nextSkip]!.start < lineEnd) continue;
      const line = text.slice(lineStart, lineEnd);
      if (!/件/.test(line) && !/未|没有/.test(line)) continue;
      const section = sectionAt(doc, lineStart);
      for (const sentence of spansOf(text, { start: lineStart, end: lineEnd }, /[。！？!?；;]/)) {
        findings.push(...sentenceFindings(doc, sentence, section, line));
      }
    }
    return findings;
  },
};

/** The numbers one sentence states that no reading of the tables gives. */
function sentenceFindings(doc: ReportDocument, sentence: Span, section: Context['section'], line: string): FindingDraft[] {
  const text = doc.text;
  const findings: FindingDraft[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (COMPARISON.test(sentenceText)) return findings;
  // A sentence naming another year than the report year is not about this year's figures.
  if (doc.year !== null) {
    const years = [...sentenceText.matchAll(new RegExp(`(${D}{4})\\s*年`, 'g'))].map((m) => toNumber(m[1]!));
    if (years.some((y) => y !== doc.year)) return findings;
  }
  const ctx: Context = { section, sentence: sentenceText, line };
  for (const clause of spansOf(text, sentence, /[，,]/)) {
    const clauseText = text.slice(clause.start, clause.end);
    for (const cue of CUES) {
      cue.pattern.lastIndex = 0;
      for (let m = cue.pattern.exec(clauseText); m; m = cue.pattern.exec(clauseText)) {
        if (!cue.relevant(m, ctx)) continue;
        // The words of the whole match count too: `收到依申请公开办件1234件` is no count of applications.
        if (otherScope(sentenceText, clause.start - sentence.start + m.index + m[0].length - 1)) continue;
        const readings = cue.readings(doc, m, ctx);
        if (!readings || readings.length === 0) continue;
        const stated = cue.digits ? toNumber(m[cue.digits]!) : 0;
        if (readings.some((r) => total(r.cells) === stated)) continue;
        findings.push(findingFor(doc, cue, m, clause.start, stated, readings));
      }
    }
  }
  return findings;
}

/** The Chinese name of a table cell, e.g. `一、本年新收政府信息公开申请数量·总计`. */
function cellName(doc: ReportDocument, cell: Cell): string {
  const table = doc.tables.find((t) => t.cells.get(cell.id) === cell);
  return table ? templateCellName(doc.templates, table.format, cell.id) : cell.id;
}

function findingFor(
  doc: ReportDocument,
  cue: Cue,
  m: RegExpExecArray,
  clauseStart: number,
  stated: number,
  readings: Reading[],
): FindingDraft {
  // The caller passes at least one reading, and every reading has at least one cell.
  const primary = readings[0]!;
  const expected = total(primary.cells);
  const matchStart = clauseStart + m.index;
  const quote = doc.text.slice(matchStart, matchStart + m[0].length);
  const parts = (r: Reading) =>
    r.cells.length > 1 ? msg('{0}（{1}）', total(r.cells), r.cells.map((c) => c.value).join(' + ')) : `${total(r.cells)}`;
  const tableSide = readings.map((r) => msg('{0}为 {1}', r.label, parts(r)));
  const tableSideText = joinWith(tableSide, msg('，或'));
  // The table cells are another place that matters: point at them (a few at most), by their Chinese names.
  const related = readings
    .flatMap((r) => r.cells)
    .filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i)
    .slice(0, 3)
    .map((c) => ({ range: c.range, message: msg('{0} = {1}', cellName(doc, c), String(c.value)) }));
  const note = uncertaintyNote(readings.flatMap((r) => r.cells));
  const data = { table: primary.cells[0]!.table, cell: primary.cells[0]!.id, ...(note ? { uncertain: true } : {}) };
  if (!cue.digits) {
    return {
      message: concat(msg('正文称“{0}”，但{1}', quote, tableSideText), note ?? ''),
      range: { start: matchStart, end: matchStart + m[0].length },
      ...(note ? { severity: 'warning' as const } : {}),
      related,
      data,
    };
  }
  // The finding sits on the stated number with its 件; the fix replaces the digits only.
  const digitsOffset = m.index + m[0].lastIndexOf(m[cue.digits]!, m[0].length - 1);
  const digitsStart = clauseStart + digitsOffset;
  const digitsEnd = digitsStart + m[cue.digits]!.length;
  const range = { start: digitsStart, end: matchStart + m[0].length };
  return {
    message: concat(msg('正文称“{0}”，但{1}，相差 {2}', quote, tableSideText, Math.abs(stated - expected)), note ?? ''),
    range,
    ...(note ? { severity: 'warning' as const } : {}),
    related,
    data,
    fixes: [
      {
        title: msg('改为 {0}件', expected),
        edits: [{ range: { start: digitsStart, end: digitsEnd }, newText: String(expected) }],
        safe: false,
      },
    ],
  };
}

// Text normalisation for matching labels and titles: width folding, white space and punctuation removal,
// ordinal prefixes (一、 （二） 3.) and a bounded edit distance for typo-tolerant matching.

import type { Ordinal } from '../model/types';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Separator the parser puts between the pieces of a label that was broken across cells or lines. */
export const JOIN = '\u0001';

/** Value of a Chinese numeral up to 99 (一 … 十九 … 九十九), or NaN. */
export function cnNumeralValue(text: string): number {
  if (!text) return NaN;
  if (text.length === 1) return CN_DIGITS[text] ?? NaN;
  const ten = text.indexOf('十');
  if (ten < 0) return NaN;
  const tens = ten === 0 ? 1 : CN_DIGITS[text.slice(0, ten)];
  const rest = text.slice(ten + 1);
  const ones = rest === '' ? 0 : CN_DIGITS[rest];
  if (tens === undefined || ones === undefined || Number.isNaN(tens) || Number.isNaN(ones)) return NaN;
  return tens * 10 + ones;
}

/** Folds full-width forms to half-width (digits, letters, parentheses, punctuation). */
export function foldWidth(text: string): string {
  return isNfkcStable(text) ? text : text.normalize('NFKC');
}

/**
 * Whether NFKC leaves the text as it is, decided cheaply: printable ASCII, tabs and line breaks, and the
 * CJK unified ideographs have no compatibility form and compose with nothing, so a text made only of them
 * needs no normalisation (most labels and cells are).
 */
function isNfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) continue;
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    return false;
  }
  return true;
}

const STRIP = /[\s\u00a0\u3000\u200b\ufeff,，、。．.：:；;（）()[\]【】“”"'‘’「」『』《》〈〉!！?？·•\-—–_~～*#|/／\\＋+]/g;

/**
 * The form labels are compared in: width folded, no white space, no punctuation, no join marks, and 其它
 * read as 其他 (an accepted variant spelling, not a typo of the label). A trailing `（续）` that a page break
 * adds to a group label repeated on the next page (`（三）不予公开（续）`) is no part of the label.
 */
export function normalizeForMatch(text: string): string {
  return foldWidth(text)
    .replace(/\u0001/g, '')
    .replace(CONTINUED, '')
    .replace(STRIP, '')
    .replace(/其它/g, '其他');
}

const CONTINUED = /\(\s*续\s*\)\s*$/;

export interface SplitOrdinal {
  ordinal: (Omit<Ordinal, 'range'> & { length: number }) | null;
  /** The text after the ordinal (and the white space after it). */
  body: string;
  /** Offset of body within the input. */
  bodyOffset: number;
}

const ORDINAL_PATTERNS: Array<{ re: RegExp; style: Ordinal['style'] }> = [
  { re: /^([（(])\s*([一二三四五六七八九十]{1,3})\s*([）)])/, style: 'paren-cn' },
  { re: /^([（(])\s*([0-9０-９]{1,2})\s*([）)])/, style: 'paren-arabic' },
  { re: /^([一二三四五六七八九十]{1,3})\s*([、，,\u0001])/, style: 'cn' },
  { re: /^第([一二三四五六七八九十]{1,3})部分([、，,：:]?)/, style: 'cn' },
  { re: /^([一二三四五六七八九十]{1,3})\s*([.．])(?!\d)/, style: 'cn-dot' },
  // Word's automatic numbering pastes as the numeral and a space or tab (`一　总体情况`).
  { re: /^([一二三四五六七八九十]{1,3})(?=[ \t\u00a0\u3000]+[^\s\u00a0\u3000、，,.．])/, style: 'cn' },
  { re: /^([0-9０-９]{1,2})\s*([.．、\u0001])(?![0-9０-９])/, style: 'arabic' },
  // Numbering as Word and WPS also write it: `1）属于国家秘密`, `①属于国家秘密`.
  { re: /^([0-9０-９]{1,2})\s*([)）])/, style: 'arabic' },
  { re: /^([\u2460-\u2473])/, style: 'arabic' },
];

/**
 * Splits a leading ordinal marker off a heading or label. `text` is the raw text (not width folded), so
 * the marker's length is exact in the source.
 */
export function splitOrdinal(text: string): SplitOrdinal {
  for (const { re, style } of ORDINAL_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    let value: number;
    let width: Ordinal['width'];
    if (style === 'paren-cn' || style === 'paren-arabic') {
      value = style === 'paren-cn' ? cnNumeralValue(m[2]!) : Number(foldWidth(m[2]!));
      const open = m[1] === '（';
      const close = m[3] === '）';
      width = open && close ? 'full' : !open && !close ? 'half' : 'mixed';
    } else if (style === 'arabic') {
      value = /[\u2460-\u2473]/.test(m[1]!) ? m[1]!.charCodeAt(0) - 0x245f : Number(foldWidth(m[1]!));
    } else {
      value = cnNumeralValue(m[1]!);
    }
    if (!Number.isFinite(value)) continue;
    let length = m[0].length;
    while (length < text.length && /[\s\u00a0\u3000\u0001]/.test(text.charAt(length))) length++;
    return {
      ordinal: { text: m[0], value, style, width, length: m[0].length },
      body: text.slice(length),
      bodyOffset: length,
    };
  }
  return { ordinal: null, body: text, bodyOffset: 0 };
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const distance = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = distance;
      if (distance < rowMin) rowMin = distance;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** How many edits a label of this length may carry and still count as a typo of it. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

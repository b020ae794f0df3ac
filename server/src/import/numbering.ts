// Word's automatic numbering: the 「一、」「（二）」「3.」 that Word draws in front of a numbered paragraph
// are not in the paragraph's text but in word/numbering.xml (and, for heading styles, styles.xml).
// This module counts them as Word does, so the draft's headings keep their numbers.

import { childElements, type DomNode } from './dom';

interface Level {
  start: number;
  format: string;
  text: string;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (what headings and items need). */
function chineseCount(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

function val(node: DomNode | undefined): string | undefined {
  return node?.attribs?.['w:val'];
}

function child(node: DomNode | undefined, name: string): DomNode | undefined {
  return node ? childElements(node, name)[0] : undefined;
}

/** The numbering of one document: definitions, and the counters as the body is read in order. */
export class Numbering {
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly numToAbstract = new Map<string, string>();
  private readonly startOverrides = new Map<string, Map<number, number>>();
  private readonly styleNumbering = new Map<string, { numId: string; ilvl: number }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: DomNode | null, stylesXml: DomNode | null) {
    const numbering = numberingXml && findElement(numberingXml, 'w:numbering');
    for (const abstract of numbering ? childElements(numbering, 'w:abstractNum') : []) {
      const id = abstract.attribs?.['w:abstractNumId'];
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abstract, 'w:lvl')) {
        const ilvl = Number(lvl.attribs?.['w:ilvl'] ?? 0);
        levels.set(ilvl, {
          start: Number(val(child(lvl, 'w:start')) ?? 1),
          format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
          text: val(child(lvl, 'w:lvlText')) ?? '',
        });
      }
      this.levels.set(id, levels);
    }
    for (const num of numbering ? childElements(numbering, 'w:num') : []) {
      const id = num.attribs?.['w:numId'];
      const abstract = val(child(num, 'w:abstractNumId'));
      if (id === undefined || abstract === undefined) continue;
      this.numToAbstract.set(id, abstract);
      const overrides = new Map<number, number>();
      for (const override of childElements(num, 'w:lvlOverride')) {
        const start = val(child(override, 'w:startOverride'));
        if (start !== undefined) overrides.set(Number(override.attribs?.['w:ilvl'] ?? 0), Number(start));
      }
      this.startOverrides.set(id, overrides);
    }
    const styles = stylesXml && findElement(stylesXml, 'w:styles');
    for (const style of styles ? childElements(styles, 'w:style') : []) {
      const id = style.attribs?.['w:styleId'];
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      const numId = val(child(numPr, 'w:numId'));
      if (id !== undefined && numId !== undefined) this.styleNumbering.set(id, { numId, ilvl: Number(val(child(numPr, 'w:ilvl')) ?? 0) });
    }
  }

  /** The number Word draws in front of this paragraph ('' if none), counting it. */
  labelFor(paragraph: DomNode): string {
    const pPr = child(paragraph, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const fromStyle = this.styleNumbering.get(val(child(pPr, 'w:pStyle')) ?? '');
    const numId = val(child(numPr, 'w:numId')) ?? fromStyle?.numId;
    const ilvl = Number(val(child(numPr, 'w:ilvl')) ?? fromStyle?.ilvl ?? 0);
    // numId 0 switches numbering off for the paragraph.
    if (numId === undefined || numId === '0') return '';
    const abstract = this.numToAbstract.get(numId);
    const levels = abstract !== undefined ? this.levels.get(abstract) : undefined;
    const level = levels?.get(ilvl);
    if (!abstract || !levels || !level) return '';
    // Lists sharing an abstract definition share counters, as in Word.
    const counters = this.counters.get(abstract) ?? [];
    this.counters.set(abstract, counters);
    const startOf = (l: number) => this.startOverrides.get(numId)?.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    // A higher level's new item restarts the levels below it.
    counters.length = ilvl + 1;
    return level.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counters[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
    });
  }
}

function findElement(node: DomNode, name: string): DomNode | null {
  for (const c of node.children ?? []) {
    if (c.name === name) return c;
    const found = findElement(c, name);
    if (found) return found;
  }
  return null;
}

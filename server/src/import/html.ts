// Reads a saved web page into a draft: decodes it as declared (BOM, then <meta charset>, then UTF-8 or
// GB18030), keeps the report body (drops scripts, navigation, headers and footers; takes the largest
// block of content), writes paragraphs as lines and tables as tab-separated rows with merged cells resolved.

import * as iconv from 'iconv-lite';
import { computeLineStarts, msg, positionAt } from '../service';
import { DraftBuilder, addTable, type Piece } from './draft';
import { childElements, descendants, isElement, isText, parseDom, type DomNode } from './dom';
import { resolveGrid, type SpanningCell } from './grid';
import type { HtmlLocation, ImportResult } from './types';

/** Elements whose content is never report text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'select',
  'button',
  'object',
  'head',
  'menu',
]);
/** Class or id words of page chrome on government sites (navigation, breadcrumbs, share bars, footers). */
const CHROME =
  /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|header|footer|foot|share|sidebar|banner|toolbar|copyright|position|location)([\s_-]|$)/i;
/** Elements that end a line. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'address',
  'figure',
  'figcaption',
  'hr',
  'body',
  'html',
]);

export function importHtml(bytes: Uint8Array): ImportResult {
  const source = decodeHtml(bytes);
  if (source === null) return { error: msg('无法识别网页的编码（不是 UTF-8，也不是 GB18030/GBK）') };
  const lineStarts = computeLineStarts(source);
  const locate = (offset: number | null): HtmlLocation => {
    const at = positionAt(lineStarts, Math.max(0, offset ?? 0));
    return { kind: 'html', line: at.line + 1, column: at.character + 1 };
  };

  const document = parseDom(source, false);
  const body = findBody(document);
  const draft = new DraftBuilder();
  const title = titleOutside(document, body);
  if (title) draft.paragraph([{ text: title.text, source: locate(title.at) }]);
  writeBlock(body, draft, locate);
  const { text, sourceMap } = draft.result();
  if (!text.trim()) return { error: msg('网页中没有找到正文') };
  return { kind: 'html', text, sourceMap, warnings: [] };
}

/** The page's text: BOM first, then the charset its <meta> declares, then UTF-8 if it is valid, else GB18030. */
export function decodeHtml(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(buffer.subarray(2), 'utf16be');
  const head = buffer.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936)$/.test(declared)) return iconv.decode(buffer, 'gb18030');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Undeclared and not UTF-8: the other encoding Chinese pages come in.
    const text = iconv.decode(buffer, 'gb18030');
    return text.includes('\ufffd') ? null : text;
  }
}

function attr(node: DomNode, name: string): string {
  return node.attribs?.[name] ?? '';
}

function isDropped(node: DomNode): boolean {
  if (!isElement(node)) return node.type === 'comment' || node.type === 'directive' || node.type === 'cdata';
  if (DROPPED.has(node.name ?? '')) return true;
  if (/display\s*:\s*none/i.test(attr(node, 'style')) || 'hidden' in (node.attribs ?? {})) return true;
  // Chrome is recognised by its class or id only where it holds no table: a report body is never navigation.
  const marks = `${attr(node, 'class')} ${attr(node, 'id')}`;
  return CHROME.test(marks) && !hasTable(node);
}

function hasTable(node: DomNode): boolean {
  for (const d of descendants(node)) if (d.name === 'table') return true;
  return false;
}

/** Text length of the node without dropped parts, links counted at a tenth (link lists are navigation). */
function weight(node: DomNode, inLink = false): number {
  if (isText(node)) return (node.data ?? '').replace(/\s+/g, '').length * (inLink ? 0.1 : 1);
  if (isDropped(node)) return 0;
  let sum = 0;
  for (const child of node.children ?? []) sum += weight(child, inLink || node.name === 'a');
  return sum;
}

/**
 * The element holding the report: the deepest element that still holds most of the page's text. Going
 * down from <body>, a child is taken while it holds at least 70% of its parent's weight.
 */
function findBody(document: DomNode): DomNode {
  let node = [...descendants(document)].find((n) => n.name === 'body') ?? document;
  for (;;) {
    const total = weight(node);
    if (total === 0) return node;
    // A data table or a paragraph is part of the body, not a container of it; a layout table may be one.
    const children = (node.children ?? []).filter(
      (c) => isElement(c) && !isDropped(c) && c.name !== 'p' && (c.name !== 'table' || isLayoutTable(c)),
    );
    let best: DomNode | null = null;
    let bestWeight = 0;
    for (const child of children) {
      const w = weight(child);
      if (w > bestWeight) {
        best = child;
        bestWeight = w;
      }
    }
    if (!best || bestWeight < total * 0.7) return node;
    node = best;
  }
}

/** The report's title when the body block does not start with it: a heading or the <title> outside the body. */
function titleOutside(document: DomNode, body: DomNode): { text: string; at: number | null } | null {
  const opening = textOf(body).slice(0, 200);
  if (/年度报告|年报/.test(opening)) return null;
  const inside = new Set(descendants(body));
  for (const node of descendants(document)) {
    if (!/^h[1-3]$/.test(node.name ?? '') || inside.has(node) || isDropped(node)) continue;
    const text = textOf(node).replace(/\s+/g, '');
    if (/年度报告/.test(text)) return { text, at: node.startIndex };
  }
  const title = [...descendants(document)].find((n) => n.name === 'title');
  if (title) {
    // Site titles append the site's name: 「…年度报告_明川市人民政府」.
    const part = textOf(title)
      .split(/[_|｜]|\s[-–—]\s/)
      .find((p) => /年度报告/.test(p));
    if (part) return { text: part.replace(/\s+/g, ''), at: title.startIndex };
  }
  return null;
}

function textOf(node: DomNode): string {
  if (isText(node)) return node.data ?? '';
  if (isDropped(node)) return '';
  return (node.children ?? []).map((c) => textOf(c)).join('');
}

/** Writes a block's content: runs of inline text become paragraph lines, tables become rows. */
function writeBlock(root: DomNode, draft: DraftBuilder, locate: (offset: number | null) => HtmlLocation): void {
  let line: Piece[] = [];
  const flush = () => {
    // Whitespace between inline pieces collapses; a line's own leading and trailing space goes; a line
    // break of the source between two Chinese characters is no space at all.
    const pieces = joinSourceBreaks(line)
      .map((p) => ({ ...p, text: p.text.replace(/[\s\u00a0]+/g, ' ') }))
      .filter((p) => p.text.length > 0);
    if (pieces.length > 0) {
      pieces[0]!.text = pieces[0]!.text.replace(/^[ \u3000]+/, '');
      const last = pieces[pieces.length - 1]!;
      last.text = last.text.replace(/[ \u3000]+$/, '');
      draft.paragraph(pieces.filter((p) => p.text.length > 0));
    }
    line = [];
  };
  const visit = (node: DomNode) => {
    if (isText(node)) {
      if (node.data) line.push({ text: node.data, source: locate(node.startIndex) });
      return;
    }
    if (isDropped(node)) return;
    const name = node.name ?? '';
    if (name === 'table' && !isLayoutTable(node)) {
      flush();
      addTable(draft, tableGrid(node, locate));
      return;
    }
    if (name === 'br') {
      flush();
      return;
    }
    // A layout table's rows and cells are blocks: the page is laid out with it, it is not a table of data.
    const block = BLOCK.has(name) || name === 'table' || name === 'tr' || name === 'td' || name === 'th';
    if (block) flush();
    for (const child of node.children ?? []) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
}

/**
 * Older sites lay out whole pages with tables: a table that holds another table, or a cell with
 * paragraphs of text, is layout, and its cells are read as blocks.
 */
function isLayoutTable(table: DomNode): boolean {
  for (const node of descendants(table)) {
    if (node.name === 'table') return true;
    if ((node.name === 'td' || node.name === 'th') && cellText(node).length > 200) return true;
  }
  return false;
}

/** The table's rows (thead, tbody, tfoot or direct), each cell with its spans and its text on one line. */
function tableGrid(table: DomNode, locate: (offset: number | null) => HtmlLocation): Array<Array<Piece | null>> {
  const rows: DomNode[] = [];
  const collect = (node: DomNode) => {
    for (const child of childElements(node)) {
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') collect(child);
    }
  };
  collect(table);
  const spanning: SpanningCell[][] = rows.map((tr) =>
    childElements(tr)
      .filter((cell) => cell.name === 'td' || cell.name === 'th')
      .map((cell) => {
        const text = cellText(cell);
        return {
          piece: text ? { text, source: locate(firstTextOffset(cell)) } : null,
          rowSpan: Number.parseInt(attr(cell, 'rowspan') || '1', 10),
          colSpan: Number.parseInt(attr(cell, 'colspan') || '1', 10),
        };
      }),
  );
  return resolveGrid(spanning);
}

/** A cell's text on one line; its paragraphs run together (a cell's line breaks are layout, not content). */
function cellText(cell: DomNode): string {
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (isText(node)) parts.push(node.data ?? '');
    else if (!isDropped(node)) for (const child of node.children ?? []) visit(child);
  };
  visit(cell);
  return removeCjkBreaks(parts.join(''))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f]';
const CJK_BREAK = new RegExp(`(${CJK})[ \\t\\r]*\\n\\s*(?=${CJK})`, 'g');

const CJK_CHAR = new RegExp(`^${CJK}$`);

function removeCjkBreaks(text: string): string {
  return text.replace(CJK_BREAK, '$1');
}

/** Source line breaks between Chinese characters removed, within pieces and between them. */
function joinSourceBreaks(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p, text: removeCjkBreaks(p.text) }));
  for (let i = 0; i < out.length; i++) {
    const piece = out[i]!;
    const before = out[i - 1]?.text.slice(-1) ?? '';
    const after = out[i + 1]?.text.charAt(0) ?? '';
    const cjk = CJK_CHAR;
    // A piece that is only a source line break (between two inline elements) joins its neighbours.
    if (/^\s*\n\s*$/.test(piece.text) && cjk.test(before) && cjk.test(after)) piece.text = '';
    else {
      if (cjk.test(before)) piece.text = piece.text.replace(new RegExp(`^[ \\t\\r]*\\n\\s*(?=${CJK})`), '');
      if (cjk.test(after)) piece.text = piece.text.replace(new RegExp(`(${CJK})[ \\t\\r]*\\n\\s*$`), '$1');
    }
  }
  return out;
}

function firstTextOffset(node: DomNode): number | null {
  for (const d of descendants(node)) if (isText(d) && d.data?.trim()) return d.startIndex;
  return node.startIndex;
}

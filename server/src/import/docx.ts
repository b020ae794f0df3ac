// Reads a Word .docx into a draft: the body's paragraphs as lines and its tables as tab-separated rows,
// merged cells (gridSpan across, vMerge down) resolved so that every row keeps its columns. The old binary
// .doc and WPS formats are not read: the user is asked to save the file as .docx.

import { unzipSync } from 'fflate';
import { msg } from '../service';
import { DraftBuilder, addTable } from './draft';
import { childElements, isElement, parseDom, type DomNode } from './dom';
import { resolveGrid, type SpanningCell } from './grid';
import { Numbering } from './numbering';
import type { DocxLocation, ImportResult } from './types';

/** The message for .doc, .wps and anything else in the old compound-file format. */
export const saveAsDocx = () => msg('这是旧版 Word/WPS 文件（.doc/.wps），无法直接读取，请另存为 .docx 后再导入');

/** Old Office and WPS files are OLE compound files; they start with these bytes. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

export function importDocx(bytes: Uint8Array): ImportResult {
  if (isCompoundFile(bytes)) return { error: saveAsDocx() };
  let xml: string;
  let numbering: Numbering;
  try {
    const wanted = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
    const files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
    const part = files['word/document.xml'];
    if (!part) return { error: msg('不是有效的 .docx 文件（缺少 word/document.xml）') };
    const decode = (data: Uint8Array | undefined) => (data ? parseDom(new TextDecoder('utf-8').decode(data), true) : null);
    xml = new TextDecoder('utf-8').decode(part);
    numbering = new Numbering(decode(files['word/numbering.xml']), decode(files['word/styles.xml']));
  } catch {
    return { error: msg('不是有效的 .docx 文件（无法解压）') };
  }
  const root = parseDom(xml, true);
  const body = findFirst(root, 'w:body');
  if (!body) return { error: msg('不是有效的 .docx 文件（缺少正文）') };
  const reader = new BodyReader(numbering);
  reader.readBlocks(body);
  const { text, sourceMap } = reader.draft.result();
  if (!text.trim()) return { error: msg('Word 文件中没有文字') };
  return { kind: 'docx', text, sourceMap, warnings: [] };
}

function findFirst(node: DomNode, name: string): DomNode | null {
  for (const child of node.children ?? []) {
    if (child.name === name) return child;
    const found = findFirst(child, name);
    if (found) return found;
  }
  return null;
}

class BodyReader {
  readonly draft = new DraftBuilder();
  private paragraph = 0;
  private table = 0;

  constructor(private readonly numbering: Numbering) {}

  /** Paragraphs and tables in order; content controls and inserted revisions are read through. */
  readBlocks(container: DomNode): void {
    for (const child of childElements(container)) {
      switch (child.name) {
        case 'w:p':
          this.paragraph++;
          this.readParagraph(child);
          break;
        case 'w:tbl':
          this.readTable(child);
          break;
        case 'w:sdt':
        case 'w:sdtContent':
        case 'w:customXml':
        case 'w:ins':
          this.readBlocks(child);
          break;
        default:
          break;
      }
    }
  }

  private readParagraph(p: DomNode): void {
    // Word's automatic number (「一、」) goes in front of the text, as the reader sees it.
    const text = this.numbering.labelFor(p) + paragraphText(p);
    // A paragraph may hold line breaks (Shift+Enter): each part is a line of the draft.
    for (const line of text.split('\n')) {
      const trimmed = line.replace(/^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g, '');
      if (trimmed) this.draft.paragraph([{ text: trimmed, source: { kind: 'docx', paragraph: this.paragraph } }]);
    }
  }

  private readTable(tbl: DomNode): void {
    this.table++;
    const tableNumber = this.table;
    const rows: SpanningCell[][] = [];
    // vMerge continuation cells add to the row count of the cell that started the merge, found by grid column.
    const openMerges = new Map<number, SpanningCell>();
    const trs = rowsOf(tbl);
    trs.forEach((tr, rowIndex) => {
      const cells: SpanningCell[] = [];
      let column = gridBefore(tr);
      for (let i = 0; i < column; i++) cells.push({ piece: null, rowSpan: 1, colSpan: 1 });
      for (const tc of cellsOf(tr)) {
        const props = childElements(tc, 'w:tcPr')[0];
        const span = Number.parseInt(valOf(props && childElements(props, 'w:gridSpan')[0]) ?? '1', 10) || 1;
        const vMerge = props && childElements(props, 'w:vMerge')[0];
        const firstParagraph = this.paragraph + 1;
        const parts: string[] = [];
        for (const p of paragraphsOf(tc)) {
          this.paragraph++;
          parts.push(this.numbering.labelFor(p) + paragraphText(p));
        }
        const text = parts.join('').replace(/\s+/g, ' ').trim();
        const source: DocxLocation = { kind: 'docx', paragraph: firstParagraph, table: tableNumber, row: rowIndex + 1, column: column + 1 };
        if (vMerge && valOf(vMerge) !== 'restart') {
          // A continuation: the text stands in the cell that started the merge; this one covers nothing new.
          const start = openMerges.get(column);
          if (start) {
            start.rowSpan++;
            if (!start.piece && text) start.piece = { text, source };
            cells.push({ piece: null, rowSpan: 0, colSpan: span });
            column += span;
            continue;
          }
        }
        const cell: SpanningCell = { piece: text ? { text, source } : null, rowSpan: 1, colSpan: span };
        if (vMerge) openMerges.set(column, cell);
        else openMerges.delete(column);
        cells.push(cell);
        column += span;
      }
      rows.push(cells);
    });
    // Continuation cells were placeholders for the grid; resolveGrid needs them as plain empty cells in
    // their column, since the merged cell above already covers that position through its rowSpan.
    const grid = resolveGrid(rows.map((cells) => cells.filter((c) => c.rowSpan !== 0)));
    addTable(this.draft, grid);
  }
}

function valOf(node: DomNode | undefined): string | undefined {
  return node?.attribs?.['w:val'];
}

function rowsOf(tbl: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (const child of childElements(tbl)) {
    if (child.name === 'w:tr') out.push(child);
    else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') out.push(...rowsOf(child));
  }
  return out;
}

function cellsOf(tr: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (const child of childElements(tr)) {
    if (child.name === 'w:tc') out.push(child);
    else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') out.push(...cellsOf(child));
  }
  return out;
}

/** Grid columns skipped before the row's first cell (w:trPr/w:gridBefore). */
function gridBefore(tr: DomNode): number {
  const props = childElements(tr, 'w:trPr')[0];
  const before = props && childElements(props, 'w:gridBefore')[0];
  return Number.parseInt(valOf(before) ?? '0', 10) || 0;
}

/** A cell's paragraphs, including those of tables nested in it (their text joins the cell's). */
function paragraphsOf(container: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (const child of childElements(container)) {
    if (child.name === 'w:p') out.push(child);
    else if (child.name === 'w:tcPr') continue;
    else out.push(...paragraphsOf(child));
  }
  return out;
}

/** A paragraph's text: runs, tabs and breaks in order; deleted revisions and field codes left out. */
function paragraphText(p: DomNode): string {
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (!isElement(node)) return;
    switch (node.name) {
      case 'w:t':
        parts.push((node.children ?? []).map((c) => c.data ?? '').join(''));
        return;
      case 'w:tab':
        parts.push('\t');
        return;
      case 'w:br':
      case 'w:cr':
        // A page break inside a paragraph is not a line of the text.
        if (node.attribs?.['w:type'] !== 'page') parts.push('\n');
        return;
      case 'w:noBreakHyphen':
        parts.push('-');
        return;
      case 'w:del':
      case 'mc:Fallback': // The same content again, for older Word versions.
      case 'w:instrText':
      case 'w:delText':
      case 'w:pPr':
      case 'w:rPr':
        return;
      default:
        for (const child of node.children ?? []) visit(child);
    }
  };
  for (const child of p.children ?? []) visit(child);
  return parts.join('');
}

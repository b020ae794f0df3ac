// Reads a PDF's text layer with pdf.js (no canvas, no worker thread: the worker's code runs in this
// thread) and hands the placed text to pdfLayout. A PDF without text (a scan) is refused with one clear
// message; pages without text among pages with text are reported as warnings.

import { msg, type Message } from '../service';
import { layoutPages, type PageText, type PlacedText } from './pdfLayout';
import type { ImportResult } from './types';

/** Reads pdf.js's predefined CMaps (`kind` 'cmap', name like `UniGB-UCS2-H.bcmap`) and standard fonts. */
export type PdfDataLoader = (kind: 'cmap' | 'font', name: string) => Promise<Uint8Array | null>;

/** Fewer letters than this in the whole file: there is no text layer to speak of. */
const MIN_TEXT = 10;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoading: Promise<PdfJs> | null = null;

export async function importPdf(bytes: Uint8Array, loadData?: PdfDataLoader): Promise<ImportResult> {
  let pages: PageText[];
  // The CMaps and fonts pdf.js asked for and did not get: without a CMap, a font's text cannot be read.
  const missing = new Set<string>();
  try {
    pages = await readPages(bytes, loadData, missing);
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') return { error: msg('PDF 文件有密码保护，无法读取') };
    return { error: msg('无法读取 PDF 文件（{0}）', error instanceof Error ? error.message : String(error)) };
  }
  const letters = (page: PageText) => page.items.reduce((n, item) => n + item.text.replace(/\s+/g, '').length, 0);
  const total = pages.reduce((n, page) => n + letters(page), 0);
  const missingCMaps = [...missing].filter((name) => name.endsWith('.bcmap')).map((name) => name.replace(/\.bcmap$/, ''));
  if (total < MIN_TEXT && missingCMaps.length > 0)
    return { error: msg('PDF 的字体未嵌入，读取它所需的字符映射（{0}）不可用，无法读取', missingCMaps.join('、')) };
  if (total < MIN_TEXT) return { error: msg('扫描件，无文字层，无法核对') };
  const warnings: Message[] = [];
  if (missingCMaps.length > 0)
    warnings.push(msg('PDF 的字体未嵌入，读取它所需的字符映射（{0}）不可用，部分文字可能未读出', missingCMaps.join('、')));
  const empty = pages.filter((page) => letters(page) === 0).map((page) => page.page);
  if (empty.length > 0) warnings.push(msg('第 {0} 页没有文字层（可能是扫描页），未能读取', empty.join('、')));
  const { text, sourceMap } = layoutPages(pages);
  return { kind: 'pdf', text, sourceMap, warnings };
}

/** pdf.js loaded once, on first use, with what it needs in Node and without its console warnings. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    installDomMatrix();
    // pdf.js warns on load that it cannot draw (no canvas package) on the console, which is the CLI's
    // output and the language server's log; drawing is not needed, so the warnings are held back.
    const { log, warn } = console;
    console.log = () => undefined;
    console.warn = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return pdfjsLoading;
}

async function readPages(bytes: Uint8Array, loadData: PdfDataLoader | undefined, missing: Set<string>): Promise<PageText[]> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
  const data = new Uint8Array(bytes);
  const BinaryDataFactory = class {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const found = loadData ? await loadData(kind === 'cMapUrl' ? 'cmap' : 'font', filename) : null;
      if (!found) {
        missing.add(filename);
        throw new Error(`missing ${filename}`);
      }
      return found;
    }
  };
  const task = pdfjs.getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    // The factory ignores the URLs; they only need to be present for pdf.js to ask for the data.
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: 'standard_fonts/',
    BinaryDataFactory,
  } as Parameters<PdfJs['getDocument']>[0]);
  const document = await task.promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        // Into the viewport's space: top-left origin, the page's rotation applied.
        const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const size = Math.hypot(m[2]!, m[3]!);
        if (Math.abs(m[1]!) > 0.01 * size) continue; // Rotated text (stamps, watermarks) is not report text.
        items.push({ text: item.str, x: m[4]!, y: m[5]!, width: item.width * (viewport.scale || 1), size });
      }
      pages.push({ page: number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * pdf.js builds a DOMMatrix when it loads and for Type3 fonts, and only finds one in Node when the
 * optional native canvas package is there. Text extraction needs just the 2D affine arithmetic.
 */
function installDomMatrix(): void {
  const global = globalThis as { DOMMatrix?: unknown };
  if (global.DOMMatrix) return;
  class Matrix2D {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    constructor(init?: number[]) {
      if (Array.isArray(init) && init.length >= 6)
        [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
    }
    get is2D(): boolean {
      return true;
    }
    get isIdentity(): boolean {
      return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
    }
    multiplySelf(o: Matrix2D): this {
      const { a, b, c, d, e, f } = this;
      this.a = a * o.a + c * o.b;
      this.b = b * o.a + d * o.b;
      this.c = a * o.c + c * o.d;
      this.d = b * o.c + d * o.d;
      this.e = a * o.e + c * o.f + e;
      this.f = b * o.e + d * o.f + f;
      return this;
    }
    preMultiplySelf(o: Matrix2D): this {
      const copy = new Matrix2D([o.a, o.b, o.c, o.d, o.e, o.f]).multiplySelf(this);
      Object.assign(this, { a: copy.a, b: copy.b, c: copy.c, d: copy.d, e: copy.e, f: copy.f });
      return this;
    }
    multiply(o: Matrix2D): Matrix2D {
      return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(o);
    }
    translateSelf(x = 0, y = 0): this {
      return this.multiplySelf(new Matrix2D([1, 0, 0, 1, x, y]));
    }
    translate(x = 0, y = 0): Matrix2D {
      return this.multiply(new Matrix2D([1, 0, 0, 1, x, y]));
    }
    scaleSelf(x = 1, y = x): this {
      return this.multiplySelf(new Matrix2D([x, 0, 0, y, 0, 0]));
    }
    scale(x = 1, y = x): Matrix2D {
      return this.multiply(new Matrix2D([x, 0, 0, y, 0, 0]));
    }
    invertSelf(): this {
      const det = this.a * this.d - this.b * this.c;
      if (!det) {
        Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN });
        return this;
      }
      const { a, b, c, d, e, f } = this;
      Object.assign(this, { a: d / det, b: -b / det, c: -c / det, d: a / det, e: (c * f - d * e) / det, f: (b * e - a * f) / det });
      return this;
    }
    inverse(): Matrix2D {
      return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).invertSelf();
    }
    transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
      const x = p.x ?? 0;
      const y = p.y ?? 0;
      return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
    }
  }
  global.DOMMatrix = Matrix2D;
}

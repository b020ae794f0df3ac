// Test fixture: writes a PDF by hand whose Chinese font is not embedded — STSong-Light through the
// predefined CMap UniGB-UCS2-H, as many government systems still produce — so reading it needs pdf.js's
// CMaps. No font file is needed to write it, so this PDF test runs on any machine.

import { blocksOf } from './generate';

interface Placed {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** Width of a text in the font: CJK full width, ASCII half width. */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? size / 2 : size;
  return width;
}

function hexUcs2(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex.toUpperCase();
}

/** Lays the draft out: paragraphs wrapped at the margin (first line indented), tables as a grid. */
function layout(draft: string): Placed[][] {
  const pages: Placed[][] = [[]];
  const left = 50;
  const right = 545;
  let y = 800;
  const place = (text: string, x: number, size: number) => pages[pages.length - 1]!.push({ text, x, y, size });
  const advance = (by: number) => {
    y -= by;
    if (y < 60) {
      pages.push([]);
      y = 800;
    }
  };
  for (const block of blocksOf(draft)) {
    if (block.kind === 'paragraph') {
      const size = 10.5;
      let line = '';
      let indent = 2 * size;
      for (const ch of block.text) {
        if (textWidth(line + ch, size) + indent > right - left) {
          place(line, left + indent, size);
          advance(size * 1.6);
          line = '';
          indent = 0;
        }
        line += ch;
      }
      if (line) place(line, left + indent, size);
      advance(size * 1.8);
      continue;
    }
    const width = block.rows[0]!.length;
    let size = 7;
    const widths = new Array<number>(width).fill(0);
    for (const row of block.rows) {
      const header = !row.some((c) => /^\d+$/.test(c));
      row.forEach((cell, c) => {
        if (header && row[c + 1] === '' && c + 1 < width) return;
        widths[c] = Math.max(widths[c]!, textWidth(cell, 1) + 1.5);
      });
    }
    size = Math.min(7, (right - left) / widths.reduce((a, b) => a + b, 0));
    const xs: number[] = [];
    widths.reduce((x, w, i) => ((xs[i] = x), x + w * size), left);
    for (const row of block.rows) {
      row.forEach((cell, c) => {
        if (cell) place(cell, xs[c]!, size);
      });
      advance(size * 2);
    }
    advance(6);
  }
  return pages;
}

export function toRawPdf(draft: string): Uint8Array {
  const pages = layout(draft);
  const objects: string[] = [];
  // Fixed objects: 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor; then page and content pairs.
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  pages.forEach((placed, i) => {
    const content = placed
      .map((p) => `BT /F1 ${p.size.toFixed(2)} Tf 1 0 0 1 ${p.x.toFixed(2)} ${p.y.toFixed(2)} Tm <${hexUcs2(p.text)}> Tj ET`)
      .join('\n');
    objects[pageIds[i]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

// Test fixture: turns a draft (text with tab-separated table rows) into the published forms reviewers
// receive — a web page (UTF-8 or GB18030, with navigation and scripts around the body, merged header
// cells as rowspan/colspan), a Word .docx (gridSpan/vMerge) and a PDF (laid out as a table grid with a
// CJK font) — so a test can check that each reads back to the same findings and numbers.

import * as fs from 'node:fs';
import * as iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';

export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Paragraph lines, and tables: runs of non-blank lines of which at least one has a tab. */
export function blocksOf(draft: string): Block[] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of draft.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) groups.push(current);
  const blocks: Block[] = [];
  for (const group of groups) {
    if (!group.some((line) => line.includes('\t'))) {
      for (const line of group) blocks.push({ kind: 'paragraph', text: line.trim() });
      continue;
    }
    // Lines before the first tab line that read as a caption stay paragraphs only if the group starts
    // with a heading; here every line of the group is a table row, as in a real form.
    const rows = group.map((line) => line.split('\t').map((cell) => cell.trim()));
    const width = Math.max(...rows.map((r) => r.length));
    blocks.push({ kind: 'table', rows: rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]) });
  }
  return blocks;
}

const NUMBER = /^\d+(?:\.\d+)?$/;

interface PlacedCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Merges a table's empty cells into their neighbours as a form does: in rows without numbers (headers
 * and captions) a text cell spans the empty cells to its right, and a header cell spans the empty cells
 * below it in the next header rows. Covered cells were empty, so reading the merges back must give the
 * same rows.
 */
export function mergeCells(rows: string[][]): PlacedCell[] {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const covered = rows.map((r) => r.map(() => false));
  const isHeader = rows.map((r) => !r.some((c) => NUMBER.test(c)));
  const cells: PlacedCell[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (covered[r]![c]) continue;
      const text = rows[r]![c]!;
      let colSpan = 1;
      let rowSpan = 1;
      if (text && isHeader[r]) {
        while (c + colSpan < width && !rows[r]![c + colSpan] && !covered[r]![c + colSpan]) colSpan++;
        if (colSpan === 1) {
          while (r + rowSpan < height && isHeader[r + rowSpan] && !rows[r + rowSpan]![c] && !covered[r + rowSpan]![c]) rowSpan++;
        }
      }
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) covered[r + dr]![c + dc] = true;
      cells.push({ text, row: r, col: c, rowSpan, colSpan });
    }
  }
  return cells;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A government-site page: navigation, a script and a footer around the report's body. */
export function toHtml(draft: string, encoding: 'utf8' | 'gb18030' = 'utf8'): Uint8Array {
  const blocks = blocksOf(draft);
  const title = blocks[0]?.kind === 'paragraph' ? blocks[0].text : '年度报告';
  const body: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      body.push(`<p style="text-indent:2em">\n  ${escapeXml(block.text)}&nbsp;</p>`);
      continue;
    }
    body.push('<table border="1" cellspacing="0">\n<tbody>');
    const cells = mergeCells(block.rows);
    for (let r = 0; r < block.rows.length; r++) {
      const tds = cells
        .filter((c) => c.row === r)
        .map((c) => {
          const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
          return `<td${spans}><p>${escapeXml(c.text)}</p></td>`;
        });
      body.push(`<tr>${tds.join('')}</tr>`);
    }
    body.push('</tbody>\n</table>');
  }
  const charset = encoding === 'utf8' ? 'utf-8' : 'gb2312';
  const html = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeXml(title)}_澄水县人民政府网</title>
<script>var site = "政府信息公开工作年度报告";</script>
<style>p { margin: 0 }</style>
</head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/gk">政务公开</a> | <a href="/hd">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gk/nb">年度报告</a></div>
<div class="main-content">
<div class="article">
${body.join('\n')}
</div>
</div>
<div class="share">分享到：微信 微博</div>
<footer><p>主办：澄水县人民政府办公室　版权所有</p><script>counter();</script></footer>
</body>
</html>
`;
  return encoding === 'utf8' ? new Uint8Array(Buffer.from(html, 'utf8')) : new Uint8Array(iconv.encode(html, 'gb18030'));
}

function docxRun(text: string): string {
  return text ? `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '';
}

/** A minimal but valid .docx: content types, package relationships and the document part. */
export function toDocx(draft: string): Uint8Array {
  const parts: string[] = [];
  for (const block of blocksOf(draft)) {
    if (block.kind === 'paragraph') {
      parts.push(`<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>${docxRun(block.text)}</w:p>`);
      continue;
    }
    const width = block.rows[0]!.length;
    const cells = mergeCells(block.rows);
    const grid = `<w:tblGrid>${'<w:gridCol w:w="800"/>'.repeat(width)}</w:tblGrid>`;
    const trs: string[] = [];
    for (let r = 0; r < block.rows.length; r++) {
      const tcs: string[] = [];
      for (let c = 0; c < width;) {
        const own = cells.find((cell) => cell.row === r && cell.col === c);
        if (own) {
          const props = `${own.colSpan > 1 ? `<w:gridSpan w:val="${own.colSpan}"/>` : ''}${own.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
          tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${800 * own.colSpan}" w:type="dxa"/>${props}</w:tcPr><w:p>${docxRun(own.text)}</w:p></w:tc>`);
          c += own.colSpan;
          continue;
        }
        // Covered by a cell above: Word writes a continuation cell with vMerge and no value.
        const above = cells.find((cell) => cell.col === c && cell.row < r && cell.row + cell.rowSpan > r);
        const span = above?.colSpan ?? 1;
        tcs.push(`<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
        c += span;
      }
      trs.push(`<w:tr>${tcs.join('')}</w:tr>`);
    }
    parts.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs.join('')}</w:tbl>`);
    parts.push('<w:p/>');
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}

/** Breaks a text into lines no wider than `width` (character by character, as CJK text breaks). */
function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch) > width + 0.01) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** CJK fonts a Debian machine may have; .ci/run installs fonts-wqy-microhei. */
const CJK_FONTS: Array<{ file: string; family?: string }> = [
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

export function findCjkFont(): { file: string; family?: string } | null {
  return CJK_FONTS.find((font) => fs.existsSync(font.file)) ?? null;
}

export interface PdfOptions {
  font: { file: string; family?: string };
  /** Pages to add before the report with no text at all (as a scanned page is). */
  blankPagesFirst?: number;
  /** Only blank pages: a scan. */
  scanOnly?: boolean;
  /**
   * Text cells at most this many characters wide, longer ones wrapped onto several lines inside the
   * cell (as in a printed form), placed at the top of the row or centred in it.
   */
  wrap?: { chars: number; align: 'top' | 'middle' };
  /** Cell text centred in its column (as most printed forms do) rather than at its left. */
  centre?: boolean;
}

/**
 * A PDF as word processors print reports: paragraphs wrapped at the margin with a first-line indent,
 * tables as a grid (each column as wide as its widest cell), page numbers in the footer.
 */
export async function toPdf(draft: string, options: PdfOptions): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', options.font.file, options.font.family);
  const left = 56;
  const right = 595 - 56;
  const bottom = 842 - 70;
  let pageNumber = 0;
  const newPage = () => {
    doc.addPage();
    pageNumber++;
    doc
      .font('cjk')
      .fontSize(9)
      .text(`- ${pageNumber} -`, 280, 842 - 40, { lineBreak: false });
    doc.fontSize(11);
    doc.y = 60;
  };
  for (let i = 0; i < (options.blankPagesFirst ?? 0); i++) {
    doc.addPage();
    pageNumber++;
  }
  if (options.scanOnly) {
    // A scan is a picture of the page; a grey box stands in for it.
    doc.addPage();
    doc.rect(100, 100, 300, 400).fill('#888888');
  } else {
    newPage();
    for (const block of blocksOf(draft)) {
      if (block.kind === 'paragraph') {
        doc.font('cjk').fontSize(11);
        const height = doc.heightOfString(block.text, { width: right - left, indent: 22 });
        if (doc.y + height > bottom) newPage();
        doc.text(block.text, left, doc.y, { width: right - left, indent: 22, lineGap: 4 });
        doc.moveDown(0.3);
        continue;
      }
      const width = block.rows[0]!.length;
      const widthsAt = (size: number) => {
        doc.font('cjk').fontSize(size);
        const widths = new Array<number>(width).fill(0);
        // A column is as wide as its widest cell; a header spanning empty cells does not widen it.
        for (const row of block.rows) {
          const header = !row.some((c) => NUMBER.test(c));
          row.forEach((cell, c) => {
            if (header && row[c + 1] === '' && c + 1 < width) return;
            const cap = options.wrap ? options.wrap.chars * size : Infinity;
            widths[c] = Math.max(widths[c]!, Math.min(cap, doc.widthOfString(cell)) + size * 1.2);
          });
        }
        return widths;
      };
      const natural = widthsAt(7).reduce((a, b) => a + b, 0);
      // A wide table gets a smaller font rather than overlapping cells.
      const size = 7 * Math.min(1, (right - left) / natural);
      const widths = widthsAt(size);
      const xs: number[] = [];
      widths.reduce((x, w, i) => ((xs[i] = x), x + w), left);
      doc.y += 6;
      const lineHeight = size * 1.35;
      for (const row of block.rows) {
        doc.font('cjk').fontSize(size);
        // Only a text wider than its column wraps; a header over empty cells to its right runs on into them.
        const lines = row.map((cell, c) => {
          if (!cell) return [];
          const spans = row[c + 1] === '' && !row.some((v) => NUMBER.test(v));
          return options.wrap && !spans ? wrapText(cell, widths[c]! - size * 1.2, (text) => doc.widthOfString(text)) : [cell];
        });
        const height = Math.max(1, ...lines.map((l) => l.length));
        if (doc.y + lineHeight * height + size > bottom) {
          newPage();
          doc.font('cjk').fontSize(size);
        }
        const y = doc.y;
        lines.forEach((cellLines, c) => {
          const offset = options.wrap?.align === 'middle' ? ((height - cellLines.length) * lineHeight) / 2 : 0;
          cellLines.forEach((line, i) => {
            // A centred cell spanning the empty cells to its right is centred over all of them.
            let span = 1;
            while (options.centre && c + span < width && row[c + span] === '' && !row.some((v) => NUMBER.test(v))) span++;
            const room = xs[c + span - 1]! + widths[c + span - 1]! - xs[c]!;
            const x = options.centre ? xs[c]! + (room - doc.widthOfString(line)) / 2 : xs[c]!;
            doc.text(line, x, y + offset + i * lineHeight, { lineBreak: false });
          });
        });
        doc.y = y + height * lineHeight + size * 0.6;
      }
      doc.y += 6;
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

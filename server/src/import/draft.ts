// Builds a draft line by line while recording, for every piece of text, where it came from; the
// importers share it so their drafts and source maps are made the same way.

import type { SourceLocation, SourceMap, SourceSegment } from './types';

/** One cell or run of text and where it came from. */
export interface Piece {
  text: string;
  source: SourceLocation;
}

export class DraftBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: SourceSegment[] = [];
  private lineCount = 0;
  private lastBlank = true;

  /** Adds a paragraph line made of pieces joined without separator. Empty lines are skipped. */
  paragraph(pieces: Piece[]): void {
    const text = pieces.map((p) => p.text).join('');
    if (!text.trim()) return;
    this.startLine();
    for (const piece of pieces) this.push(piece.text, piece.source);
    this.lastBlank = false;
  }

  /** Continues the last line (a paragraph wrapped by the page layout); starts one if there is none. */
  appendToLine(piece: Piece): void {
    if (this.lineCount === 0 || this.lastBlank) {
      this.paragraph([piece]);
      return;
    }
    this.push(piece.text, piece.source);
  }

  /**
   * Adds a table row: cells joined by tabs, an empty cell (null) where nothing stands. A row with text in
   * its first cell only (a caption, a heading or a group label spanning the table) is written as a plain
   * line, as it reads; trailing tabs would hide a heading from the parser.
   */
  row(cells: Array<Piece | null>): void {
    if (cells.every((c) => c === null || !c.text.trim())) return;
    const first = cells[0];
    if (first && first.text.trim() && cells.slice(1).every((c) => c === null || !c.text.trim())) {
      this.paragraph([{ ...first, text: cleanCell(first.text) }]);
      return;
    }
    this.startLine();
    cells.forEach((cell, index) => {
      if (index > 0) this.push('\t', null);
      if (cell) this.push(cleanCell(cell.text), cell.source);
    });
    this.lastBlank = false;
  }

  /** Ends a block (a table, a page's text) with an empty line, once. */
  blankLine(): void {
    if (this.lastBlank) return;
    this.startLine();
    this.lastBlank = true;
  }

  result(): { text: string; sourceMap: SourceMap } {
    let text = this.parts.join('');
    text = text.replace(/\n+$/, '');
    return { text: text.length > 0 ? `${text}\n` : '', sourceMap: { segments: this.segments.filter((s) => s.start < text.length) } };
  }

  private startLine(): void {
    if (this.lineCount > 0) this.push('\n', null);
    this.lineCount++;
  }

  private push(text: string, source: SourceLocation | null): void {
    if (text.length === 0) return;
    if (source) this.segments.push({ start: this.length, end: this.length + text.length, source });
    this.parts.push(text);
    this.length += text.length;
  }
}

/** A cell's text on one line: no tabs or line breaks inside, runs of spaces collapsed. */
export function cleanCell(text: string): string {
  return text
    .replace(/[\t\r\n\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Lays out a table's rows (rowspan/colspan already resolved) as draft rows. */
export function addTable(draft: DraftBuilder, grid: Array<Array<Piece | null>>): void {
  draft.blankLine();
  for (const row of grid) draft.row(row);
  draft.blankLine();
}

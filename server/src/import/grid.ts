// Resolves a table's merged cells into a plain grid: a merged cell's text stands once, in its top-left
// position, and the positions it covers stay empty, so every row keeps its columns in place.

import type { Piece } from './draft';

export interface SpanningCell {
  piece: Piece | null;
  rowSpan: number;
  colSpan: number;
}

/** Generous limits: a malformed `rowspan="65535"` must not make a grid of millions of cells. */
const MAX_SPAN = 1000;

export function resolveGrid(rows: SpanningCell[][]): Array<Array<Piece | null>> {
  const grid: Array<Array<Piece | null>> = [];
  // Per column, how many more rows a cell from above still covers.
  const coveredUntil: number[] = [];
  rows.forEach((cells, rowIndex) => {
    const out: Array<Piece | null> = [];
    let column = 0;
    const skipCovered = () => {
      while ((coveredUntil[column] ?? -1) >= rowIndex) {
        out[column] = null;
        column++;
      }
    };
    for (const cell of cells) {
      skipCovered();
      const colSpan = clampSpan(cell.colSpan);
      const rowSpan = clampSpan(cell.rowSpan);
      out[column] = cell.piece;
      for (let c = column; c < column + colSpan; c++) {
        if (c > column) out[c] = null;
        if (rowSpan > 1) coveredUntil[c] = Math.max(coveredUntil[c] ?? -1, rowIndex + rowSpan - 1);
      }
      column += colSpan;
    }
    // Cells from above that reach past the row's last own cell keep their columns empty too.
    while (column < coveredUntil.length) {
      if ((coveredUntil[column] ?? -1) >= rowIndex) out[column] = null;
      column++;
    }
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    grid.push(out);
  });
  return grid;
}

function clampSpan(span: number): number {
  return Number.isFinite(span) && span >= 1 ? Math.min(Math.floor(span), MAX_SPAN) : 1;
}

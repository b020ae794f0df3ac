// Which inputs the checks read, for the incremental analysis (service/incremental.ts): the checks named
// here are per-table checks, every other check reads the whole document and re-runs on every version.

/**
 * Checks whose findings on a document are the concatenation, table by table in document order, of their
 * findings on the same document holding only that table; and whose findings on one table depend on nothing
 * but the table, the text of its lines (and the line after it), its section key, the document's year,
 * expected format and line-break style, and the options. The incremental analysis
 * keeps their findings per table and reuses them while all of these stay the same.
 * A check belongs here only when it looks at no other table (the sum checks compare violations within
 * one table only) and keeps no state between runs other than caches keyed by the document object.
 */
export const PER_TABLE_CHECKS: ReadonlySet<string> = new Set([
  'table/cell-count',
  'table/cell-invalid',
  'table/cell-blank',
  'table/row-missing',
  'table/label-variant',
  'sum/balance',
  'sum/row-total',
  'sum/results-total',
  'sum/review-total',
]);

// Cursor positions for hover tests, read from the test's own draft and never from the parser's output: a
// piece of text that occurs once, or a value counted by tabs along a row of a tab-separated table.

/** The offset of `needle` in the draft, where it must occur exactly once. */
export function uniqueOffset(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`not exactly once in the draft: ${JSON.stringify(needle)}`);
  return at;
}

/** The offset where tab-separated field `k` (0-based) starts, counting field 0 from `from`, on that line. */
export function fieldAt(text: string, from: number, k: number): number {
  const lineEnd = text.includes('\n', from) ? text.indexOf('\n', from) : text.length;
  let at = from;
  for (let i = 0; i < k; i++) {
    const tab = text.indexOf('\t', at);
    if (tab < 0 || tab >= lineEnd) throw new Error(`the line at ${from} has no field ${k}`);
    at = tab + 1;
  }
  return at;
}

/** The offset of the k-th (0-based) value after `label`, the cell that holds it, on the label's line. */
export function valueAfter(text: string, label: string, k: number): number {
  return fieldAt(text, uniqueOffset(text, label), k + 1);
}

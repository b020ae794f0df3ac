// Bounded memo tables for the parser's pure string functions (width folding, label normalisation, cell
// classification): reports repeat the same labels and cells, so most calls are answered from the table.

/** Strings longer than this are computed every time: they rarely repeat, and hashing them costs as much. */
const MAX_KEY_LENGTH = 64;
/** A table is emptied when it reaches this many entries, which keeps memory bounded on any input. */
const MAX_ENTRIES = 20_000;

/**
 * Wraps a pure function of a string in a bounded memo table. The function's result must never be
 * mutated by a caller, since the same value is handed out again.
 */
export function memoizeString<T>(compute: (text: string) => T): (text: string) => T {
  const table = new Map<string, T>();
  registerMemoTable(() => table.clear());
  return (text: string): T => {
    if (text.length > MAX_KEY_LENGTH) return compute(text);
    const hit = table.get(text);
    if (hit !== undefined || table.has(text)) return hit as T;
    const value = compute(text);
    if (table.size >= MAX_ENTRIES) table.clear();
    table.set(text, value);
    return value;
  };
}

const clearers: Array<() => void> = [];

/** Registers a memo table of the parser, so that clearMemoTables empties it too. */
export function registerMemoTable(clear: () => void): void {
  clearers.push(clear);
}

/**
 * Empties every memo table of the parser. Results never depend on what the tables hold; tests clear them
 * to compare an analysis made with warm tables (after edits) against one made from nothing.
 */
export function clearMemoTables(): void {
  for (const clear of clearers) clear();
}

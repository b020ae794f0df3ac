// Small text rules of the commands, kept apart from the vscode API so they are unit-tested.

/**
 * The text to put in place of a selection so that a block (a table) stands on lines of its own: a line
 * break before it when text precedes the cursor on its line, and after it when text follows.
 */
export function blockInsertion(lineText: string, startCharacter: number, selectionEmpty: boolean, block: string, eol: string): string {
  const body = block.replace(/(\r?\n)+$/, '');
  const before = lineText.slice(0, startCharacter).trim() ? eol : '';
  const after = selectionEmpty && lineText.slice(startCharacter).trim() ? eol : '';
  return before + body + after;
}

/** Years a report can be for: the statistics start with the 2008 条例; a year far ahead is a typo. */
export function validYear(value: string, now = new Date()): boolean {
  const text = value.trim();
  if (!/^\d{4}$/.test(text)) return false;
  const year = Number(text);
  return year >= 2008 && year <= now.getFullYear() + 1;
}

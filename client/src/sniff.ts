// Decides from its opening whether a plain-text document is an annual report on government information
// disclosure. Keep in step with server/src/lsp/sniff.ts, which the server applies to Markdown documents.

/** How much of the text is looked at: the title and the opening paragraph are always in here. */
export const SNIFF_LENGTH = 4096;

export function looksLikeReport(text: string): boolean {
  const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  return head.includes('政府信息公开') && head.includes('年度报告');
}

// Decides from its first characters whether a text is an annual report on government information
// disclosure. Shared by the language server (Markdown and plain-text documents), the CLI (Markdown files
// found in folders) and the VS Code client (switching plain-text documents to the report language).

/** How much of the text is looked at: the title and the opening paragraph are always in here. */
export const SNIFF_LENGTH = 4096;

export function looksLikeReport(text: string): boolean {
  const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  return head.includes('政府信息公开') && head.includes('年度报告');
}

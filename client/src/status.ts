// What the status bar item shows, from the server's report status (nianbao/reportStatus): the text the
// server wrote in the UI language behind a table icon, and a tooltip with one line per table and the
// findings by severity. Pure, so it is tested without VS Code.

import type { ReportStatusResult } from '../../server/src/lsp/protocol';

export interface StatusView {
  text: string;
  tooltip: string;
  /** For screen readers: the same without the icon. */
  label: string;
}

/** `$(table) 2023 · 2021 版 · 表格 3/3 · 勾稽 ✓`; the tooltip ends with what a click does. */
export function statusView(status: Pick<ReportStatusResult, 'text' | 'details'>, clickHint: string): StatusView {
  return {
    text: `$(table) ${status.text}`,
    tooltip: [...status.details, '', clickHint].join('\n'),
    label: status.text,
  };
}

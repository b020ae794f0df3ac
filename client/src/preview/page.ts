// The preview panel's page: a strict Content-Security-Policy (nothing remote, no inline code without the
// nonce), the styles for the official table layout and the finding marks, and a small script that swaps
// in the tables the server renders and reports clicks on cells. Pure, so it is unit-tested.

export interface PageStrings {
  /** The page title (also read by screen readers). */
  title: string;
  /** The line above the tables explaining the red cells and clicking. */
  legend: string;
  /** Shown until the first tables arrive. */
  loading: string;
}

export interface PageOptions {
  /** A fresh random value per page; only the style and script elements that carry it may run. */
  nonce: string;
  /** `zh-cn` or `en`, for the page's `lang` attribute. */
  language: string;
  strings: PageStrings;
}

/** The Content-Security-Policy of the page: no network, no plugins, only the nonce's style and script. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    `default-src 'none'`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src 'none'`,
    `font-src 'none'`,
    `connect-src 'none'`,
    `form-action 'none'`,
    `base-uri 'none'`,
  ].join('; ');
}

export function previewPage(options: PageOptions): string {
  const { nonce, strings } = options;
  const lang = options.language === 'en' ? 'en' : 'zh-CN';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeText(strings.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<p class="legend"><span class="swatch"></span>${escapeText(strings.legend)}</p>
<p id="status" class="status" role="status"></p>
<main id="tables"><p class="loading">${escapeText(strings.loading)}</p></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Styles from the editor's theme variables, so the tables read well in light, dark and high-contrast themes. */
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
h2 { font-size: 1.15em; margin: 1.4em 0 0.5em; }
h2 .format { font-weight: normal; font-size: 0.85em; opacity: 0.75; margin-left: 0.5em; }
.legend, .status { opacity: 0.85; margin: 0.6em 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em; background: rgba(229, 20, 0, 0.25); border: 2px solid var(--vscode-editorError-foreground, #e51400); }
table.report-table { border-collapse: collapse; margin-bottom: 0.5em; }
.report-table th, .report-table td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, #888)); padding: 3px 7px; }
.report-table th { background: var(--vscode-editorWidget-background, transparent); font-weight: normal; text-align: center; }
.report-table th.row-label, .report-table th.block { text-align: left; }
.report-table th.row-label { min-width: 10em; }
.report-table th.note { font-size: 0.85em; min-width: 10em; max-width: 18em; }
.report-table th.group { min-width: 4.5em; max-width: 8em; }
.report-table td { text-align: right; font-variant-numeric: tabular-nums; min-width: 2.5em; cursor: pointer; }
.report-table td.not-read { cursor: default; background: repeating-linear-gradient(45deg, transparent, transparent 4px, rgba(128, 128, 128, 0.15) 4px, rgba(128, 128, 128, 0.15) 8px); }
.report-table td.kind-blank, .report-table td.kind-dash { opacity: 0.9; }
.report-table .finding { background: rgba(229, 20, 0, 0.25); color: var(--vscode-errorForeground, #e51400); outline: 2px solid var(--vscode-editorError-foreground, #e51400); outline-offset: -2px; font-weight: bold; }
.report-table .finding.sev-information, .report-table .finding.sev-hint { background: rgba(229, 20, 0, 0.12); outline-width: 1px; font-weight: normal; }
.report-table td:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
ul.notes { margin: 0.3em 0 0.6em; padding-left: 1.2em; }
ul.notes li { color: var(--vscode-errorForeground, #e51400); }
.absent, .loading { font-style: italic; opacity: 0.8; }
`;

/**
 * The page's only code. It never builds HTML itself: it swaps in the fragment the language server rendered
 * (every text escaped there) and posts the id of a clicked cell back to the extension.
 */
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('tables');
  const status = document.getElementById('status');
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'update') return;
    root.innerHTML = message.html;
    status.textContent = message.status || '';
  });
  function reveal(target) {
    const cell = target && target.closest ? target.closest('td[data-cell]') : null;
    if (cell && !cell.classList.contains('not-read')) vscode.postMessage({ type: 'reveal', cell: cell.getAttribute('data-cell') });
  }
  root.addEventListener('click', function (event) { reveal(event.target); });
  root.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); reveal(event.target); }
  });
  vscode.postMessage({ type: 'ready' });
})();
`;

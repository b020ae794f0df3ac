// Deliberate breakages of the extension, one per feature the end-to-end tests cover, for
// scripts/e2e/break-check.sh: each is applied to a throw-away copy of the project, never to the real
// tree, and the e2e tests must then fail. A break whose anchor text is no longer in the source fails
// loudly, so a refactoring cannot silently turn the check into a no-op.
//
// Usage: node scripts/e2e/breaks.js list
//        node scripts/e2e/breaks.js apply NAME COPY_ROOT
'use strict';
const fs = require('fs');
const path = require('path');

/** name → what it breaks, and the source edits (file, anchor text, replacement) that break it. */
const BREAKS = {
  hover: {
    what: 'the hover handler answers nothing',
    edits: [
      ['server/src/lsp/handlers/hover.ts', 'params: HoverParams): Hover | null {', 'params: HoverParams): Hover | null {\n  return null;'],
    ],
  },
  'code-actions': {
    what: 'the code-action handler offers no action (quick fixes and fix-all)',
    edits: [
      [
        'server/src/lsp/handlers/codeActions.ts',
        'params: CodeActionParams): CodeAction[] {',
        'params: CodeActionParams): CodeAction[] {\n  return [];',
      ],
    ],
  },
  symbols: {
    what: 'the document-symbol handler returns no outline',
    edits: [
      [
        'server/src/lsp/handlers/documentSymbols.ts',
        'DocumentSymbol[] | SymbolInformation[] {',
        'DocumentSymbol[] | SymbolInformation[] {\n  return [];',
      ],
    ],
  },
  formatting: {
    what: 'the formatting handler returns no edits',
    edits: [
      [
        'server/src/lsp/handlers/formatting.ts',
        "range?: DocumentRangeFormattingParams['range']): TextEdit[] {",
        "range?: DocumentRangeFormattingParams['range']): TextEdit[] {\n  return [];",
      ],
    ],
  },
  'new-report': {
    what: 'the new-report template gets a wrong （七）总计',
    edits: [
      [
        'server/src/lsp/handlers/templates.ts',
        'return { text: newReportText({ agency, year }) };',
        "return { text: newReportText({ agency, year }).replace(/（七）总计\\t0/, '（七）总计\\t1') };",
      ],
    ],
  },
  preview: {
    what: 'the tables preview is rendered without the findings (no red cells)',
    edits: [
      [
        'server/src/lsp/handlers/preview.ts',
        'previewTables(entry.analysis, language)',
        'previewTables({ ...entry.analysis, findings: [] }, language)',
      ],
    ],
  },
  'status-bar': {
    what: 'the status bar item always says every 勾稽关系 holds',
    edits: [
      [
        'client/src/statusBar.ts',
        'const view = statusView(status,',
        "const view = statusView({ ...status, text: status.text.replace(/勾稽 ✗ \\d+/, '勾稽 ✓') },",
      ],
    ],
  },
  'code-lens': {
    what: 'the CodeLens handler returns no lens',
    edits: [
      [
        'server/src/lsp/handlers/codeLens.ts',
        'params: CodeLensParams): CodeLens[] {',
        'params: CodeLensParams): CodeLens[] {\n  return [];',
      ],
    ],
  },
  'inlay-hints': {
    what: 'the inlay-hint handler returns no hint',
    edits: [
      [
        'server/src/lsp/handlers/inlayHints.ts',
        'params: InlayHintParams): InlayHint[] {',
        'params: InlayHintParams): InlayHint[] {\n  return [];',
      ],
    ],
  },
};

function apply(name, root) {
  const b = BREAKS[name];
  if (!b) throw new Error(`unknown break “${name}”; known: ${Object.keys(BREAKS).join(', ')}`);
  for (const [file, anchor, replacement] of b.edits) {
    const full = path.join(root, file);
    const text = fs.readFileSync(full, 'utf8');
    const at = text.indexOf(anchor);
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0)
      throw new Error(`${file}: the anchor of break “${name}” is not found exactly once: ${anchor}`);
    fs.writeFileSync(full, text.slice(0, at) + replacement + text.slice(at + anchor.length));
  }
}

module.exports = { BREAKS, apply };

if (require.main === module) {
  const [cmd, name, root] = process.argv.slice(2);
  if (cmd === 'list') {
    for (const [n, b] of Object.entries(BREAKS)) console.log(`${n}\t${b.what}`);
  } else if (cmd === 'apply' && name && root) {
    apply(name, path.resolve(root));
    console.log(`broke ${name}: ${BREAKS[name].what}`);
  } else {
    console.error('usage: node scripts/e2e/breaks.js list | apply NAME COPY_ROOT');
    process.exit(2);
  }
}

// Quick fixes that insert a section skeleton (section/missing's `插入“五、…”`) are applied as snippets, so
// the cursor lands on the empty line where the section's text goes and Tab moves to the next one. The
// server sends plain text edits (LSP has no snippet edits in the version the client speaks); this
// middleware rewrites exactly those: one insertion whose text begins with a section heading.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { templateSnippet } from '../../server/src/service';

/** A standard section heading at the start of an inserted text (after any line breaks). */
const SECTION_START = /^(?:\r?\n)*[一二三四五六]、/;

function asSnippetEdit(edit: vscode.WorkspaceEdit): vscode.WorkspaceEdit | undefined {
  const entries = edit.entries();
  if (entries.length !== 1) return undefined;
  const [uri, edits] = entries[0]!;
  if (edits.length !== 1) return undefined;
  const [only] = edits;
  if (!only || !only.range.isEmpty || !SECTION_START.test(only.newText)) return undefined;
  const snippet = templateSnippet(only.newText);
  // Nothing to jump to: keep the plain edit.
  if (!/\$\{\d+/.test(snippet)) return undefined;
  const rewritten = new vscode.WorkspaceEdit();
  rewritten.set(uri, [vscode.SnippetTextEdit.insert(only.range.start, new vscode.SnippetString(snippet))]);
  return rewritten;
}

export const snippetFixes: Middleware = {
  async provideCodeActions(document, range, context, token, next) {
    const actions = await next(document, range, context, token);
    if (!actions) return actions;
    for (const action of actions) {
      if (action instanceof vscode.CodeAction && action.edit) {
        const snippet = asSnippetEdit(action.edit);
        if (snippet) action.edit = snippet;
      }
    }
    return actions;
  },
};

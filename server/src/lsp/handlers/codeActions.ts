// Code actions: each diagnostic's fixes as quick fixes, “fix all of this kind” when a check fires more
// than once, and `source.fixAll.nianbao` for the safe fixes (the ones editor.codeActionsOnSave may run).

import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { safeFixEdits } from '../../service/features/apply';
import { setLanguage, t } from '../../service/l10n';
import type { Finding, TextEdit as CoreEdit } from '../../service/model/types';
import type { DocumentEntry } from '../cache';
import type { ServerContext } from '../context';
import { DIAGNOSTIC_SOURCE, fixKey, toSpan, toTextEdits } from '../convert';
import { guard } from '../guard';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(guard(ctx.connection, 'codeAction', (params: CodeActionParams) => provideCodeActions(ctx, params), []));
}

/** True when an action of `kind` was asked for: no filter, or a filter that is `kind` or a parent of it. */
function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function provideCodeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const document = ctx.documents.get(params.textDocument.uri);
  if (!document) return [];
  const entry = ctx.cache.get(document);
  if (entry.kind !== 'report' || !entry.analysis) return [];
  setLanguage(entry.analysis.language ?? 'zh-cn');
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wanted(only, CodeActionKind.QuickFix)) {
    const kindsOffered = new Set<string>();
    // One wrong total breaks several relations, and each finding offers the same `改为 N`: the menu shows
    // such a fix once, attached to every diagnostic it resolves.
    const offered = new Map<string, CodeAction>();
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(entry, diagnostic);
      if (!finding?.fixes?.length) continue;
      finding.fixes.forEach((fix, index) => {
        const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
        const same = offered.get(key);
        if (same) {
          same.diagnostics = [...(same.diagnostics ?? []), diagnostic];
          return;
        }
        const action = CodeAction.create(fix.title, edit(ctx, entry, fix.edits), CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        if (index === 0 && fix.safe) action.isPreferred = true;
        offered.set(key, action);
        actions.push(action);
      });
      if (!kindsOffered.has(finding.id)) {
        kindsOffered.add(finding.id);
        const sameKind = entry.analysis.findings.filter((f) => f.id === finding.id && f.fixes?.some((x) => x.safe));
        const edits = safeFixEdits(sameKind);
        if (sameKind.length > 1 && edits.length > 0) {
          const action = CodeAction.create(t('修复本文档中所有“{0}”问题（{1} 处）', finding.id, sameKind.length), edit(ctx, entry, edits), CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          actions.push(action);
        }
      }
    }
  }

  if (only && wanted(only, FIX_ALL_KIND)) {
    const edits = safeFixEdits(entry.analysis.findings);
    if (edits.length > 0) actions.push(CodeAction.create(t('修复所有可安全自动修复的问题'), edit(ctx, entry, edits), FIX_ALL_KIND));
  }
  return actions;
}

/** The finding a diagnostic came from, if it was published for the entry's version of the text. */
function findingOf(entry: DocumentEntry, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return undefined;
  return entry.findingsByKey.get(fixKey(diagnostic.code, toSpan(entry, diagnostic.range)));
}

function edit(ctx: ServerContext, entry: DocumentEntry, edits: CoreEdit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = toTextEdits(entry, edits);
  if (ctx.client.documentChanges) {
    // A versioned edit is refused by the client if the document moved on since the request.
    return { documentChanges: [TextDocumentEdit.create({ uri: entry.uri, version: entry.version }, textEdits)] };
  }
  return { changes: { [entry.uri]: textEdits } };
}

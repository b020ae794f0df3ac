// Code actions: each diagnostic's fixes as quick fixes, “fix all of this kind” when a check fires more
// than once, and `source.fixAll.nianbao` for the safe fixes (the ones editor.codeActionsOnSave may run).
// A diagnostic finds its own finding through its `data` (version and index), never by id and range, and a
// fix counts as safe only once the core has verified it on this version (applied, re-analysed, better).

import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { VERIFY_LENGTH_LIMIT, type Finding, type Fix, type FixAllResult, type FixRequest, type TextEdit as CoreEdit } from '../../service';
import { type DocumentEntry, dismissedFindings, findingOfData, memoized } from '../cache';
import type { ServerContext } from '../context';
import { DIAGNOSTIC_SOURCE, toRange, toSpan, toTextEdits } from '../convert';
import { guard } from '../guard';
import { dismissActions } from './dismiss';
import { reportEntry, type ReportEntry } from './entry';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Above this length fixes are offered unverified (see the core's features/codeActions.ts). */
export { VERIFY_LENGTH_LIMIT };

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(guard(ctx.connection, 'codeAction', (params: CodeActionParams) => provideCodeActions(ctx, params), []));
  ctx.connection.onCodeActionResolve(
    guard(ctx.connection, 'codeActionResolve', (action: CodeAction) => resolveCodeAction(ctx, action), undefined as unknown as CodeAction),
  );
}

/** What a “fix all of this kind” action offered without its edit carries, to compute the edit on resolve. */
interface FixKindData {
  nianbaoFixKind: { uri: string; version: number; checkId: string };
}

/** True when the client resolves an action's edit lazily (codeAction/resolve), as VS Code does. */
function resolvesEdits(ctx: ServerContext): boolean {
  return ctx.capabilities.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') === true;
}

/**
 * Computes the edit of a “fix all of this kind” action: every verified fix of that check, to a fixed point.
 * An action of a version that is no longer current gets no edit rather than one on the wrong text.
 */
export function resolveCodeAction(ctx: ServerContext, action: CodeAction): CodeAction {
  const data = (action.data as Partial<FixKindData> | undefined)?.nianbaoFixKind;
  if (!data || action.edit) return action;
  const entry = reportEntry(ctx, data.uri);
  if (!entry || entry.version !== data.version) return action;
  const result = fixAll(entry, data.checkId);
  return { ...action, edit: edit(ctx, entry, result.edits) };
}

/** True when an action of `kind` was asked for: no filter, or a filter that is `kind` or a parent of it. */
function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function provideCodeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  // Editors ask for quick fixes on every cursor move and keystroke. Quick fixes belong to diagnostics of
  // the current version only, so a request without such a diagnostic needs no analysis: a document being
  // typed in is not analysed once per keystroke just to find there is nothing to offer.
  const only = params.context.only;
  if (!only || only.length === 0 || (only.length === 1 && only[0] === CodeActionKind.QuickFix)) {
    const version = ctx.documents.get(params.textDocument.uri)?.version;
    const current = params.context.diagnostics.some(
      (d) => (d.data as { finding?: { version?: unknown } } | undefined)?.finding?.version === version,
    );
    if (!current) return [];
  }
  const entry = reportEntry(ctx, params.textDocument.uri);
  if (!entry) return [];
  // Fix titles and the actions' own titles are written in the language the diagnostics were shown in.
  const { render } = entry.service;
  const actions: CodeAction[] = [];

  if (wanted(only, CodeActionKind.QuickFix)) {
    // Which fixes to offer, merged and in which order, is the core's (features/codeActions.ts); here they
    // become actions attached to the diagnostics they resolve.
    const asked: Array<{ diagnostic: Diagnostic; request: FixRequest }> = [];
    for (const diagnostic of params.context.diagnostics) {
      const found = findingOf(entry, diagnostic);
      if (!found?.finding.fixes?.length) continue;
      asked.push({ diagnostic, request: { ...found, fixes: verifiedFixesOf(entry, found.index) } });
    }
    const diagnosticOf = (position: number): Diagnostic => asked[position]!.diagnostic;
    for (const item of entry.service.quickFixes(
      entry.analysis,
      asked.map((a) => a.request),
    )) {
      if (item.kind === 'fix') {
        const action = CodeAction.create(render(item.fix.title), edit(ctx, entry, item.fix.edits), CodeActionKind.QuickFix);
        action.diagnostics = item.requests.map(diagnosticOf);
        if (item.preferred) action.isPreferred = true;
        actions.push(action);
      } else if (resolvesEdits(ctx) && entry.text.length <= VERIFY_LENGTH_LIMIT) {
        // Verifying every fix of the kind costs one analysis or more per fix: done when the action is
        // chosen (codeAction/resolve), not each time the menu opens. Only verified fixes are applied.
        const action = CodeAction.create(entry.service.fixAllOfKindTitle(item.checkId, item.proposed), CodeActionKind.QuickFix);
        action.diagnostics = [diagnosticOf(item.request)];
        const data: FixKindData = { nianbaoFixKind: { uri: entry.uri, version: entry.version, checkId: item.checkId } };
        action.data = data;
        actions.push(action);
      } else {
        const result = fixAll(entry, item.checkId);
        if (result.applied > 1) {
          const action = CodeAction.create(
            entry.service.fixAllOfKindTitle(item.checkId, result.applied),
            edit(ctx, entry, result.edits),
            CodeActionKind.QuickFix,
          );
          action.diagnostics = [diagnosticOf(item.request)];
          actions.push(action);
        }
      }
    }
    // Last in the menu: recording that the reviewer disagrees, after every way to fix the text.
    actions.push(
      ...dismissActions(
        entry.uri,
        params.context.diagnostics.filter((d) => findingOf(entry, d)),
        entry.service.language,
      ),
    );
  }

  if (only && wanted(only, FIX_ALL_KIND)) {
    const result = fixAll(entry);
    if (result.edits.length > 0) actions.push(CodeAction.create(entry.service.fixAllTitle(), edit(ctx, entry, result.edits), FIX_ALL_KIND));
  }
  return actions;
}

/**
 * The finding a diagnostic came from: named by the diagnostic's data, of this entry's version, with the
 * same id and range. A diagnostic of another version, source or place gets nothing rather than a guess.
 */
function findingOf(entry: DocumentEntry, diagnostic: Diagnostic): { finding: Finding; index: number } | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const found = findingOfData(entry, diagnostic.data);
  if (!found || found.finding.id !== diagnostic.code) return undefined;
  const span = toSpan(entry, diagnostic.range);
  const own = toSpan(entry, toRange(entry, found.finding.range));
  return span.start === own.start && span.end === own.end ? found : undefined;
}

/** The finding's fixes with `safe` verified on this version (computed once per finding and version). */
function verifiedFixesOf(entry: ReportEntry, index: number): Fix[] {
  return memoized(entry, `fixes:${index}`, () => entry.service.verifiedFixesOf(entry.text, entry.analysis, index));
}

/** Every verified fix (of one check, or all), applied to a fixed point, as edits on this version. */
function fixAll(entry: ReportEntry, checkId?: string): FixAllResult {
  // A dismissed finding is not fixed behind the reviewer's back (e.g. on save).
  return memoized(entry, `fixAll:${checkId ?? '*'}`, () =>
    entry.service.fixAll(entry.text, entry.analysis, { checkId, dismissed: dismissedFindings(entry) }),
  );
}

function edit(ctx: ServerContext, entry: DocumentEntry, edits: CoreEdit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = toTextEdits(entry, edits);
  if (ctx.client.documentChanges) {
    // A versioned edit is refused by the client if the document moved on since the request.
    return { documentChanges: [TextDocumentEdit.create({ uri: entry.uri, version: entry.version }, textEdits)] };
  }
  return { changes: { [entry.uri]: textEdits } };
}

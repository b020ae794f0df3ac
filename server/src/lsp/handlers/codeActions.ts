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
import { applySafeFixes, verifiedFixes, type Analysis } from '../../service';
import { setLanguage, t } from '../../service/l10n';
import type { Finding, TextEdit as CoreEdit } from '../../service/model/types';
import { type DocumentEntry, dismissedFindings, findingOfData, memoized } from '../cache';
import type { ServerContext } from '../context';
import { DIAGNOSTIC_SOURCE, toRange, toSpan, toTextEdits } from '../convert';
import { guard } from '../guard';
import { dismissActions } from './dismiss';
import { reportEntry, type ReportEntry } from './entry';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/**
 * Verifying a fix re-analyses the whole document once per fix. Above this length (no real report comes
 * near it) quick fixes are offered unverified, never as preferred, and fix-all tries one batch only.
 */
export const VERIFY_LENGTH_LIMIT = 512 * 1024;

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
  setLanguage(entry.analysis.language ?? 'zh-cn');
  const actions: CodeAction[] = [];

  if (wanted(only, CodeActionKind.QuickFix)) {
    const kindsOffered = new Set<string>();
    // One wrong total breaks several relations, and each finding offers the same `改为 N`: the menu shows
    // such a fix once, attached to every diagnostic it resolves.
    const offered = new Map<string, CodeAction>();
    for (const diagnostic of params.context.diagnostics) {
      const found = findingOf(entry, diagnostic);
      if (!found?.finding.fixes?.length) continue;
      const { finding, index } = found;
      const fixes = verifiedFixesOf(entry, index);
      fixes.forEach((fix, fixIndex) => {
        const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
        const same = offered.get(key);
        if (same) {
          same.diagnostics = [...(same.diagnostics ?? []), diagnostic];
          if (fixIndex === 0 && fix.safe) same.isPreferred = true;
          return;
        }
        const action = CodeAction.create(fix.title, edit(ctx, entry, fix.edits), CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        if (fixIndex === 0 && fix.safe) action.isPreferred = true;
        offered.set(key, action);
        actions.push(action);
      });
      if (!kindsOffered.has(finding.id)) {
        kindsOffered.add(finding.id);
        const proposed = entry.analysis.findings.filter((f) => f.id === finding.id && f.fixes?.some((x) => x.safe)).length;
        if (proposed > 1 && resolvesEdits(ctx) && entry.text.length <= VERIFY_LENGTH_LIMIT) {
          // Verifying every fix of the kind costs one analysis or more per fix: done when the action is
          // chosen (codeAction/resolve), not each time the menu opens. Only verified fixes are applied.
          const action = CodeAction.create(t('修复本文档中所有“{0}”问题（{1} 处）', finding.id, proposed), CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          const data: FixKindData = { nianbaoFixKind: { uri: entry.uri, version: entry.version, checkId: finding.id } };
          action.data = data;
          actions.push(action);
        } else if (proposed > 1) {
          const result = fixAll(entry, finding.id);
          if (result.applied > 1) {
            const action = CodeAction.create(
              t('修复本文档中所有“{0}”问题（{1} 处）', finding.id, result.applied),
              edit(ctx, entry, result.edits),
              CodeActionKind.QuickFix,
            );
            action.diagnostics = [diagnostic];
            actions.push(action);
          }
        }
      }
    }
    // Last in the menu: recording that the reviewer disagrees, after every way to fix the text.
    actions.push(
      ...dismissActions(
        entry.uri,
        params.context.diagnostics.filter((d) => findingOf(entry, d)),
      ),
    );
  }

  if (only && wanted(only, FIX_ALL_KIND)) {
    const result = fixAll(entry);
    if (result.edits.length > 0)
      actions.push(CodeAction.create(t('修复所有可安全自动修复的问题'), edit(ctx, entry, result.edits), FIX_ALL_KIND));
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
function verifiedFixesOf(entry: ReportEntry, index: number) {
  return memoized(entry, `fixes:${index}`, () => {
    const finding = entry.analysis.findings[index];
    // A request may name a finding of an older version that this one no longer has.
    if (!finding?.fixes?.some((f) => f.safe)) return finding?.fixes ?? [];
    if (entry.text.length > VERIFY_LENGTH_LIMIT) return finding.fixes.map((f) => ({ ...f, safe: false }));
    const verified: Analysis = verifiedFixes(entry.text, entry.analysis, entry.options, (_, i) => i === index);
    return verified.findings[index]?.fixes ?? [];
  });
}

/** Every verified fix (of one check, or all), applied to a fixed point, as edits on this version. */
function fixAll(entry: ReportEntry, checkId?: string): { edits: CoreEdit[]; applied: number } {
  return memoized(entry, `fixAll:${checkId ?? '*'}`, () => {
    // A dismissed finding is not fixed behind the reviewer's back (e.g. on save). The re-analyses fixing
    // goes through have no fingerprints at hand, so findings are matched by check and cell (or message).
    const signature = (f: Finding) => `${f.id}\u0000${typeof f.data?.cell === 'string' ? `cell:${f.data.cell}` : `message:${f.message}`}`;
    const dismissed = new Set(dismissedFindings(entry).map(signature));
    const result = applySafeFixes(
      entry.text,
      entry.options,
      {
        accept: (f) => (!checkId || f.id === checkId) && !dismissed.has(signature(f)),
        maxAnalyses: entry.text.length > VERIFY_LENGTH_LIMIT ? 1 : undefined,
      },
      entry.analysis,
    );
    setLanguage(entry.analysis.language ?? 'zh-cn');
    return { edits: result.edits, applied: result.applied.length };
  });
}

function edit(ctx: ServerContext, entry: DocumentEntry, edits: CoreEdit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = toTextEdits(entry, edits);
  if (ctx.client.documentChanges) {
    // A versioned edit is refused by the client if the document moved on since the request.
    return { documentChanges: [TextDocumentEdit.create({ uri: entry.uri, version: entry.version }, textEdits)] };
  }
  return { changes: { [entry.uri]: textEdits } };
}

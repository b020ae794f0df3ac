// 「忽略此问题」: the quick fix on every nianbao diagnostic of a file that records the finding's fingerprint in
// `.nianbao.json` (see dismissals.ts). The code action carries the command `nianbao.dismissFinding`; the
// server executes it and asks the client to change the file with workspace/applyEdit, so the client needs
// no code of its own, and the file's other content stays as it was.

import * as fs from 'node:fs';
import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  type Diagnostic,
  type ExecuteCommandParams,
  TextDocumentEdit,
  TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { computeLineStarts, translator, type UiLanguage } from '../../service';
import type { ServerContext } from '../context';
import { DIAGNOSTIC_SOURCE, toRange } from '../convert';
import { configFileUri, dismissalEdit, type Dismissals } from '../dismissals';
import { describeError, guard } from '../guard';

export const DISMISS_COMMAND = 'nianbao.dismissFinding';

export interface DismissArguments {
  uri: string;
  fingerprint: string;
}

/** The fingerprint a diagnostic of this server carries in its data, if any. */
function fingerprintOf(diagnostic: Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const fingerprint = (diagnostic.data as { fingerprint?: unknown } | null | undefined)?.fingerprint;
  return typeof fingerprint === 'string' && /^[0-9a-f]{16}$/.test(fingerprint) ? fingerprint : undefined;
}

/** One 「忽略此问题」 per finding; none for a document that is not a file (nowhere to record it). */
export function dismissActions(uri: string, diagnostics: readonly Diagnostic[], language: UiLanguage = 'zh-cn'): CodeAction[] {
  if (!uri.startsWith('file:')) return [];
  const { t } = translator(language);
  const candidates = new Map<string, Diagnostic>();
  for (const diagnostic of diagnostics) {
    const fingerprint = fingerprintOf(diagnostic);
    if (fingerprint && !candidates.has(fingerprint)) candidates.set(fingerprint, diagnostic);
  }
  const actions: CodeAction[] = [];
  for (const [fingerprint, diagnostic] of candidates) {
    // Several findings on one cell (a wrong total breaks several relations): each dismissal names its check.
    const title = candidates.size === 1 ? t('忽略此问题') : t('忽略此问题（{0}）', String(diagnostic.code));
    const args: DismissArguments = { uri, fingerprint };
    const action = CodeAction.create(title, { title, command: DISMISS_COMMAND, arguments: [args] }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
}

export interface DismissHooks {
  dismissals: Dismissals;
  /** Publishes every open document's diagnostics again (the dismissed finding disappears). */
  refresh(): void;
}

export function registerDismiss(ctx: ServerContext, hooks: DismissHooks): void {
  ctx.connection.onExecuteCommand(
    guard(
      ctx.connection,
      'executeCommand',
      async (params: ExecuteCommandParams) => {
        if (params.command !== DISMISS_COMMAND) return null;
        const args = params.arguments?.[0] as Partial<DismissArguments> | undefined;
        if (typeof args?.uri !== 'string' || typeof args.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(args.fingerprint)) return null;
        await dismiss(ctx, hooks, args.uri, args.fingerprint);
        return null;
      },
      null,
    ),
  );
}

async function dismiss(ctx: ServerContext, hooks: DismissHooks, uri: string, fingerprint: string): Promise<void> {
  const file = hooks.dismissals.targetFile(uri);
  if (file === null) return;
  const { t } = translator(ctx.settings.language);
  let existing: string | null = null;
  try {
    existing = fs.readFileSync(file, 'utf8');
  } catch {
    existing = null; // No file yet: it is created.
  }
  const change = dismissalEdit(existing, fingerprint);
  if (!change.ok) {
    if (change.reason === 'invalid') void ctx.connection.window.showErrorMessage(t('{0} 不是有效的 JSON 对象，未能记录忽略', file));
    else {
      hooks.dismissals.add(uri, fingerprint);
      hooks.refresh();
    }
    return;
  }
  const target = configFileUri(file);
  const applied = await applyThroughClient(ctx, target, existing, change.edits);
  if (!applied) {
    // A client that cannot edit files (or refused): the file is written here, the result is the same.
    try {
      fs.writeFileSync(file, change.text, 'utf8');
    } catch (error) {
      void ctx.connection.window.showErrorMessage(t('无法写入 {0}：{1}', file, describeError(error)));
      return;
    }
  }
  hooks.dismissals.add(uri, fingerprint);
  hooks.refresh();
}

/** Asks the client to make the change (so an open editor of the file sees it); false when it cannot. */
async function applyThroughClient(
  ctx: ServerContext,
  target: string,
  existing: string | null,
  edits: Array<{ offset: number; length: number; content: string }>,
): Promise<boolean> {
  const workspace = ctx.capabilities.workspace;
  if (!workspace?.applyEdit) return false;
  const { t } = translator(ctx.settings.language);
  const index = { lineStarts: computeLineStarts(existing ?? ''), length: (existing ?? '').length };
  const textEdits = edits.map((e) => TextEdit.replace(toRange(index, { start: e.offset, end: e.offset + e.length }), e.content));
  let edit: WorkspaceEdit;
  if (existing === null) {
    if (!ctx.client.documentChanges || !workspace.workspaceEdit?.resourceOperations?.includes('create')) return false;
    edit = {
      documentChanges: [
        CreateFile.create(target, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri: target, version: null }, textEdits),
      ],
    };
  } else if (ctx.client.documentChanges) {
    edit = { documentChanges: [TextDocumentEdit.create({ uri: target, version: null }, textEdits)] };
  } else {
    edit = { changes: { [target]: textEdits } };
  }
  try {
    const result = await ctx.connection.workspace.applyEdit({ label: t('忽略此问题'), edit });
    return result.applied;
  } catch {
    return false;
  }
}

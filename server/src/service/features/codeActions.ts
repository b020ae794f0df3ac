// What the quick-fix menu offers, decided in the core so the editor and the CLI agree: each finding's fixes
// with `safe` verified on the text, the same fix offered once for every finding it resolves, and “fix all
// of this kind” when a check proposes a safe fix more than once. The LSP layer only turns this into actions.

import type { Analysis } from '../index';
import type { Translator } from '../l10n';
import type { Finding, Fix, TextEdit } from '../model/types';

/**
 * Verifying a fix re-analyses the whole document once per fix. Above this length (no real report comes
 * near it) fixes are offered unverified, never as preferred, and fix-all tries one batch only.
 */
export const VERIFY_LENGTH_LIMIT = 512 * 1024;

/** One finding the menu is asked about, with its fixes as verified on this version. */
export interface FixRequest {
  /** The finding's place in the analysis. */
  index: number;
  finding: Finding;
  fixes: readonly Fix[];
}

/** One entry of the quick-fix menu, in the order the menu shows them. */
export type QuickFixItem =
  | {
      kind: 'fix';
      fix: Fix;
      /** The first fix of a finding, verified safe: what the editor applies on its own. */
      preferred: boolean;
      /** Positions (in the requests) of every finding this same fix resolves. */
      requests: number[];
    }
  | {
      kind: 'fixAll';
      checkId: string;
      /** How many findings of the check propose a safe fix. */
      proposed: number;
      /** Position (in the requests) of the finding that offers it. */
      request: number;
    };

/**
 * The quick-fix menu for these findings. One wrong total breaks several relations and each finding offers
 * the same `改为 N`: such a fix is listed once, attached to every finding it resolves. After the fixes of
 * a finding comes, once per check, “fix all of this kind” when the check proposes more than one safe fix.
 */
export function quickFixItems(analysis: Analysis, requests: readonly FixRequest[]): QuickFixItem[] {
  const items: QuickFixItem[] = [];
  const offered = new Map<string, Extract<QuickFixItem, { kind: 'fix' }>>();
  const kindsOffered = new Set<string>();
  requests.forEach((request, position) => {
    if (!request.finding.fixes?.length) return;
    request.fixes.forEach((fix, fixIndex) => {
      const preferred = fixIndex === 0 && fix.safe;
      // Titles are compared as messages, so the menu merges the same fix whatever the language.
      const key = `${JSON.stringify(fix.title)}\u0000${JSON.stringify(fix.edits)}`;
      const same = offered.get(key);
      if (same) {
        same.requests.push(position);
        if (preferred) same.preferred = true;
        return;
      }
      const item: Extract<QuickFixItem, { kind: 'fix' }> = { kind: 'fix', fix, preferred, requests: [position] };
      offered.set(key, item);
      items.push(item);
    });
    const checkId = request.finding.id;
    if (kindsOffered.has(checkId)) return;
    kindsOffered.add(checkId);
    const proposed = analysis.findings.filter((f) => f.id === checkId && f.fixes?.some((x) => x.safe)).length;
    if (proposed > 1) items.push({ kind: 'fixAll', checkId, proposed, request: position });
  });
  return items;
}

/** The title of “fix all of this kind”: the check and how many findings it fixes. */
export function fixAllOfKindTitle(tr: Translator, checkId: string, count: number): string {
  return tr.t('修复本文档中所有“{0}”问题（{1} 处）', checkId, count);
}

/** The title of the action that applies every safe fix of the document. */
export function fixAllTitle(tr: Translator): string {
  return tr.t('修复所有可安全自动修复的问题');
}

/** What fix-all is asked to do. */
export interface FixAllRequest {
  /** Only fixes of this check (default: every check). */
  checkId?: string;
  /** Findings a reviewer dismissed: their fixes are not applied behind the reviewer's back. */
  dismissed?: readonly Finding[];
}

/**
 * Which findings fix-all may fix. The re-analyses fixing goes through have no fingerprints at hand, so a
 * dismissed finding is recognised by check and cell (or message).
 */
export function fixAllFilter(request: FixAllRequest): (finding: Finding) => boolean {
  const signature = (f: Finding) =>
    `${f.id}\u0000${typeof f.data?.cell === 'string' ? `cell:${f.data.cell}` : `message:${JSON.stringify(f.message)}`}`;
  const dismissed = new Set((request.dismissed ?? []).map(signature));
  return (f) => (!request.checkId || f.id === request.checkId) && !dismissed.has(signature(f));
}

/** The result of fix-all as edits on the text it was asked about. */
export interface FixAllResult {
  edits: TextEdit[];
  /** How many fixes were applied. */
  applied: number;
}

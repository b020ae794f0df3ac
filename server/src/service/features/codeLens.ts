// The CodeLenses above each standard table: how many of its 勾稽关系 hold (or why they cannot be counted)
// and a link to the tables preview. Pure: the language server turns them into LSP CodeLenses and commands.

import type { Analysis } from '../index';
import type { Span, TableKind } from '../model/types';
import { translator, type UiLanguage } from '../l10n';
import { reportSummary, tableLensTitle } from './reportStatus';

export interface TableLens {
  /** Where the lens stands: the table's first character (VS Code shows it above that line). */
  range: Span;
  table: TableKind;
  title: string;
  /** `preview` opens the tables preview; `none` is plain text. */
  action: 'preview' | 'none';
}

export function tableLenses(analysis: Analysis, language?: UiLanguage): TableLens[] {
  const tr = translator(language);
  const lenses: TableLens[] = [];
  for (const summary of reportSummary(analysis.doc).tables) {
    // A missing table has no line to stand on; the status bar and table/missing speak for it.
    if (!summary.range) continue;
    const range = { start: summary.range.start, end: summary.range.start };
    lenses.push({ range, table: summary.kind, title: tableLensTitle(tr, summary), action: 'none' });
    lenses.push({ range, table: summary.kind, title: tr.t('预览'), action: 'preview' });
  }
  return lenses;
}

// Where a finding in an imported draft stands in the published file, for the CLI's JSON and SARIF
// output: the source place of the finding's first character, in data and in words.

import { renderMessage, type UiLanguage } from '../service';
import { describeLocation, sourceLocationAt } from './locate';
import type { ImportKind, SourceLocation, SourceMap } from './types';

/** What the CLI keeps of an imported file to point findings back into it. */
export interface ImportedSource {
  kind: ImportKind;
  sourceMap: SourceMap;
}

export type FindingSource = SourceLocation & { text: string };

/** The finding's place in the original file (JSON output: `source`, in words in `language`), or null if the map has none. */
export function findingSource(imported: ImportedSource, span: { start: number }, language: UiLanguage): FindingSource | null {
  const location = sourceLocationAt(imported.sourceMap, span.start);
  return location ? { ...location, text: renderMessage(describeLocation(location), language) } : null;
}

/**
 * A SARIF location in the original file: a line/column region for web pages (their source is text);
 * for PDF and Word, which have no lines, the place goes into the location's message and properties.
 */
export function sarifSourceLocation(source: FindingSource, artifactLocation: object): Record<string, unknown> {
  if (source.kind === 'html') {
    return { physicalLocation: { artifactLocation, region: { startLine: source.line, startColumn: source.column } } };
  }
  const { text, ...place } = source;
  return { physicalLocation: { artifactLocation }, message: { text }, properties: { source: place } };
}

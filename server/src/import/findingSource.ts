// Where a finding in an imported draft stands in the published file, for the CLI's JSON and SARIF
// output: the source place of the finding's first character, in data and in words.

import { describeLocation, shortLocation, sourceLocationAt } from './locate';
import type { ImportKind, SourceLocation, SourceMap } from './types';

/** What the CLI keeps of an imported file to point findings back into it. */
export interface ImportedSource {
  kind: ImportKind;
  sourceMap: SourceMap;
}

export type FindingSource = SourceLocation & { text: string };

/** The finding's place in the original file (JSON output: `source`), or null if the map has none. */
export function findingSource(imported: ImportedSource, span: { start: number }): FindingSource | null {
  const location = sourceLocationAt(imported.sourceMap, span.start);
  return location ? { ...location, text: describeLocation(location) } : null;
}

/**
 * A SARIF location in the original file: a line/column region for web pages (their source is text);
 * for PDF and Word, which have no lines, the place goes into the location's message and properties.
 */
export function sarifSourceLocation(imported: ImportedSource, span: { start: number }, artifactLocation: Record<string, unknown>): Record<string, unknown> {
  const source = findingSource(imported, span);
  if (!source) return { physicalLocation: { artifactLocation } };
  if (source.kind === 'html') {
    return { physicalLocation: { artifactLocation, region: { startLine: source.line, startColumn: source.column } } };
  }
  const { text, ...place } = source;
  return { physicalLocation: { artifactLocation }, message: { text }, properties: { source: place } };
}

/** The finding's place in the original file in a few characters, for the text listing; null if unknown. */
export function findingSourceShort(imported: ImportedSource, span: { start: number }): string | null {
  const location = sourceLocationAt(imported.sourceMap, span.start);
  return location ? shortLocation(location) : null;
}

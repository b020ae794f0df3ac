// The one way handlers reach a document's analysis: the open document's cache entry for its current
// version, or nothing when the document is unknown or is not analysed as a report.

import type { Analysis } from '../../service';
import type { DocumentEntry } from '../cache';
import type { ServerContext } from '../context';

export type ReportEntry = DocumentEntry & { analysis: Analysis };

export function reportEntry(ctx: ServerContext, uri: string): ReportEntry | undefined {
  const document = ctx.documents.get(uri);
  if (!document) return undefined;
  const entry = ctx.cache.get(document);
  return entry.kind === 'report' && entry.analysis ? (entry as ReportEntry) : undefined;
}

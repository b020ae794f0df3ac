// textDocument/documentSymbol: the core's outline (title, sections with their sub-headings, tables with
// table 三's row groups) as a DocumentSymbol tree, which drives the Outline view, Breadcrumbs and
// “Go to Symbol”; a flat list for clients that cannot take a tree.

import { type DocumentSymbol, type DocumentSymbolParams, type Range, SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { type SymbolNode, type SymbolNodeKind, type Span } from '../../service';
import { memoized } from '../cache';
import type { ServerContext } from '../context';
import { type LineIndex, toRange } from '../convert';
import { guard } from '../guard';
import { reportEntry } from './entry';

const KINDS: Record<SymbolNodeKind, SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.Module,
  subheading: SymbolKind.String,
  table: SymbolKind.Struct,
  rowGroup: SymbolKind.Array,
  row: SymbolKind.Field,
};

export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(
    guard(ctx.connection, 'documentSymbol', (params: DocumentSymbolParams) => provideDocumentSymbols(ctx, params), []),
  );
}

export function provideDocumentSymbols(ctx: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] {
  const entry = reportEntry(ctx, params.textDocument.uri);
  if (!entry) return [];
  // The outline of a version never changes: it is built once and served from the entry afterwards.
  return memoized(entry, `symbols:${ctx.client.hierarchicalSymbols}`, () => {
    const tree = entry.service.outline(entry.analysis).map((node) => toSymbol(entry, node));
    return ctx.client.hierarchicalSymbols ? tree : flatten(params.textDocument.uri, tree);
  });
}

/**
 * Converts one node. VS Code rejects a whole outline if one symbol's selection range lies outside its
 * range, so the range is widened to cover the selection whatever the core computed.
 */
function toSymbol(index: LineIndex, node: SymbolNode): DocumentSymbol {
  const selection = clampSpan(node.selectionRange, index.length);
  const own = clampSpan(node.range, index.length);
  const span = { start: Math.min(own.start, selection.start), end: Math.max(own.end, selection.end) };
  const children = node.children.map((child) => toSymbol(index, child));
  // Children outside their parent would be dropped or misplaced by the editor: the parent grows to hold them.
  const range = children.reduce<Range>((acc, c) => union(acc, c.range), toRange(index, span));
  return {
    name: node.name.trim() || '…',
    detail: node.detail || undefined,
    kind: KINDS[node.kind] ?? SymbolKind.Object,
    range,
    selectionRange: toRange(index, selection),
    children,
  };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.min(Math.max(0, span.start), length);
  return { start, end: Math.min(Math.max(start, span.end), length) };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function union(a: Range, b: Range): Range {
  return { start: before(b.start, a.start) ? b.start : a.start, end: before(a.end, b.end) ? b.end : a.end };
}

function flatten(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    SymbolInformation.create(s.name, s.kind, s.selectionRange, uri, container),
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}

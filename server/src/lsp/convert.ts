// Translates between the core's world (UTF-16 offsets, findings, fixes) and the protocol's
// (line/character positions, diagnostics, text edits). Nothing here knows about requests or timing.

import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Position, Range, TextEdit } from 'vscode-languageserver';
import {
  offsetAt,
  positionAt,
  renderData,
  renderMessage,
  type Finding,
  type Severity,
  type Span,
  type TextEdit as CoreEdit,
  type UiLanguage,
} from '../service';

/** Every diagnostic this server publishes carries this source, so code actions can recognise its own. */
export const DIAGNOSTIC_SOURCE = 'nianbao';

/** The text a position table was computed for, so offsets can be clamped to it. */
export interface LineIndex {
  lineStarts: number[];
  length: number;
}

export function toPosition(index: LineIndex, offset: number): Position {
  const clamped = Math.min(Math.max(0, offset), index.length);
  const { line, character } = positionAt(index.lineStarts, clamped);
  return Position.create(line, character);
}

export function toRange(index: LineIndex, span: Span): Range {
  const start = toPosition(index, span.start);
  const end = toPosition(index, Math.max(span.start, span.end));
  return Range.create(start, end);
}

export function toOffset(index: LineIndex, position: Position): number {
  return offsetAt(index.lineStarts, index.length, position);
}

export function toSpan(index: LineIndex, range: Range): Span {
  return { start: toOffset(index, range.start), end: toOffset(index, range.end) };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toTextEdits(index: LineIndex, edits: CoreEdit[]): TextEdit[] {
  return edits.map((edit) => TextEdit.replace(toRange(index, edit.range), edit.newText));
}

/** Which finding of which analysis a diagnostic shows: the document version and the finding's index. */
export interface FindingRef {
  version: number;
  index: number;
  /** The finding's stable fingerprint (service/fingerprint.ts), which a dismissal records. */
  fingerprint?: string;
}

/**
 * With `docsBaseUrl`, the diagnostic's code links to the check's page (`<base><id>.md`). With `ref`, its
 * `data` names the finding (`data.finding`), so a code-action request finds that finding's own fixes even
 * when another finding has the same id and range.
 */
export function toDiagnostic(
  uri: string,
  index: LineIndex,
  finding: Finding,
  language: UiLanguage,
  docsBaseUrl?: string,
  ref?: FindingRef,
): Diagnostic {
  // The finding's texts are written here, in the session's language; the data's texts stay as they are.
  const diagnostic: Diagnostic = {
    range: toRange(index, finding.range),
    severity: toSeverity(finding.severity),
    code: finding.id,
    source: DIAGNOSTIC_SOURCE,
    message: renderMessage(finding.message, language),
  };
  if (docsBaseUrl && !finding.id.startsWith('internal/')) diagnostic.codeDescription = { href: `${docsBaseUrl}${finding.id}.md` };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) =>
      // A location in another report (workspace/carryover) brings its own URI and line/character range.
      related.document
        ? DiagnosticRelatedInformation.create(
            { uri: related.document.uri, range: Range.create(related.document.start, related.document.end) },
            renderMessage(related.message, language),
          )
        : DiagnosticRelatedInformation.create({ uri, range: toRange(index, related.range) }, renderMessage(related.message, language)),
    );
  }
  if (finding.data !== undefined || ref) {
    diagnostic.data = {
      ...(renderData(finding.data, language) ?? {}),
      ...(ref ? { finding: { version: ref.version, index: ref.index, id: finding.id } } : {}),
      ...(ref?.fingerprint ? { fingerprint: ref.fingerprint } : {}),
    };
  }
  return diagnostic;
}

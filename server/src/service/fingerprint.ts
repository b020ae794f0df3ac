// Stable fingerprints of findings, so that a reviewer's decisions (accepted, dismissed) survive re-runs and
// edits elsewhere in the file: built from the agency, the year, the check id and what the finding is about
// (its cell, or its section and the words it quotes), never from line numbers or offsets.

import { agencyOf } from './agency';
import type { Finding, ReportDocument, Section } from './model/types';
import { SpanIndex } from './model/spans';

export interface FingerprintedFinding {
  /** Sixteen hex digits, the same on every run for the same finding. */
  fingerprint: string;
  /** The readable key the fingerprint was made from: `agency|year|id|anchor#n`. */
  key: string;
}

/** White space and line breaks vary between copies of one report; they do not make a finding new. */
function normalise(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** What a finding is about: its cell, else its table, else its section with the words it quotes. */
function anchorOf(doc: ReportDocument, finding: Finding, sections: SpanIndex<Section>): string {
  const cell = finding.data?.cell;
  if (typeof cell === 'string' && cell) return `cell:${cell}`;
  const quoted = normalise(doc.text.slice(finding.range.start, Math.min(finding.range.end, finding.range.start + 80)));
  const table = finding.data?.table;
  if (table) return `table:${table}:${quoted}`;
  const section = sections.holderOf(finding.range.start);
  return `${section ? `section:${section.key}` : 'text'}:${quoted}`;
}

/** FNV-1a over UTF-16 code units, twice with different seeds: 64 bits, plenty for one folder's findings. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 0x1000) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * One fingerprint per finding, in the findings' order. Two findings with the same id about the same thing
 * are told apart by their rank among such findings (`#2`), which does not move when other text changes.
 * Agency and year come from the document unless given (a reviewer's tool may know them better).
 */
export function fingerprintFindings(
  doc: ReportDocument,
  findings: readonly Finding[],
  agency: string | null = agencyOf(doc),
  year: number | null = doc.year,
): FingerprintedFinding[] {
  const seen = new Map<string, number>();
  const sections = new SpanIndex(doc.sections);
  return findings.map((finding) => {
    const base = `${normalise(agency ?? '')}|${year ?? ''}|${finding.id}|${anchorOf(doc, finding, sections)}`;
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    const key = rank === 1 ? base : `${base}#${rank}`;
    return { fingerprint: hash(key), key };
  });
}

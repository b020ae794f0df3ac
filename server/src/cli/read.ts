// Reading one input file into report text: the single place where bytes become a draft. Text files are
// decoded here (decode.ts); readers for published formats (PDF, web pages, Word) plug in beside them.
// The size limit is the language server's, so a file the editor would not check is not checked here either.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../service';
import { importFile, isImportFailure, isImportFileName, IMPORT_EXTENSIONS } from '../import';
import type { ImportedSource } from '../import/findingSource';
import { decodeBytes, type EncodingId } from './decode';
import { readProblem } from './files';

/** Same limit as the language server's MAX_DOCUMENT_LENGTH (lsp/cache.ts): characters of report text. */
export const MAX_REPORT_LENGTH = 2 * 1024 * 1024;

/** A UTF-8 report of the limit takes at most three bytes a character (four for the rare astral ones). */
const MAX_REPORT_BYTES = 4 * MAX_REPORT_LENGTH;

/** Extensions a folder walk considers; whether a file really is a report is decided from its content. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.text', ...IMPORT_EXTENSIONS]);

export function isCandidateFileName(name: string): boolean {
  return TEXT_EXTENSIONS.has(path.extname(name).toLowerCase());
}

export type ReadOutcome =
  | {
      ok: true;
      text: string;
      /** The bytes as read and their encoding, so that a fix can be written back byte for byte; null for converted formats. */
      source: { bytes: Buffer; encoding: EncodingId } | null;
      /** For a PDF, web page or Word file: its format and the map from the draft back into it. */
      imported?: ImportedSource;
      /** What the importer read with doubt or left out (a page without text). */
      warnings?: string[];
    }
  | { ok: false; reason: string };

const tooLarge = () => t('文件超过 {0} MB 的上限，未检查', MAX_REPORT_LENGTH / 1024 / 1024);

/** A published form holds much besides its text (fonts, images); its limit is on the file, generously. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * Reads any input: a PDF, web page or Word file through its importer (asynchronous: pdf.js), a text
 * file as readReportFile does.
 */
export async function readAnyReportFile(absolute: string): Promise<ReadOutcome> {
  if (!isImportFileName(absolute)) return readReportFile(absolute);
  const bytes = readBytes(absolute, MAX_IMPORT_BYTES);
  if (!bytes.ok) return bytes;
  const result = await importFile(bytes.bytes, absolute);
  if (isImportFailure(result)) return { ok: false, reason: result.error };
  if (result.text.length > MAX_REPORT_LENGTH) return { ok: false, reason: tooLarge() };
  return {
    ok: true,
    text: result.text,
    source: null,
    imported: { kind: result.kind, sourceMap: result.sourceMap },
    warnings: result.warnings,
  };
}

/** Reads a file once and turns it into report text, or says why it cannot. */
export function readReportFile(absolute: string): ReadOutcome {
  const read = readBytes(absolute, MAX_REPORT_BYTES);
  if (!read.ok) return read;
  const bytes = read.bytes;
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  if (decoded.text.length > MAX_REPORT_LENGTH) return { ok: false, reason: tooLarge() };
  return { ok: true, text: decoded.text, source: { bytes, encoding: decoded.encoding } };
}

function readBytes(absolute: string, limit: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  let bytes: Buffer;
  let fd: number | null = null;
  try {
    // One open, one fstat, one read: a file far beyond the limit is refused before it is read into memory.
    fd = fs.openSync(absolute, 'r');
    const size = fs.fstatSync(fd).size;
    if (size > limit)
      return { ok: false, reason: limit === MAX_REPORT_BYTES ? tooLarge() : t('文件超过 {0} MB 的上限，未检查', limit / 1024 / 1024) };
    bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = fs.readSync(fd, bytes, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    if (filled < size) bytes = bytes.subarray(0, filled);
  } catch (error) {
    return { ok: false, reason: readProblem(error) };
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return { ok: true, bytes };
}

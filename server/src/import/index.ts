// The one entry the CLI and the language server call to read a published report (PDF, web page, Word)
// as a draft: picks the importer by the file's bytes and name, and never throws on a file's content.

import { msg } from '../service';
import { importDocx, isCompoundFile, saveAsDocx } from './docx';
import { importHtml } from './html';
import { importPdf, type PdfDataLoader } from './pdf';
import { loadPdfDataFromDisk } from './pdfData';
import type { ImportResult } from './types';

export type { ImportResult, ImportedDraft, ImportFailure, ImportKind, SourceLocation, SourceMap } from './types';
export { isImportFailure } from './types';
export { sourceLocationAt, describeLocation } from './locate';

/** The extensions of the files read through an importer rather than as text. */
export const IMPORT_EXTENSIONS = ['.pdf', '.html', '.htm', '.docx', '.doc', '.wps'] as const;

export function isImportFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface ImportOptions {
  /** Where pdf.js's CMaps and standard fonts come from; by default, from disk beside the bundle. */
  loadPdfData?: PdfDataLoader;
}

export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  const lower = fileName.toLowerCase();
  try {
    // The bytes decide where they can (a .doc renamed .docx is still a .doc); the name decides otherwise.
    if (lower.endsWith('.pdf') || startsWithText(bytes, '%PDF-')) {
      if (indexOfText(bytes, '%PDF-') < 0) return { error: msg('不是有效的 PDF 文件') };
      return await importPdf(bytes, options.loadPdfData ?? loadPdfDataFromDisk);
    }
    if (isCompoundFile(bytes)) return { error: saveAsDocx() };
    // Systems that export “Word” often write a web page named .doc; it is read as the web page it is.
    if (looksLikeHtml(bytes)) return importHtml(bytes);
    if (lower.endsWith('.doc') || lower.endsWith('.wps')) return { error: saveAsDocx() };
    if (lower.endsWith('.docx') || startsWithText(bytes, 'PK\u0003\u0004')) return importDocx(bytes);
    return importHtml(bytes);
  } catch (error) {
    return { error: msg('内部错误，未能导入：{0}', error instanceof Error ? error.message : String(error)) };
  }
}

/** An HTML document by its first kilobyte: a doctype or an <html> tag (in any encoding that keeps ASCII). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1').toLowerCase();
  return /<!doctype html|<html[\s>]/.test(head);
}

function startsWithText(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return bytes.length >= prefix.length;
}

/** Where an ASCII marker first stands within the first kilobyte (some PDFs have junk before `%PDF-`). */
function indexOfText(bytes: Uint8Array, marker: string): number {
  const limit = Math.min(bytes.length, 1024) - marker.length;
  for (let i = 0; i <= limit; i++) {
    let match = true;
    for (let j = 0; j < marker.length && match; j++) match = bytes[i + j] === marker.charCodeAt(j);
    if (match) return i;
  }
  return -1;
}

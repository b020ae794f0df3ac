// Reads the data pdf.js needs for some PDFs from disk: the predefined CMaps (Chinese PDFs whose fonts
// are not embedded name encodings such as UniGB-UCS2-H) and the standard fonts. The build copies them
// next to the bundles (out/pdfjs/); from the sources they are read from the pdfjs-dist package.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PdfDataLoader } from './pdf';

function dataRoots(): string[] {
  return [path.join(__dirname, 'pdfjs'), path.join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist')];
}

export const loadPdfDataFromDisk: PdfDataLoader = async (kind, name) => {
  // Only plain file names are asked for; anything else is not ours to read.
  if (!/^[\w.+-]+$/.test(name)) return null;
  const folder = kind === 'cmap' ? 'cmaps' : 'standard_fonts';
  for (const root of dataRoots()) {
    try {
      return new Uint8Array(await fs.promises.readFile(path.join(root, folder, name)));
    } catch {
      // Try the next place.
    }
  }
  return null;
};

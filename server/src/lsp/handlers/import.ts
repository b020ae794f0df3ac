// The custom request behind `年报：从 PDF/网页/Word 导入`: the client sends a published report's bytes,
// the importer turns them into the draft text, and the client opens it as a new document.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { importFile, isImportFailure } from '../../import';
import { setLanguage } from '../../service';
import type { ServerContext } from '../context';
import { guard } from '../guard';
import { IMPORT_FILE, type ImportFileParams, type ImportFileResult } from '../protocol';

export function registerImport(ctx: ServerContext): void {
  ctx.connection.onRequest(
    IMPORT_FILE,
    guard(
      ctx.connection,
      IMPORT_FILE,
      (params: ImportFileParams) => provideImport(ctx, params),
      new ResponseError(ErrorCodes.InternalError, 'import failed'),
    ),
  );
}

export async function provideImport(ctx: ServerContext, params: ImportFileParams): Promise<ImportFileResult | ResponseError> {
  if (typeof params?.fileName !== 'string' || typeof params.base64 !== 'string') {
    return new ResponseError(ErrorCodes.InvalidParams, 'fileName and base64 are required');
  }
  // The importer's messages (a scan, an old .doc) are shown to the user, in the language in force.
  setLanguage(ctx.settings.language);
  const result = await importFile(new Uint8Array(Buffer.from(params.base64, 'base64')), params.fileName);
  if (isImportFailure(result)) return { error: result.error };
  return { kind: result.kind, text: result.text, warnings: result.warnings };
}

// Registers every feature handler. Each feature lives in its own module here and reads the shared
// analysis cache through entry.ts; capabilities.ts announces what is registered.

import type { ServerContext } from '../context';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCompletion } from './completion';
import { registerDocumentSymbols } from './documentSymbols';
import { registerFolding } from './folding';
import { registerFormatting } from './formatting';
import { registerHover } from './hover';
import { registerImport } from './import';
import { registerInlayHints } from './inlayHints';
import { registerPreview } from './preview';
import { registerReportStatus } from './reportStatus';
import { registerTemplates } from './templates';

export function registerHandlers(ctx: ServerContext): void {
  registerCodeActions(ctx);
  registerDocumentSymbols(ctx);
  registerHover(ctx);
  registerCompletion(ctx);
  registerFormatting(ctx);
  registerFolding(ctx);
  registerTemplates(ctx);
  registerPreview(ctx);
  registerImport(ctx);
  registerCodeLens(ctx);
  registerInlayHints(ctx);
  registerReportStatus(ctx);
}

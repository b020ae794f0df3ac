// Registers every feature handler. Each feature lives in its own module here and reads the shared
// analysis cache through entry.ts; capabilities.ts announces what is registered.

import type { ServerContext } from '../context';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDocumentSymbols } from './documentSymbols';
import { registerFolding } from './folding';
import { registerFormatting } from './formatting';
import { registerHover } from './hover';
import { registerImport } from './import';
import { registerPreview } from './preview';
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
}

// Registers every feature handler. Each feature lives in its own module here and reads the shared
// analysis cache; outline (documentSymbol), hover and formatting are added the same way.

import type { ServerContext } from '../context';
import { registerCodeActions } from './codeActions';

export function registerHandlers(ctx: ServerContext): void {
  registerCodeActions(ctx);
}

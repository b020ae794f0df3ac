// Wraps every request and notification handler so that an exception (thrown or rejected) is logged
// and answered with a harmless fallback: a bug in one feature must never take the server down.

import type { Connection } from 'vscode-languageserver';

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function guard<A extends unknown[], R>(
  connection: Connection,
  name: string,
  handler: (...args: A) => R | Promise<R>,
  fallback: R,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      connection.console.error(`[nianbao] ${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}

/** The same for handlers whose result nobody waits for (notifications, events, timers). */
export function guardVoid<A extends unknown[]>(
  connection: Connection,
  name: string,
  handler: (...args: A) => unknown,
): (...args: A) => void {
  const wrapped = guard(connection, name, handler, undefined);
  return (...args: A) => {
    void wrapped(...args);
  };
}

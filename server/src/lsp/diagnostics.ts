// Schedules analyses and publishes their diagnostics: debounced per document, never for a version
// that has already been superseded, cleared when a document closes, and never while nianbao.run is off.

import type { ServerContext } from './context';
import { describeError } from './guard';

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose last publication was non-empty: only those need an explicit clearing. */
  private readonly nonEmpty = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  /** Validates after the configured delay, replacing any analysis already waiting for this document. */
  schedule(uri: string, delay = this.ctx.settings.validationDelay): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.validate(uri);
    }, delay);
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }

  /**
   * Re-validates every open document at once, e.g. after the settings changed; with nianbao.run off,
   * withdraws whatever was published instead.
   */
  revalidateAll(): void {
    for (const document of this.ctx.documents.all()) {
      if (this.ctx.settings.run === 'off') this.withdraw(document.uri);
      else this.schedule(document.uri, 0);
    }
  }

  /** Cancels a waiting analysis and removes the document's diagnostics, keeping its cache entry. */
  withdraw(uri: string): void {
    this.cancel(uri);
    if (!this.nonEmpty.delete(uri)) return;
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Forgets a closed document and removes its diagnostics from the client. */
  clear(uri: string): void {
    this.cancel(uri);
    this.ctx.cache.delete(uri);
    this.nonEmpty.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private validate(uri: string): void {
    try {
      // A timer set before the run mode was switched off must not publish after it.
      if (this.ctx.settings.run === 'off') return;
      const document = this.ctx.documents.get(uri);
      if (!document) return;
      const entry = this.ctx.cache.get(document);
      // The analysis is synchronous today, but the check keeps a stale result from ever reaching the
      // client should it become asynchronous or should the document change meanwhile.
      const current = this.ctx.documents.get(uri);
      if (!current || current.version !== entry.version) return;
      if (entry.diagnostics.length === 0 && !this.nonEmpty.has(uri) && entry.kind === 'not-report') return;
      if (entry.diagnostics.length > 0) this.nonEmpty.add(uri);
      else this.nonEmpty.delete(uri);
      void this.ctx.connection.sendDiagnostics({ uri, version: entry.version, diagnostics: entry.diagnostics });
    } catch (error) {
      this.ctx.connection.console.error(`[nianbao] validating ${uri} failed: ${describeError(error)}`);
    }
  }
}

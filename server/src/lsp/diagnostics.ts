// Schedules analyses and publishes their diagnostics: debounced per document, never for a version
// that has already been superseded, cleared when a document closes, and never while nianbao.run is off.
// Before analysing, the scheduler lets the connection read and handle whatever messages are waiting, so
// after a burst of edits only the last version is analysed, not each one the timer happened to see. On
// documents whose analysis is slow, an edit also waits for a short quiet spell (a quarter of the last
// analysis, at most QUIET_LIMIT_MS): an analysis cannot be interrupted, so one started in the middle of a
// burst would hold up the diagnostics of the burst's last version.

import type { ServerContext } from './context';
import { describeError } from './guard';

/** The longest an edit waits for quiet beyond the configured delay, however slow the analysis. */
export const QUIET_LIMIT_MS = 100;

export class DiagnosticsScheduler {
  /** How long the last analysis of each document took (ms). */
  private readonly analysisCost = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose timer has fired and whose version is being watched for one more change. */
  private readonly settling = new Map<string, ReturnType<typeof setImmediate>>();
  /** Documents whose last publication was non-empty: only those need an explicit clearing. */
  private readonly nonEmpty = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  /**
   * Validates after `delay`, replacing any analysis already waiting for this document. Without a delay
   * (an edit), the configured one, lengthened on slow documents to wait for a quiet spell.
   */
  schedule(uri: string, delay?: number): void {
    this.cancel(uri);
    if (delay === undefined) {
      const quiet = Math.min(QUIET_LIMIT_MS, (this.analysisCost.get(uri) ?? 0) / 4);
      delay = Math.max(this.ctx.settings.validationDelay, Math.round(quiet));
    }
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.settleThenValidate(uri);
    }, delay);
    this.timers.set(uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
    const settling = this.settling.get(uri);
    if (settling !== undefined) {
      clearImmediate(settling);
      this.settling.delete(uri);
    }
  }

  /**
   * Waits until the document's version has stood still across two turns of the event loop (each turn
   * reads the socket and lets the connection handle one queued message), then validates. A change that
   * arrives meanwhile reschedules, which cancels this wait: a superseded version is never analysed.
   */
  private settleThenValidate(uri: string): void {
    let seen = this.ctx.documents.get(uri)?.version;
    let stillTurns = 0;
    const turn = () => {
      this.settling.delete(uri);
      const version = this.ctx.documents.get(uri)?.version;
      if (version !== seen) {
        seen = version;
        stillTurns = 0;
      } else stillTurns++;
      if (stillTurns >= 2) {
        this.validate(uri);
        return;
      }
      this.settling.set(uri, setImmediate(turn));
    };
    this.settling.set(uri, setImmediate(turn));
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
    this.analysisCost.delete(uri);
    this.ctx.cache.delete(uri);
    this.nonEmpty.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const settling of this.settling.values()) clearImmediate(settling);
    this.settling.clear();
  }

  private validate(uri: string): void {
    try {
      // A timer set before the run mode was switched off must not publish after it.
      if (this.ctx.settings.run === 'off') return;
      const document = this.ctx.documents.get(uri);
      if (!document) return;
      const analysing = this.ctx.cache.peek(uri)?.version !== document.version;
      const started = performance.now();
      const entry = this.ctx.cache.get(document);
      if (analysing) this.analysisCost.set(uri, performance.now() - started);
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

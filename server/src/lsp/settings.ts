// The server's view of the `nianbao.*` settings: their defaults, and a defensive reading of whatever
// the client sends (a hand-edited settings.json may hold any JSON at all).

import type { AnalyzeOptions, SeveritySetting } from '../service/model/types';

export interface NianbaoSettings {
  /** Analyse Markdown and plain-text documents whose opening looks like a report. */
  autoDetect: boolean;
  /** Milliseconds between the last keystroke and the analysis. */
  validationDelay: number;
  /** Severity per check id, `off` to silence a check. */
  checks: Record<string, SeveritySetting>;
  /** The report year to assume instead of the one found in the text. */
  reportYear: number | null;
}

export const DEFAULT_SETTINGS: NianbaoSettings = {
  autoDetect: true,
  validationDelay: 150,
  checks: {},
  reportYear: null,
};

const SEVERITY_SETTINGS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && SEVERITY_SETTINGS.has(value);
}

/** Keeps the entries of a `checks` object whose value is a known severity; drops the rest. */
export function readChecks(raw: unknown): Record<string, SeveritySetting> {
  const checks: Record<string, SeveritySetting> = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      if (isSeveritySetting(value)) checks[id] = value;
    }
  }
  return checks;
}

/** A plausible statistical year, or null. Years outside this window are typing accidents. */
export function readReportYear(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : null;
}

export function normalizeSettings(raw: unknown): NianbaoSettings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const delay = source.validationDelay;
  return {
    autoDetect: typeof source.autoDetect === 'boolean' ? source.autoDetect : DEFAULT_SETTINGS.autoDetect,
    validationDelay:
      typeof delay === 'number' && Number.isFinite(delay) ? Math.min(Math.max(0, Math.round(delay)), 10_000) : DEFAULT_SETTINGS.validationDelay,
    checks: readChecks(source.checks),
    reportYear: readReportYear(source.reportYear),
  };
}

export function analyzeOptions(settings: NianbaoSettings): AnalyzeOptions {
  return { reportYear: settings.reportYear, severities: settings.checks };
}

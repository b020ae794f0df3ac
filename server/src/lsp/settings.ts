// The server's view of the `nianbao.*` settings: their defaults, and a defensive reading of whatever
// the client sends (a hand-edited settings.json may hold any JSON at all).

import type { AnalyzeOptions, SeveritySetting } from '../service';

export interface NianbaoSettings {
  /** Analyse Markdown and plain-text documents whose opening looks like a report. */
  autoDetect: boolean;
  /** Milliseconds between the last keystroke and the analysis. */
  validationDelay: number;
  /** When diagnostics are published: while typing (debounced), on open and save only, or never. */
  run: RunMode;
  /** Severity per check id, `off` to silence a check. */
  checks: Record<string, SeveritySetting>;
  /** The report year to assume instead of the one found in the text. */
  reportYear: number | null;
  /**
   * The language for the server's user-facing text, always resolved: the client sends `zh-cn` or `en`;
   * `auto` (or nothing) from another client resolves with the locale it sent in `initialize`.
   */
  language: UiLanguage;
}

export type UiLanguage = 'zh-cn' | 'en';
export type RunMode = 'onType' | 'onSave' | 'off';
export type LanguageSetting = UiLanguage | 'auto';

export const DEFAULT_SETTINGS: NianbaoSettings = {
  autoDetect: true,
  validationDelay: 150,
  run: 'onType',
  checks: {},
  reportYear: null,
  language: 'zh-cn',
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

/**
 * The language to use: the one the setting forces, else Chinese when the client's display language is
 * Chinese (`zh`, `zh-cn`, `zh-tw` …), else English. Without any locale, Chinese (the users' language).
 */
export function resolveLanguage(setting: unknown, locale: string | undefined): UiLanguage {
  if (setting === 'zh-cn' || setting === 'en') return setting;
  if (locale === undefined || locale === '') return 'zh-cn';
  return locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** Reads whatever the client sent; `locale` is the one from `initialize`, used when `language` is `auto`. */
export function normalizeSettings(raw: unknown, locale?: string): NianbaoSettings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const delay = source.validationDelay;
  return {
    autoDetect: typeof source.autoDetect === 'boolean' ? source.autoDetect : DEFAULT_SETTINGS.autoDetect,
    validationDelay:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(Math.max(0, Math.round(delay)), 10_000)
        : DEFAULT_SETTINGS.validationDelay,
    run: source.run === 'onSave' || source.run === 'off' ? source.run : DEFAULT_SETTINGS.run,
    checks: readChecks(source.checks),
    reportYear: readReportYear(source.reportYear),
    language: resolveLanguage(source.language, locale),
  };
}

/** The analysis options and the language its findings are shown in: a session's view of the settings. */
export type SessionOptions = AnalyzeOptions & { language: UiLanguage };

export function analyzeOptions(settings: NianbaoSettings): SessionOptions {
  return { reportYear: settings.reportYear, severities: settings.checks, language: settings.language };
}

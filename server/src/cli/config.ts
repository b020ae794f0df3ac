// The CLI's configuration: `--config FILE` for every file, or else the nearest `.nianbao.json` above
// each file (nearest folder wins), holding the same `checks` object as the editor's `nianbao.checks`,
// and the findings a reviewer dismissed (`dismissed`: their fingerprints, see service/fingerprint.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, renderMessage, type AnalyzeOptions, type Message, type SeveritySetting, type UiLanguage } from '../service';
import { isSeveritySetting, readReportYear } from '../lsp/settings';

export const CONFIG_FILE_NAME = '.nianbao.json';

export interface CliConfig {
  checks: Record<string, SeveritySetting>;
  reportYear: number | null;
  /** Fingerprints of dismissed findings: `"dismissed": ["…", {"fingerprint": "…", "note": "…"}]`. */
  dismissed: ReadonlySet<string>;
  /** The file it came from, or null for the defaults. */
  source: string | null;
}

export const DEFAULT_CONFIG: CliConfig = { checks: {}, reportYear: null, dismissed: new Set(), source: null };

export type ConfigResult = { ok: true; config: CliConfig } | { ok: false; message: Message };

/** Reads and validates one configuration file. Every problem is reported, none is silently ignored. */
export function loadConfig(file: string): ConfigResult {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: msg('无法读取配置文件（{0}）', code) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: msg('配置文件不是有效的 JSON：{0}', detail) };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, message: msg('配置文件应为 JSON 对象') };
  }
  const source = parsed as Record<string, unknown>;
  const checks: Record<string, SeveritySetting> = {};
  if (source.checks !== undefined) {
    if (!source.checks || typeof source.checks !== 'object' || Array.isArray(source.checks)) {
      return { ok: false, message: msg('"checks" 应为对象') };
    }
    for (const [id, value] of Object.entries(source.checks as Record<string, unknown>)) {
      if (!isSeveritySetting(value)) {
        return {
          ok: false,
          message: msg('"checks"."{0}" 的取值应为 off、error、warning、information 或 hint', id),
        };
      }
      checks[id] = value;
    }
  }
  let reportYear: number | null = null;
  if (source.reportYear !== undefined && source.reportYear !== null) {
    reportYear = readReportYear(source.reportYear);
    if (reportYear === null) return { ok: false, message: msg('"reportYear" 应为年份数字或 null') };
  }
  const dismissed = new Set<string>();
  if (source.dismissed !== undefined) {
    if (!Array.isArray(source.dismissed)) return { ok: false, message: msg('"dismissed" 应为数组') };
    for (const entry of source.dismissed as unknown[]) {
      const fingerprint = typeof entry === 'string' ? entry : (entry as { fingerprint?: unknown } | null)?.fingerprint;
      if (typeof fingerprint !== 'string' || fingerprint === '')
        return { ok: false, message: msg('"dismissed" 的每一项应为指纹字符串或含 "fingerprint" 的对象') };
      dismissed.add(fingerprint);
    }
  }
  return { ok: true, config: { checks, reportYear, dismissed, source: file } };
}

/** Finds the configuration for each file, reading every `.nianbao.json` once. */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, string | null>();
  private readonly loaded = new Map<string, ConfigResult>();

  constructor(
    private readonly explicit: string | null,
    private readonly onProblem: (file: string, message: Message) => void,
  ) {}

  forFile(absoluteFile: string): CliConfig {
    const file = this.explicit ?? this.nearest(path.dirname(absoluteFile));
    if (file === null) return DEFAULT_CONFIG;
    let result = this.loaded.get(file);
    if (!result) {
      result = loadConfig(file);
      this.loaded.set(file, result);
      if (!result.ok) this.onProblem(file, result.message);
    }
    return result.ok ? result.config : DEFAULT_CONFIG;
  }

  private nearest(directory: string): string | null {
    const cached = this.byDirectory.get(directory);
    if (cached !== undefined) return cached;
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    let found: string | null;
    if (fs.existsSync(candidate)) found = candidate;
    else {
      const parent = path.dirname(directory);
      found = parent === directory ? null : this.nearest(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }
}

export function toAnalyzeOptions(config: CliConfig): AnalyzeOptions {
  return { reportYear: config.reportYear, severities: config.checks };
}

/**
 * The configuration resolver of a run: an explicit `--config FILE` (reported on stderr and null when it
 * cannot be read, which ends the run), else the nearest `.nianbao.json` per file. Problems met later in
 * `.nianbao.json` files go to `report` with the file's path relative to `cwd`.
 */
export function configResolver(
  configArg: string | null,
  cwd: string,
  report: (display: string, message: Message) => void,
  stderr: (text: string) => void,
  language: UiLanguage,
): ConfigResolver | null {
  let explicitConfig: string | null = null;
  if (configArg !== null) {
    explicitConfig = path.resolve(cwd, configArg);
    const loaded = loadConfig(explicitConfig);
    if (!loaded.ok) {
      stderr(`nianbao: ${configArg}: ${renderMessage(loaded.message, language)}\n`);
      return null;
    }
  }
  return new ConfigResolver(explicitConfig, (file, message) => report(path.relative(cwd, file) || file, message));
}

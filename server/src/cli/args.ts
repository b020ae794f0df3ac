// Parses the command line of `nianbao check` and `nianbao export`. Anything it does not understand is
// a usage error (exit status 2) with a message that says what was wrong. `--lang` is taken out first,
// so that even the usage errors are in the chosen language.

import { msg, translator, type Message, type UiLanguage } from '../service';

export type CheckFormat = 'text' | 'json' | 'sarif';
export type ExportFormat = 'json' | 'csv' | 'xlsx';

/** What the walk over folders takes and leaves, and how many workers read the files. */
export interface RunOptions {
  config: string | null;
  inputs: string[];
  include: string[];
  exclude: string[];
  /** Worker threads; null = one per core. */
  jobs: number | null;
  /** Where the output goes instead of stdout (required for xlsx). */
  output: string | null;
}

export type CliArgs =
  | ({
      command: 'check';
      format: CheckFormat;
      fix: boolean;
      dryRun: boolean;
      summary: boolean;
      baseline: string | null;
    } & RunOptions)
  | ({ command: 'export'; format: ExportFormat } & RunOptions);

export type ParsedArgs = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: Message };

/** The help text in a language. */
export function usage(language: UiLanguage = 'zh-cn'): string {
  const { t } = translator(language);
  return [
    t('用法：'),
    '  nianbao check [--format text|json|sarif] [--fix] [--config FILE] <file|dir>...',
    '        [--fix --dry-run] [--summary] [--baseline FILE] [--include GLOB] [--exclude GLOB] [--jobs N]',
    '  nianbao export [--format json|csv|xlsx] [-o FILE] [--config FILE] <file|dir>...',
    '  nianbao report [--baseline FILE] [--config FILE] [-o audit.html] <file|dir>...',
    '',
    `  check    ${t('检查年度报告草稿')}`,
    `  export   ${t('导出表二、表三、表四的数字')}`,
    `  report   ${t('写出审核网页（所有报告的列表、每份报告的问题和表格、统计图）')}`,
    `  --format ${t('输出格式（check 默认 text，export 默认 json）')}`,
    `  --fix    ${t('把安全的修复写回文件')}`,
    `  --dry-run  ${t('与 --fix 同用：只显示将要修改的内容（统一差异格式），不写文件')}`,
    `  --summary  ${t('每份报告一行摘要，另附合计和最常见的十项检查')}`,
    `  --baseline FILE  ${t('首次运行写入已有问题；之后只报告新问题')}`,
    `  --include GLOB   ${t('只检查目录中与之匹配的文件（可多次使用）')}`,
    `  --exclude GLOB   ${t('跳过目录中与之匹配的文件（可多次使用）')}`,
    `  --jobs N ${t('并行线程数，默认等于 CPU 核数')}`,
    `  -o FILE  ${t('输出写入文件（xlsx 必须指定）')}`,
    `  --config ${t('配置文件，默认取最近的 .nianbao.json')}`,
    `  --lang   ${t('输出语言：zh-cn（中文，默认）或 en（英文）；不写 --lang 时，环境变量 NIANBAO_LANG=en 也选英文')}`,
    '',
    t('退出状态：0 没有错误 · 1 有错误 · 2 用法或读写问题'),
    '',
  ].join('\n');
}

export type LanguagePick = { ok: true; language: UiLanguage; argv: string[] } | { ok: false; message: Message };

/**
 * Takes `--lang VALUE` (or `--lang=VALUE`) out of the arguments, wherever it stands before `--`. Without
 * it, `NIANBAO_LANG=en` in the environment chooses English; anything else means Chinese, the default.
 */
export function pickLanguage(argv: string[], env: Record<string, string | undefined> = {}): LanguagePick {
  const rest: string[] = [];
  let chosen: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (!value) return { ok: false, message: msg('--lang 需要一个值（zh-cn 或 en）') };
      chosen = value;
      continue;
    }
    rest.push(arg);
  }
  if (chosen !== null) {
    const value = chosen.trim().toLowerCase();
    if (value === 'en') return { ok: true, language: 'en', argv: rest };
    if (value === 'zh-cn' || value === 'zh') return { ok: true, language: 'zh-cn', argv: rest };
    return { ok: false, message: msg('未知语言：{0}（可选 zh-cn 或 en）', chosen) };
  }
  return { ok: true, language: languageFromEnv(env), argv: rest };
}

/** The language `NIANBAO_LANG` asks for: English for `en`, else Chinese. */
export function languageFromEnv(env: Record<string, string | undefined> = {}): UiLanguage {
  return (env.NIANBAO_LANG ?? '').trim().toLowerCase() === 'en' ? 'en' : 'zh-cn';
}

const CHECK_FORMATS: readonly string[] = ['text', 'json', 'sarif'];
const EXPORT_FORMATS: readonly string[] = ['json', 'csv', 'xlsx'];

/** The options seen on the command line, before the command decides which of them it accepts. */
interface SeenOptions extends RunOptions {
  format: string | null;
  fix: boolean;
  dryRun: boolean;
  summary: boolean;
  baseline: string | null;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: msg('缺少命令') };
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command !== 'check' && command !== 'export') return { kind: 'error', message: msg('未知命令：{0}', command) };

  const seen: SeenOptions = {
    format: null,
    fix: false,
    dryRun: false,
    summary: false,
    baseline: null,
    config: null,
    jobs: null,
    output: null,
    include: [],
    exclude: [],
    inputs: [],
  };
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      seen.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | null => {
      if (eq >= 0) return arg.slice(eq + 1);
      const value = rest[i + 1];
      if (value === undefined) return null;
      i++;
      return value;
    };
    const read = readValueOption(seen, name, takeValue);
    if (read === 'unknown' && !(eq < 0 && readFlag(seen, name))) return { kind: 'error', message: msg('未知选项：{0}', arg) };
    if (read !== 'unknown' && read !== null) return { kind: 'error', message: read };
  }
  if (seen.inputs.length === 0) return { kind: 'error', message: msg('缺少文件或目录') };
  return command === 'check' ? checkArgs(seen) : exportArgs(seen);
}

/**
 * Reads an option that takes a value into `seen`; `takeValue` gives the value (after `=` or the next
 * argument). Returns the problem with the value, null when it was fine, or 'unknown' for another option.
 */
function readValueOption(seen: SeenOptions, name: string, takeValue: () => string | null): Message | null | 'unknown' {
  if (name === '--format' || name === '-f') {
    seen.format = takeValue();
    if (seen.format === null) return msg('--format 需要一个值');
  } else if (name === '--config' || name === '-c') {
    seen.config = takeValue();
    if (!seen.config) return msg('--config 需要一个文件');
  } else if (name === '--baseline') {
    seen.baseline = takeValue();
    if (!seen.baseline) return msg('--baseline 需要一个文件');
  } else if (name === '--output' || name === '-o') {
    seen.output = takeValue();
    if (!seen.output) return msg('-o 需要一个文件');
  } else if (name === '--include' || name === '--exclude') {
    const glob = takeValue();
    if (!glob) return msg('{0} 需要一个通配模式', name);
    (name === '--include' ? seen.include : seen.exclude).push(glob);
  } else if (name === '--jobs' || name === '-j') {
    const value = takeValue();
    const n = value !== null && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!(n >= 1 && n <= 256)) return msg('--jobs 需要 1 到 256 之间的整数');
    seen.jobs = n;
  } else {
    return 'unknown';
  }
  return null;
}

/** Sets a switch (an option without a value); false when `name` is none. */
function readFlag(seen: SeenOptions, name: string): boolean {
  if (name === '--fix') seen.fix = true;
  else if (name === '--dry-run') seen.dryRun = true;
  else if (name === '--summary') seen.summary = true;
  else return false;
  return true;
}

/** The options `check` runs with, or what is wrong with them. */
function checkArgs(seen: SeenOptions): ParsedArgs {
  const { format, fix, dryRun, summary, baseline, config, inputs, include, exclude, jobs, output } = seen;
  const chosen = format ?? 'text';
  if (!CHECK_FORMATS.includes(chosen)) return { kind: 'error', message: msg('未知格式：{0}（可选 {1}）', chosen, 'text, json, sarif') };
  if (dryRun && !fix) return { kind: 'error', message: msg('--dry-run 只能与 --fix 同用') };
  if (summary && chosen !== 'text') return { kind: 'error', message: msg('--summary 只用于文本输出') };
  const run: RunOptions = { config, inputs, include, exclude, jobs, output };
  return { kind: 'run', args: { command: 'check', format: chosen as CheckFormat, fix, dryRun, summary, baseline, ...run } };
}

/** The options `export` runs with, or what is wrong with them (it takes none of check's switches). */
function exportArgs(seen: SeenOptions): ParsedArgs {
  const { format, fix, dryRun, summary, baseline, config, inputs, include, exclude, jobs, output } = seen;
  if (fix) return { kind: 'error', message: msg('export 不支持 --fix') };
  if (dryRun || summary || baseline !== null)
    return { kind: 'error', message: msg('export 不支持 {0}', dryRun ? '--dry-run' : summary ? '--summary' : '--baseline') };
  const chosen = format ?? 'json';
  if (!EXPORT_FORMATS.includes(chosen)) return { kind: 'error', message: msg('未知格式：{0}（可选 {1}）', chosen, 'json, csv, xlsx') };
  if (chosen === 'xlsx' && output === null) return { kind: 'error', message: msg('xlsx 格式需要用 -o 指定输出文件') };
  const run: RunOptions = { config, inputs, include, exclude, jobs, output };
  return { kind: 'run', args: { command: 'export', format: chosen as ExportFormat, ...run } };
}

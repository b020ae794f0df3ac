// Parses the command line of `nianbao check` and `nianbao export`. Anything it does not understand is
// a usage error (exit status 2) with a message that says what was wrong.

export type CheckFormat = 'text' | 'json' | 'sarif';
export type ExportFormat = 'json' | 'csv';

export type CliArgs =
  | { command: 'check'; format: CheckFormat; fix: boolean; config: string | null; inputs: string[] }
  | { command: 'export'; format: ExportFormat; config: string | null; inputs: string[] };

export type ParsedArgs = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `用法 / usage:
  nianbao check [--format text|json|sarif] [--fix] [--config FILE] <file|dir>...
  nianbao export [--format json|csv] [--config FILE] <file|dir>...

  check    检查年度报告草稿 / check report drafts
  export   导出表二、表三、表四的数字 / export the numbers of tables 二, 三 and 四
  --format 输出格式 / output format (check: text, default; export: json, default)
  --fix    把安全的修复写回文件 / write safe fixes back to the files
  --config 配置文件，默认取最近的 .nianbao.json / configuration file, default: the nearest .nianbao.json

退出状态 / exit status: 0 无错误 no errors · 1 有错误 some errors · 2 用法或读写问题 usage or I/O problems
`;

const CHECK_FORMATS: readonly string[] = ['text', 'json', 'sarif'];
const EXPORT_FORMATS: readonly string[] = ['json', 'csv'];

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return { kind: 'error', message: '缺少命令 / missing command' };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command !== 'check' && command !== 'export') return { kind: 'error', message: `未知命令 / unknown command: ${command}` };

  let format: string | null = null;
  let fix = false;
  let config: string | null = null;
  const inputs: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
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
    if (name === '--format' || name === '-f') {
      format = takeValue();
      if (format === null) return { kind: 'error', message: '--format 需要一个值 / --format needs a value' };
    } else if (name === '--config' || name === '-c') {
      config = takeValue();
      if (!config) return { kind: 'error', message: '--config 需要一个文件 / --config needs a file' };
    } else if (name === '--fix' && eq < 0) {
      fix = true;
    } else {
      return { kind: 'error', message: `未知选项 / unknown option: ${arg}` };
    }
  }
  if (inputs.length === 0) return { kind: 'error', message: '缺少文件或目录 / no file or folder given' };

  if (command === 'check') {
    const chosen = format ?? 'text';
    if (!CHECK_FORMATS.includes(chosen)) return { kind: 'error', message: `未知格式 / unknown format: ${chosen} (text, json, sarif)` };
    return { kind: 'run', args: { command, format: chosen as CheckFormat, fix, config, inputs } };
  }
  if (fix) return { kind: 'error', message: 'export 不支持 --fix / export does not take --fix' };
  const chosen = format ?? 'json';
  if (!EXPORT_FORMATS.includes(chosen)) return { kind: 'error', message: `未知格式 / unknown format: ${chosen} (json, csv)` };
  return { kind: 'run', args: { command, format: chosen as ExportFormat, config, inputs } };
}

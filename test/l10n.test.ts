// The user-facing language of the core and the CLI: the English bundle covers exactly the t('…') strings
// of the server sources, English runs leave no Chinese outside text quoted from the report, Chinese runs
// are unchanged, and the CLI's --lang / NIANBAO_LANG choose the language of its own lines.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../server/src/cli/main';
import { ALL_CHECKS, analyze, setLanguage, type Analysis } from '../server/src/service';
import { hover } from '../server/src/service/features/hover';
import { outline, type SymbolNode } from '../server/src/service/features/outline';
import { TABLES } from '../server/src/service/template/tables';
import { SECTIONS } from '../server/src/service/template/sections';
import { offsetOf, report } from './features/drafts';
import { valueAfter } from './util/positions';

const ROOT = join(__dirname, '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const BUNDLE: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.en.json'), 'utf8'));
const HAN = /\p{Script=Han}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text outside “…” quotes (which may nest, as in “3.危及“三安全一稳定””): what English must not leave Chinese in. */
function unquoted(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Every user-facing string of a finding: its message, fix titles and related-location messages. */
function texts(analysis: Analysis): string[] {
  return analysis.findings.flatMap((f) => [f.message, ...(f.fixes ?? []).map((x) => x.title), ...(f.related ?? []).map((r) => r.message)]);
}

/** A finding without its words, to compare an English run with a Chinese one. The parser's `problem` and
 * `reason` texts in the data are words too (they explain an invalid cell or an unreadable table). */
function shape(analysis: Analysis) {
  return analysis.findings.map((f) => {
    const { problem: _problem, reason: _reason, ...data } = f.data ?? {};
    return { id: f.id, severity: f.severity, range: f.range, data, edits: (f.fixes ?? []).map((x) => x.edits) };
  });
}

const example = (name: string) =>
  readFileSync(
    join(
      ROOT,
      'examples',
      readdirSync(join(ROOT, 'examples')).find((f) => f.startsWith(name))!,
    ),
    'utf8',
  );

describe('the English bundle', () => {
  const literal = /(?<![\w.$])t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`)/g;
  const files = sourceFiles(join(ROOT, 'server', 'src'));
  const keys = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(literal))
      keys.add((m[1] ?? m[2])!.replace(/\\(.)/g, (_s, c: string) => (c === 'n' ? '\n' : c)));
  }
  // The sections' requirements are UI text kept with the template data; hovers translate them as data.
  for (const section of SECTIONS) keys.add(section.requirement);
  // So are table 三's outcome names, which the audit page translates as data.
  for (const format of ['2021', '2019'] as const) {
    for (const def of [...TABLES[format].t3.rows, ...TABLES[format].t3.groups]) if (def.shortName) keys.add(def.shortName);
  }

  it('finds the strings to translate', () => {
    expect(keys.size).toBeGreaterThan(150);
    expect(keys).toContain('“{0}”列：（七）总计为 {1}，但各项办理结果之和为 {2}，{3}');
  });

  it('has an entry for every t() string of the server sources, and no other', () => {
    expect([...keys].filter((k) => !(k in BUNDLE))).toEqual([]);
    expect(Object.keys(BUNDLE).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('is given plain literals: no t() of a template literal with ${…}', () => {
    const interpolated = files.filter((file) => /(?<![\w.$])t\(\s*`[^`]*\$\{/.test(readFileSync(file, 'utf8')));
    expect(interpolated).toEqual([]);
  });

  it('translates into English that keeps Chinese only inside quotes', () => {
    const leftovers = Object.values(BUNDLE).filter((value) => value.trim() === '' || HAN.test(unquoted(value)));
    expect(leftovers).toEqual([]);
  });
});

describe('analysis in English', () => {
  const inputs: Array<[string, string]> = [
    ['example 04', example('04_')],
    ['example 07', example('07_')],
  ];
  if (existsSync(SEEDS)) {
    for (const file of readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 2))
      inputs.push([file, readFileSync(join(SEEDS, file), 'utf8')]);
  }

  for (const [name, text] of inputs) {
    it(`${name}: the same findings as in Chinese, with no Chinese outside quoted report text`, () => {
      const en = analyze(text, { language: 'en' });
      const zh = analyze(text, { language: 'zh-cn' });
      expect(en.findings.length).toBeGreaterThan(0);
      expect(shape(en)).toEqual(shape(zh));
      expect(texts(en).filter((s) => HAN.test(unquoted(s)))).toEqual([]);
      expect(analyze(text).findings).toEqual(zh.findings);
      expect(texts(zh).some((s) => HAN.test(unquoted(s)))).toBe(true);
    });
  }

  it('writes the messages of example 04 in English', () => {
    const messages = new Map(analyze(example('04_'), { language: 'en' }).findings.map((f) => [f.id, f]));
    expect(messages.get('sum/balance')!.message).toBe(
      'Column “自然人”: “一、本年新收” + “二、上年结转” = 13 + 1 = 14, but “（七）总计” + “四、结转下年度继续办理” = 12 + 1 = 13; off by 1',
    );
    expect(messages.get('sum/balance')!.fixes!.map((f) => f.title)).toEqual([
      'Change “一、本年新收政府信息公开申请数量·自然人” to 12',
      'Change to 13',
    ]);
    expect(messages.get('report/deadline')!.message).toBe(
      "The date of issue, 2023-02-10, is later than the legal deadline, 2023-01-31: departments of people's governments at county level and above must publish the report for the previous year by 31 January (Article 49 of the Regulations)",
    );
    expect(messages.get('table/cell-invalid')!.message).toBe(
      'The value “3.6万元” of “行政事业性收费·本年收费金额（万元）” contains the unit “万元”: enter the number only; the header gives the unit',
    );
    expect(messages.get('sum/row-total')!.related!.map((r) => r.message)).toContain('“一、本年新收政府信息公开申请数量·自然人” = 13');
  });

  it('writes the messages of examples 03 and 07 in English', () => {
    const ex03 = analyze(example('03_'), { language: 'en' }).findings;
    expect(ex03.find((f) => f.id === 'narrative/mismatch')!.message).toBe(
      'The text says “收到政府信息公开申请9件”, but the total of “一、本年新收政府信息公开申请数量” in table 3 is 11: a difference of 2',
    );
    const ex07 = analyze(example('07_'), { language: 'en' }).findings;
    expect(ex07.find((f) => f.id === 'table/unreadable')!.message).toBe(
      'The values of table 4 cannot be placed in cells with certainty: ' +
        "the digits of the data row of table 4 have run together (1 0 0 0 1 100011001011); several splits fit the row's totals, so none is certain. " +
        'Rewrite the table as one label and its values per line (Format Document can do it); then its sums are checked',
    );
    expect(ex07.find((f) => f.id === 'report/signature')!.message).toBe(
      "The report has no signature block: after section 6 (“六、其他需要报告的事项”) give the issuing agency's name and the date of issue",
    );
  });

  it('goes back to Chinese for the next analysis without a language', () => {
    analyze(example('04_'), { language: 'en' });
    const balance = analyze(example('04_')).findings.find((f) => f.id === 'sum/balance')!;
    expect(balance.message).toBe(
      '“自然人”列：一、本年新收 + 二、上年结转 = 13 + 1 = 14，但（七）总计 + 四、结转下年度继续办理 = 12 + 1 = 13，差 1',
    );
  });

  it('describes every check in the language in force', () => {
    setLanguage('en');
    const english = ALL_CHECKS.map((c) => c.description);
    setLanguage('zh-cn');
    const chinese = ALL_CHECKS.map((c) => c.description);
    expect(english.filter((d) => !d || HAN.test(unquoted(d)))).toEqual([]);
    expect(chinese.every((d) => HAN.test(d))).toBe(true);
  });
});

describe('hover and outline in English', () => {
  const text = report();

  it('writes a cell hover in the analysis language, labels quoted from the report staying Chinese', () => {
    const analysis = analyze(text, { language: 'en' });
    // Table 三's 总计 of 一, the seventh value after its label.
    const at = valueAfter(text, '一、本年新收政府信息公开申请数量', 6);
    expect(hover(analysis, at)!.markdown).toBe(
      [
        'Row total: 总计 = 4 + 0 + 0 + 0 + 2 + 0 = 6 ✓',
        '**表三 收到和处理政府信息公开申请情况**',
        'Row: 一、本年新收政府信息公开申请数量; column: 总计; value: 6',
        'Balance: 一 + 二 = 6 + 0 = 6; （七）+ 四 = 6 + 0 = 6 ✓',
      ].join('\n\n'),
    );
    // An explicit language wins over the analysis's.
    expect(hover(analysis, at, { language: 'zh-cn' })!.markdown).toContain('行：一、本年新收政府信息公开申请数量；列：总计；值：6');
  });

  it('explains a section heading in English', () => {
    const analysis = analyze(text, { language: 'en' });
    const h = hover(analysis, offsetOf(text, '六、其他需要报告的事项') + 1)!;
    expect(h.markdown.split('\n\n')[1]).toMatch(/^From report year 2021, state the information processing fees collected/);
  });

  it('writes the outline details in English', () => {
    const analysis = analyze(text, { language: 'en' });
    const details: string[] = [];
    const walk = (node: SymbolNode) => {
      if (node.kind === 'table') details.push(node.detail);
      node.children.forEach(walk);
    };
    outline(analysis.doc, analysis.findings, { language: 'en' }).forEach(walk);
    expect(details).toContain('2021 format');
    outline(analysis.doc, analysis.findings).forEach(walk);
    expect(details).toContain('2021 年格式');
  });
});

describe('the CLI language', () => {
  const file = join(
    'examples',
    readdirSync(join(ROOT, 'examples')).find((f) => f.startsWith('05_'))!,
  );

  async function cli(args: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { cwd: ROOT, env, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  }

  it('prints findings and the summary in English with --lang en', async () => {
    const { stdout } = await cli(['check', '--lang', 'en', file]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.pop()).toBe('Files checked: 1; errors: 0, warnings: 2, notes: 1');
    expect(lines).toContain(
      `${file}:50:1  warning  Heading “收到和处理政府信息公开申请情况” has no number; write “三、收到和处理政府信息公开申请情况”  [section/unnumbered]`,
    );
  });

  it('stays Chinese by default, and takes NIANBAO_LANG=en unless --lang says otherwise', async () => {
    expect((await cli(['check', file])).stdout.trimEnd().split('\n').pop()).toBe('检查了 1 个文件：0 个错误，2 个警告，1 个提示');
    expect((await cli(['check', file], { NIANBAO_LANG: 'en' })).stdout).toMatch(/\nFiles checked: 1; /);
    expect((await cli(['check', '--lang=zh-cn', file], { NIANBAO_LANG: 'en' })).stdout).toMatch(/\n检查了 1 个文件：/);
  });

  it('reports problems, usage errors and help in the chosen language', async () => {
    const missing = await cli(['--lang', 'en', 'check', 'no/such/file.txt']);
    expect(missing.stderr).toBe('nianbao: no/such/file.txt: no such file or directory\n');
    expect(missing.stdout).toMatch(/unreadable: 1\n$/);
    expect(missing.code).toBe(2);
    const bad = await cli(['check', '--lang', 'fr', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^nianbao: 未知语言：fr（可选 zh-cn 或 en）\n/);
    expect((await cli(['check', '--lang', 'en', '--bogus', file])).stderr).toMatch(/^nianbao: unknown option: --bogus\n\nUsage:\n/);
    const help = (await cli(['--help', '--lang', 'en'])).stdout;
    expect(help).toContain('--lang   language of the output: zh-cn (Chinese, the default) or en (English)');
    expect(HAN.test(help)).toBe(false);
    expect((await cli(['--help'])).stdout).toContain('--lang   输出语言');
  });

  it('describes the rules of a SARIF log in English', async () => {
    const log = JSON.parse((await cli(['check', '--format', 'sarif', '--lang', 'en', file])).stdout);
    const descriptions: string[] = log.runs[0].tool.driver.rules.map(
      (r: { shortDescription: { text: string } }) => r.shortDescription.text,
    );
    expect(descriptions.filter((d) => HAN.test(unquoted(d)))).toEqual([]);
  });
});

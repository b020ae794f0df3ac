// Tests of the client's pure parts and of the manifest's contributions: the language rule, the status
// bar text, table insertion, the preview page's Content-Security-Policy, the l10n bundle against the
// strings the client uses, package.nls*.json against package.json, the snippets against the core's
// templates, and the client's copy of the protocol against the server's.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, resolveLanguage, translate } from '../client/src/language';
import { contentSecurityPolicy, previewPage } from '../client/src/preview/page';
import { statusView } from '../client/src/status';
import { blockInsertion, validYear } from '../client/src/text';
import { DEFAULT_SETTINGS, resolveLanguage as serverResolveLanguage } from '../server/src/lsp/settings';
import { standardTableText } from '../server/src/service/features/template';
import { SECTIONS } from '../server/src/service/template/sections';

const ROOT = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const manifest = readJson('package.json');
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');

/** Every file under a folder of the project, recursively. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(rel) : [rel];
  });
}

describe('language', () => {
  it('follows the setting when it forces one, else Chinese for any Chinese display language', () => {
    expect(resolveLanguage('en', 'zh-cn')).toBe('en');
    expect(resolveLanguage('zh-cn', 'en')).toBe('zh-cn');
    expect(resolveLanguage('auto', 'zh-cn')).toBe('zh-cn');
    expect(resolveLanguage('auto', 'zh-tw')).toBe('zh-cn');
    expect(resolveLanguage('auto', 'en')).toBe('en');
    expect(resolveLanguage(undefined, 'de')).toBe('en');
    expect(resolveLanguage('klingon', 'ZH-CN')).toBe('zh-cn');
  });

  it('is resolved the same way by the server for clients that send `auto`', () => {
    for (const setting of ['auto', 'en', 'zh-cn', undefined]) {
      for (const locale of ['zh-cn', 'zh-tw', 'en', 'fr'])
        expect(serverResolveLanguage(setting, locale)).toBe(resolveLanguage(setting, locale));
    }
  });

  it('fills placeholders and falls back to the English source string', () => {
    expect(formatMessage('{0} errors, {1} warnings', [2, 0])).toBe('2 errors, 0 warnings');
    expect(formatMessage('{0} and {2}', ['a'])).toBe('a and {2}');
    expect(translate({ 'Tables: {0}': '表格预览：{0}' }, 'Tables: {0}', ['a.txt'])).toBe('表格预览：a.txt');
    expect(translate(undefined, 'Tables: {0}', ['a.txt'])).toBe('Tables: a.txt');
  });
});

describe('l10n bundle', () => {
  const bundle: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');
  const used = new Set<string>();
  for (const file of filesUnder('client/src')) {
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!);
  }

  it('translates every string the client shows, with the same placeholders', () => {
    expect(used.size).toBeGreaterThan(10);
    for (const message of used) {
      expect(bundle[message], message).toBeTypeOf('string');
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(bundle[message]!), message).toEqual(placeholders(message));
    }
  });

  it('holds no strings the client no longer uses', () => {
    expect(Object.keys(bundle).filter((k) => !used.has(k))).toEqual([]);
  });

  it('is shipped: the manifest points at it', () => {
    expect(manifest.l10n).toBe('./l10n');
  });
});

describe('manifest', () => {
  const keysIn = (value: unknown): string[] => {
    if (typeof value === 'string') return [...value.matchAll(/^%([^%]+)%$/g)].map((m) => m[1]!);
    if (Array.isArray(value)) return value.flatMap(keysIn);
    if (value && typeof value === 'object') return Object.values(value).flatMap(keysIn);
    return [];
  };

  it('has every %key% in English and in Chinese, and no translation without a use', () => {
    const keys = new Set(keysIn(manifest));
    for (const key of keys) {
      expect(nlsEn[key], `package.nls.json: ${key}`).toBeTruthy();
      expect(nlsZh[key], `package.nls.zh-cn.json: ${key}`).toBeTruthy();
    }
    expect(Object.keys(nlsZh).sort()).toEqual(Object.keys(nlsEn).sort());
    expect(Object.keys(nlsEn).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('names the language, the commands and the settings through translations', () => {
    const contributes = manifest.contributes;
    const language = contributes.languages.find((l: { id: string }) => l.id === 'nianbao');
    expect(language.aliases[0]).toBe('%nianbao.language.alias%');
    expect(nlsZh['nianbao.language.alias']).toBe('政府信息公开年报');
    const commands = contributes.commands as Array<{ command: string; title: string; category: string }>;
    expect(commands.map((c) => c.command).sort()).toEqual([
      'nianbao.gettingStarted',
      'nianbao.importFile',
      'nianbao.insertTable',
      'nianbao.newReport',
      'nianbao.previewTables',
    ]);
    for (const c of commands) {
      expect(c.title).toMatch(/^%.+%$/);
      expect(c.category).toBe('%nianbao.command.category%');
    }
    expect(nlsZh['nianbao.command.category']).toBe('年报');
    expect(nlsZh['nianbao.command.newReport']).toBe('新建年度报告');
    expect(nlsZh['nianbao.command.insertTable']).toBe('插入标准表格');
    expect(nlsZh['nianbao.command.previewTables']).toBe('预览表格');
    expect(nlsZh['nianbao.command.importFile']).toBe('从 PDF/网页/Word 导入');
    for (const [id, setting] of Object.entries(contributes.configuration.properties as Record<string, { markdownDescription?: string }>)) {
      expect(setting.markdownDescription, id).toMatch(/^%.+%$/);
    }
  });

  it('registers in the client every command it contributes', () => {
    const source = ['commands.ts', 'importCommand.ts']
      .map((file) => fs.readFileSync(path.join(ROOT, 'client/src', file), 'utf8'))
      .join('\n');
    for (const c of manifest.contributes.commands as Array<{ command: string }>) expect(source).toContain(`'${c.command}'`);
  });

  it('declares every setting the server reads as window-scoped, the scope the server reads them in', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { scope?: string; default?: unknown }>;
    const clientSettings = fs.readFileSync(path.join(ROOT, 'client/src/settings.ts'), 'utf8');
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      expect(properties[`nianbao.${key}`], key).toBeDefined();
      expect(properties[`nianbao.${key}`]!.scope, key).toBe('window');
      expect(clientSettings, key).toMatch(new RegExp(`\\b${key}:`));
    }
    expect(properties['nianbao.language']).toMatchObject({ enum: ['auto', 'zh-cn', 'en'], default: 'auto' });
  });
});

describe('status bar text', () => {
  it('shows the server’s report status behind a table icon, the tables and findings in the tooltip', () => {
    const view = statusView(
      { text: '2023 · 2021 版 · 表格 3/3 · 勾稽 ✗ 2', details: ['表二：已读取，勾稽关系 2/2 ✓', '错误 2，警告 0，提示 1'] },
      '单击预览表格。',
    );
    expect(view).toEqual({
      text: '$(table) 2023 · 2021 版 · 表格 3/3 · 勾稽 ✗ 2',
      tooltip: '表二：已读取，勾稽关系 2/2 ✓\n错误 2，警告 0，提示 1\n\n单击预览表格。',
      label: '2023 · 2021 版 · 表格 3/3 · 勾稽 ✗ 2',
    });
  });
});

describe('inserting a table', () => {
  it('puts the table on lines of its own', () => {
    const table = 'A\t0\nB\t0\n';
    expect(blockInsertion('', 0, true, table, '\n')).toBe('A\t0\nB\t0');
    expect(blockInsertion('本年数据如下：', 7, true, table, '\n')).toBe('\nA\t0\nB\t0');
    expect(blockInsertion('四、结转', 0, true, table, '\r\n')).toBe('A\t0\nB\t0\r\n');
    expect(blockInsertion('前文后文', 2, true, table, '\n')).toBe('\nA\t0\nB\t0\n');
    // A selection is replaced; what follows the selection's start on its line is not considered.
    expect(blockInsertion('旧表格', 0, false, table, '\n')).toBe('A\t0\nB\t0');
  });

  it('accepts plausible report years only', () => {
    const now = new Date(2025, 0, 10);
    expect(validYear('2024', now)).toBe(true);
    expect(validYear(' 2026 ', now)).toBe(true);
    expect(validYear('2027', now)).toBe(false);
    expect(validYear('2007', now)).toBe(false);
    expect(validYear('二〇二四', now)).toBe(false);
    expect(validYear('24', now)).toBe(false);
  });
});

describe('preview page', () => {
  const nonce = 'c2VjcmV0bm9uY2UxMjM0';
  const html = previewPage({
    nonce,
    language: 'zh-cn',
    strings: { title: '表格预览：<a>.txt', legend: '红色单元格有问题', loading: '正在读取…' },
  });

  it('allows no remote resource and only the nonce’s style and script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toBe(contentSecurityPolicy(nonce));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    expect(csp).not.toMatch(/https?:|\*|unsafe/);
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
    expect(html.match(/<style\b[^>]*>/g)).toEqual([`<style nonce="${nonce}">`]);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('escapes the texts it is given and asks for the tables when loaded', () => {
    expect(html).toContain('<title>表格预览：&lt;a&gt;.txt</title>');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("vscode.postMessage({ type: 'ready' })");
  });
});

describe('snippets', () => {
  const contribution = (manifest.contributes.snippets as Array<{ language: string; path: string }>).find((s) => s.language === 'nianbao')!;
  const snippets: Record<string, { prefix: string[]; body: string[]; description: string }> = readJson(contribution.path);
  const bodies = Object.values(snippets).map((s) => s.body.join('\n'));

  it('has one snippet per section, opening with the standard heading', () => {
    for (const section of SECTIONS) {
      const heading = `${section.numeral}、${section.title}`;
      const matching = Object.values(snippets).filter((s) => s.body[0] === heading);
      expect(matching, heading).toHaveLength(1);
      expect(matching[0]!.prefix).toContain(`nb${section.key}`);
    }
  });

  it('holds the standard tables exactly as the server’s template writes them', () => {
    for (const kind of ['t2', 't3', 't4'] as const) {
      const table = standardTableText(kind, '2021');
      expect(
        bodies.filter((b) => b === `${table}\n$0`),
        kind,
      ).toHaveLength(1);
      expect(
        bodies.some((b) => b.includes(`、`) && b.includes(`\n${table}\n$0`)),
        `section with ${kind}`,
      ).toBe(true);
    }
  });

  it('escapes nothing it should not: every $ is a tab stop or a variable', () => {
    for (const body of bodies) expect(body.replace(/\$(\d+|\{\d+(:[^}]*|\|[^}]*\|)?\}|\{\d+:\$\{[A-Z_]+\}\})/g, '')).not.toContain('$');
  });
});

describe('manifest for the Marketplace', () => {
  const root = path.resolve(__dirname, '..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const nlsZh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));

  it('sets quiet, wrapping editor defaults for the report language', () => {
    expect(manifest.contributes.configurationDefaults['[nianbao]']).toMatchObject({
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.unicodeHighlight.invisibleCharacters': false,
      'editor.wordWrap': 'on',
      'editor.stickyScroll.enabled': false,
    });
  });

  it('has a walkthrough whose texts are translated and whose media exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    expect(walkthrough.steps.map((s: { id: string }) => s.id.split('.').pop())).toEqual(['open', 'problems', 'hover', 'fix', 'preview']);
    const keys = [
      walkthrough.title,
      walkthrough.description,
      ...walkthrough.steps.flatMap((s: { title: string; description: string }) => [s.title, s.description]),
    ];
    for (const key of keys) {
      const name = key.replace(/^%|%$/g, '');
      expect(nls[name], name).toBeTruthy();
      expect(nlsZh[name], name).toBeTruthy();
    }
    for (const step of walkthrough.steps) expect(fs.existsSync(path.join(root, step.media.markdown)), step.media.markdown).toBe(true);
  });

  it('names an icon, categories, keywords and a license, and ships a CHANGELOG', () => {
    expect(fs.readFileSync(path.join(root, manifest.icon)).subarray(1, 4).toString()).toBe('PNG');
    expect(manifest.categories).toContain('Linters');
    expect(manifest.keywords).toContain('政府信息公开');
    expect(manifest.license).toBe('MIT');
    expect(fs.existsSync(path.join(root, 'CHANGELOG.md'))).toBe(true);
  });
});

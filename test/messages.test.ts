// Messages are data: the core's analysis holds no text in any language, renderMessage writes a message
// in the language asked for without any state, and renderers of different languages can be interleaved.
// English rendering is checked against @vscode/l10n itself, so the output stays byte-identical.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { describe, expect, it } from 'vitest';
import { analyze, isMessage, msg, renderFinding, renderMessage, translator, type Message } from '../server/src/service';
import { IncrementalAnalyzer } from '../server/src/service/incremental';
import { hover } from '../server/src/service/features/hover';
import { toDiagnostic } from '../server/src/lsp/convert';

const ROOT = join(__dirname, '..');
const ENGLISH: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.en.json'), 'utf8'));
const EXAMPLE_FILES = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(txt|md)$/.test(f));
const EXAMPLES = EXAMPLE_FILES.map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));
/** The example whose file name starts with `prefix` (`04_`). */
const example = (prefix: string) =>
  readFileSync(
    join(
      ROOT,
      'examples',
      EXAMPLE_FILES.find((f) => f.startsWith(prefix))!,
    ),
    'utf8',
  );

/** Every message of a finding list: messages, fix titles, related-location messages. */
function messagesOf(findings: ReturnType<typeof analyze>['findings']): Message[] {
  return findings.flatMap((f) => [f.message, ...(f.fixes ?? []).map((x) => x.title), ...(f.related ?? []).map((r) => r.message)]);
}

/** Every keyed message, nested ones included, for comparing each with @vscode/l10n. */
function keyedIn(message: unknown): Array<{ key: string; args: unknown[] }> {
  if (!isMessage(message)) return [];
  if ('key' in message) return [message, ...message.args.flatMap(keyedIn)];
  const parts =
    message.phrase === 'list'
      ? message.items
      : message.phrase === 'concat'
        ? message.parts
        : message.phrase === 'sentence'
          ? [message.text]
          : [];
  return parts.flatMap(keyedIn);
}

describe('the core is language-free', () => {
  it('renders one analysis in Chinese, English and Chinese again, the two Chinese renderings identical', () => {
    const analysis = analyze(example('04_'));
    const before = JSON.stringify(analysis.findings);
    const zh1 = analysis.findings.map((f) => renderFinding(f, 'zh-cn'));
    const en = analysis.findings.map((f) => renderFinding(f, 'en'));
    const zh2 = analysis.findings.map((f) => renderFinding(f, 'zh-cn'));
    expect(zh1.length).toBeGreaterThan(0);
    expect(zh2).toEqual(zh1);
    // The English rendering is a different text of the same findings.
    expect(en.map((f) => f.message)).not.toEqual(zh1.map((f) => f.message));
    expect(en.map((f) => f.range)).toEqual(zh1.map((f) => f.range));
    // Rendering changes nothing in the analysis.
    expect(JSON.stringify(analysis.findings)).toBe(before);
  });

  it('gives the same findings however often and after whatever rendering it runs', () => {
    const text = example('07_');
    const first = analyze(text);
    first.findings.forEach((f) => renderFinding(f, 'en'));
    expect(analyze(text)).toEqual(first);
  });

  it('keeps messages, not text, in the parsed model', () => {
    const analysis = analyze(example('07_'));
    const texts = analysis.doc.tables.flatMap((t) => [t.unreadableReason, ...t.rows.map((r) => r.unreadable)]);
    const present = texts.filter((x) => x !== undefined);
    expect(present.length).toBeGreaterThan(0);
    expect(present.every(isMessage)).toBe(true);
    expect(messagesOf(analysis.findings).every(isMessage)).toBe(true);
  });
});

describe('renderers in different languages', () => {
  it('run interleaved without affecting each other', () => {
    const [a, b] = [example('04_'), example('03_')];
    // Alone: each session's texts in its own language.
    const aloneEn = analyze(a).findings.map((f) => renderFinding(f, 'en').message);
    const aloneZh = analyze(b).findings.map((f) => renderFinding(f, 'zh-cn').message);
    // Interleaved: two sessions with their own analyzers, analysing and rendering in turn.
    const english = { analyzer: new IncrementalAnalyzer(), tr: translator('en') };
    const chinese = { analyzer: new IncrementalAnalyzer(), tr: translator('zh-cn') };
    const enAnalysis = english.analyzer.analyze(a);
    const zhAnalysis = chinese.analyzer.analyze(b);
    const en: string[] = [];
    const zh: string[] = [];
    const longest = Math.max(enAnalysis.findings.length, zhAnalysis.findings.length);
    for (let i = 0; i < longest; i++) {
      const e = enAnalysis.findings[i];
      const z = zhAnalysis.findings[i];
      if (e) en.push(english.tr.render(e.message));
      if (z) zh.push(chinese.tr.render(z.message));
      // A re-analysis in the other session between renderings changes nothing either.
      chinese.analyzer.analyze(`${b}\n`);
    }
    expect(en).toEqual(aloneEn);
    expect(zh).toEqual(aloneZh);
  });

  it('write diagnostics and hovers of one analysis in two languages side by side', () => {
    const analysis = analyze(example('04_'));
    const index = { lineStarts: analysis.doc.lineStarts, length: analysis.doc.text.length };
    const finding = analysis.findings[0]!;
    const zh = toDiagnostic('file:///a.txt', index, finding, 'zh-cn');
    const en = toDiagnostic('file:///a.txt', index, finding, 'en');
    expect(toDiagnostic('file:///a.txt', index, finding, 'zh-cn')).toEqual(zh);
    expect(zh.message).toBe(renderMessage(finding.message, 'zh-cn'));
    expect(en.message).toBe(renderMessage(finding.message, 'en'));
    expect(en.message).not.toBe(zh.message);
    const at = analysis.doc.tables.find((t) => t.kind === 't3')!.cells.get('t3.new.tot')!.range.start;
    const zhHover = hover(analysis, at, { language: 'zh-cn' })!.markdown;
    const enHover = hover(analysis, at, { language: 'en' })!.markdown;
    expect(hover(analysis, at, { language: 'zh-cn' })!.markdown).toBe(zhHover);
    expect(enHover).not.toBe(zhHover);
  });
});

describe('renderMessage', () => {
  it('writes English exactly as @vscode/l10n does, for every message of the examples', () => {
    l10n.config({ contents: ENGLISH });
    try {
      const keyed = EXAMPLES.flatMap((text) => messagesOf(analyze(text).findings).flatMap(keyedIn));
      expect(keyed.length).toBeGreaterThan(50);
      for (const m of keyed) {
        const args = m.args.map((a) => renderMessage(a as Message, 'en'));
        expect(renderMessage(m as Message, 'en')).toBe(l10n.t(m.key, ...args));
      }
    } finally {
      l10n.config({ contents: {} });
    }
  });

  it('fills placeholders as @vscode/l10n does: none without arguments, unknown ones left alone', () => {
    expect(renderMessage(msg('共 {0} 件'), 'zh-cn')).toBe('共 {0} 件');
    expect(renderMessage(msg('{0} 与 {1}，{x}', 3), 'zh-cn')).toBe('3 与 {1}，{x}');
    expect(renderMessage(msg('{0}{0}', 'a'), 'zh-cn')).toBe('aa');
  });

  it('composes names, lists, sentences and tables per language', () => {
    const names = msg('缺少{0}', { phrase: 'names', names: ['自然人', '其他', '法人'], max: 2 });
    expect(renderMessage(names, 'zh-cn')).toBe('缺少自然人、其他 等');
    expect(renderMessage({ phrase: 'list', items: [3, 4] }, 'en')).toBe('3, 4');
    expect(renderMessage({ phrase: 'table', table: 't3' }, 'zh-cn')).toBe('表三');
    expect(renderMessage({ phrase: 'sentence', text: { phrase: 'table', table: 't3' } }, 'en')).toBe(
      renderMessage({ phrase: 'table', table: 't3' }, 'en').replace(/^t/, 'T'),
    );
  });
});

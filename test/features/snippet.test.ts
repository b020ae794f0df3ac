// Inserted templates as snippets (features/template.ts templateSnippet): tab stops on every 【请填写…】
// placeholder and on the empty line under each heading where a section's text goes; accepted without
// typing, a snippet inserts exactly the template's text.

import { describe, expect, it } from 'vitest';
import { newReportText, templateSnippet } from '../../server/src/service/features/template';

/** What VS Code inserts for a snippet when every stop keeps its placeholder (or stays empty). */
function expand(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && /[\\$}]/.test(snippet[i + 1] ?? '')) {
      out += snippet[++i];
    } else if (c === '$') {
      const m = /^\$\{\d+(?::((?:\\.|[^\\}])*))?\}/.exec(snippet.slice(i))!;
      expect(m, `a tab stop at ${i}`).not.toBeNull();
      out += (m[1] ?? '').replace(/\\([\\$}])/g, '$1');
      i += m[0].length - 1;
    } else {
      out += c;
    }
  }
  return out;
}

/** The tab stops in order: `1:【请填写…】` or `2:` for an empty one. */
function stops(snippet: string): string[] {
  return [...snippet.matchAll(/\$\{(\d+)(?::((?:\\.|[^\\}])*))?\}/g)].map((m) => `${m[1]}:${m[2] ?? ''}`);
}

describe('templateSnippet', () => {
  it('puts an empty stop under each sub-heading of an inserted section, in order', () => {
    const text = '五、存在的主要问题及改进情况\n\n（一）存在的主要问题\n\n（二）改进情况\n\n';
    const snippet = templateSnippet(text);
    expect(snippet).toBe('五、存在的主要问题及改进情况\n${1}\n（一）存在的主要问题\n${2}\n（二）改进情况\n${3}\n');
    expect(expand(snippet)).toBe(text);
  });

  it('puts the stop at the end when the section is appended at the end of the text (CRLF kept)', () => {
    const text = '\r\n\r\n五、存在的主要问题及改进情况\r\n\r\n（一）存在的主要问题\r\n\r\n（二）改进情况\r\n';
    const snippet = templateSnippet(text);
    expect(stops(snippet)).toEqual(['1:', '2:', '3:']);
    expect(snippet.endsWith('（二）改进情况\r\n${3}')).toBe(true);
    expect(expand(snippet)).toBe(text);
  });

  it('leaves a heading followed by prose without a stop, and escapes $ and }', () => {
    const text = '六、其他需要报告的事项\n\n本机关2023年度未收取信息处理费，费用 $5 }。\n\n';
    const snippet = templateSnippet(text);
    expect(stops(snippet)).toEqual([]);
    expect(expand(snippet)).toBe(text);
  });

  it('makes every 【请填写…】 of a new report a stop that selects it, and changes nothing else', () => {
    const text = newReportText({ agency: '白鹭湾镇人民政府', year: 2024 });
    const snippet = templateSnippet(text);
    const placeholders = text.match(/【请填写[^【】]*】/g)!;
    expect(placeholders.length).toBeGreaterThan(5);
    expect(stops(snippet)).toEqual(placeholders.map((p, i) => `${i + 1}:${p}`));
    expect(expand(snippet)).toBe(text);
  });
});

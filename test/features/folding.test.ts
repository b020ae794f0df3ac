// Folding ranges on an invented draft: every section, sub-heading and table, by 0-based line.

import { describe, expect, it } from 'vitest';
import { createLanguageService } from '../../server/src/service';
import { report, t3Text } from './drafts';

const service = createLanguageService();

describe('foldingRanges', () => {
  it('folds each section to its last line of text, each sub-heading, and each table', () => {
    expect(service.folding(service.parse(report()))).toEqual([
      { startLine: 4, endLine: 9 },
      { startLine: 6, endLine: 7 },
      { startLine: 8, endLine: 9 },
      { startLine: 11, endLine: 26 },
      { startLine: 13, endLine: 26, kind: 'region' },
      { startLine: 28, endLine: 57 },
      { startLine: 30, endLine: 57, kind: 'region' },
      { startLine: 59, endLine: 64 },
      { startLine: 61, endLine: 64, kind: 'region' },
      { startLine: 66, endLine: 68 },
      // Section 六 stops before the 落款, which stays visible.
      { startLine: 70, endLine: 72 },
    ]);
  });

  it('folds a table right under its heading on its own, one range per start line', () => {
    const text = report({ t3: t3Text('markdown') }).replace(
      '三、收到和处理政府信息公开申请情况\n\n',
      '三、收到和处理政府信息公开申请情况\n',
    );
    const ranges = service.folding(service.parse(text));
    const starts = ranges.map((r) => r.startLine);
    expect(new Set(starts).size).toBe(starts.length);
    expect(ranges.find((r) => r.startLine === 28)).toEqual({ startLine: 28, endLine: 55 });
    expect(ranges.find((r) => r.startLine === 29)).toEqual({ startLine: 29, endLine: 55, kind: 'region' });
  });

  it('gives nothing for a one-line text', () => {
    expect(service.folding(service.parse('一、总体情况'))).toEqual([]);
  });
});

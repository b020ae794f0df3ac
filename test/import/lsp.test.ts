// The language server's nianbao/importFile request: bytes in, the draft (or the reason there is none)
// out, in the language of the settings.

import { describe, expect, it } from 'vitest';
import { provideImport } from '../../server/src/lsp/handlers/import';
import type { ServerContext } from '../../server/src/lsp/context';
import { buildReport, defaultValues } from '../fixtures/drafts';
import { toDocx } from './generate';

function context(language: 'zh-cn' | 'en'): ServerContext {
  return { settings: { language } } as unknown as ServerContext;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('nianbao/importFile', () => {
  it('returns the draft of a Word file', async () => {
    const draft = buildReport(defaultValues(), { layout: 'tabs' });
    const result = await provideImport(context('zh-cn'), { fileName: '年报.docx', base64: base64(toDocx(draft)) });
    expect(result).toMatchObject({ kind: 'docx', warnings: [] });
    expect('text' in result && result.text.split('\n')[0]).toBe(draft.split('\n')[0]);
  });

  it('explains an old .doc in the language of the settings', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await provideImport(context('en'), { fileName: 'old.doc', base64: base64(doc) })).toEqual({
      error: 'this is an old Word/WPS file (.doc/.wps), which cannot be read; please save it as .docx and import it again',
    });
    const chinese = await provideImport(context('zh-cn'), { fileName: 'old.doc', base64: base64(doc) });
    expect('error' in chinese && chinese.error).toContain('请另存为 .docx');
  });
});

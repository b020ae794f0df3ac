// A broken .nianbao.json is reported in the server's output as a sentence in the session's language, not as
// the message object the configuration reader returns.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dismissals } from '../server/src/lsp/dismissals';
import { renderMessage } from '../server/src/service';

describe('dismissals of a broken .nianbao.json', () => {
  for (const language of ['zh-cn', 'en'] as const) {
    it(`log why the file was not read, written in ${language}`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-dismiss-'));
      fs.writeFileSync(path.join(dir, '.nianbao.json'), '{ "dismissed": "x" }');
      const report = path.join(dir, '青禾县2023年政府信息公开工作年度报告.txt');
      fs.writeFileSync(report, '');
      const lines: string[] = [];
      const dismissals = new Dismissals(
        (line) => lines.push(line),
        (message) => renderMessage(message, language),
      );
      expect(dismissals.forUri(pathToFileURL(report).toString()).size).toBe(0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain('[object Object]');
      expect(lines[0]).toMatch(language === 'en' ? /dismissed.*array/ : /dismissed/);
    });
  }
});

// The bundled language server answers nianbao/importFile over stdio: pdf.js runs inside the bundle
// (no canvas, no worker thread) and writes nothing on stdout, which is the protocol's channel.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InitializeRequest, type ProtocolConnection, ShutdownRequest, createProtocolConnection } from 'vscode-languageserver/node';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { IMPORT_FILE, type ImportFileParams, type ImportFileResult } from '../../server/src/lsp/protocol';
import { buildReport, defaultValues } from '../fixtures/drafts';
import { bundleEntry } from '../util/bundle';
import { missingOutsideCi } from '../util/environment';
import { findCjkFont, toDocx, toPdf } from './generate';

const font = findCjkFont();
let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-import-lsp-'));
  const bundle = path.join(dir, 'server.js');
  await bundleEntry('server', bundle);
  server = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { settings: {} },
  });
}, 60_000);

afterAll(async () => {
  if (connection) {
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    connection.dispose();
  }
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

const DRAFT = buildReport(defaultValues(), { layout: 'tabs' });

async function importOver(bytes: Uint8Array, fileName: string): Promise<ImportFileResult> {
  const params: ImportFileParams = { fileName, base64: Buffer.from(bytes).toString('base64') };
  return connection.sendRequest<ImportFileResult>(IMPORT_FILE, params);
}

describe('nianbao/importFile over the protocol', () => {
  it('reads a Word file', async () => {
    const result = await importOver(toDocx(DRAFT), 'report.docx');
    expect(result).toMatchObject({ kind: 'docx', warnings: [] });
    expect('text' in result && result.text).toContain('一、本年新收政府信息公开申请数量\t5\t2\t0\t0\t1\t0\t8');
  });

  it.skipIf(missingOutsideCi(!!font, 'a CJK font for PDFs (fonts-wqy-microhei)'))(
    'reads a PDF, then says a scan cannot be checked',
    async () => {
      const result = await importOver(await toPdf(DRAFT, { font: font! }), 'report.pdf');
      expect(result).toMatchObject({ kind: 'pdf', warnings: [] });
      expect('text' in result && result.text).toContain('一、本年新收政府信息公开申请数量\t5\t2\t0\t0\t1\t0\t8');
      expect(await importOver(await toPdf(DRAFT, { font: font!, scanOnly: true }), 'scan.pdf')).toEqual({
        error: '扫描件，无文字层，无法核对',
      });
    },
    60_000,
  );
});

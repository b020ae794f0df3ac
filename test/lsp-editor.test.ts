// The editor features of the language server as a client sees them: CodeLenses above the tables, inlay
// hints after a wrong total, and the status bar's nianbao/reportStatus request. The bundled server is
// started over stdio; every wait is for a response, never for a fixed time.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeLens,
  CodeLensRequest,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type InlayHint,
  InlayHintRequest,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver/node';
import { REPORT_STATUS_REQUEST, type ReportStatusResult } from '../server/src/lsp/protocol';
import { bundleEntry } from './util/bundle';
import { WRONG_TOTAL, report, table3 } from './lsp-drafts';

let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let stderr = '';

const text = report({ t3: table3(WRONG_TOTAL) });
const uri = 'file:///drafts/editor-wrong-total.txt';
const plainUri = 'file:///drafts/shopping-list.txt';
const lines = text.split('\n');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-editor-'));
  const bundle = path.join(dir, 'server.js');
  await bundleEntry('server', bundle);
  server = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  server.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { settings: { validationDelay: 0, language: 'zh-cn' } },
  });
  expect(result.capabilities).toMatchObject({ codeLensProvider: { resolveProvider: false }, inlayHintProvider: true });
  expect(result.capabilities.experimental.nianbao.requests).toContain(REPORT_STATUS_REQUEST);
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'nianbao', version: 1, text },
  });
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: plainUri, languageId: 'plaintext', version: 1, text: '牛奶\n面包\n' },
  });
});

afterAll(async () => {
  if (connection) {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
  }
  if (server && server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
  fs.rmSync(dir, { recursive: true, force: true });
  expect(stderr).toBe('');
});

describe('CodeLenses', () => {
  it('stand on the first line of each table: its relations as text, and 预览 opening the preview of this document', async () => {
    const lenses = (await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
    expect(lenses).toHaveLength(6);
    // Tables 二, 三 and 四 in order, two lenses each, both on the table's first line.
    const onT3 = lenses.slice(2, 4);
    const t3Line = onT3[0]!.range.start.line;
    expect(onT3[1]!.range.start.line).toBe(t3Line);
    expect(lines[t3Line]!.startsWith('\t自然人')).toBe(true);
    expect(onT3.map((l) => l.command!.title)).toEqual([expect.stringMatching(/^勾稽关系 \d+\/\d+，\d+ 处不符$/), '预览']);
    expect(onT3[0]!.command!.command).toBe('');
    expect(onT3[1]!.command).toEqual({ title: '预览', command: 'nianbao.previewTables', arguments: [uri] });
    expect(await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: plainUri } })).toEqual([]);
  });
});

describe('inlay hints', () => {
  it('say “= 3” right after each wrong （七）总计 value, and nothing outside the range asked for', async () => {
    const all = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
    const hints = (await connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: all })) as InlayHint[];
    const r7 = lines.findIndex((l) => l.startsWith('（七）总计'));
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) {
      expect(hint.label).toBe('= 3');
      expect(hint.position.line).toBe(r7);
      expect(hint.paddingLeft).toBe(true);
      // Right after a `4`, the wrong value.
      expect(lines[r7]!.slice(hint.position.character - 1, hint.position.character)).toBe('4');
    }
    const before = { start: { line: 0, character: 0 }, end: { line: r7 - 5, character: 0 } };
    expect(await connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: before })).toEqual([]);
  });
});

describe('report status', () => {
  it('gives the status bar its text, the tables and the findings by severity', async () => {
    const status = (await connection.sendRequest(REPORT_STATUS_REQUEST, { uri })) as ReportStatusResult;
    expect(status.report).toBe(true);
    expect(status.text).toMatch(/^2022 · 2021 版 · 表格 3\/3 · 勾稽 ✗ \d+$/);
    expect(status.tables.map((s) => [s.kind, s.state])).toEqual([
      ['t2', 'read'],
      ['t3', 'read'],
      ['t4', 'read'],
    ]);
    expect(status.relations.fails).toBeGreaterThan(0);
    expect(status.findings.errors).toBeGreaterThan(0);
    expect(status.details).toHaveLength(4);
    expect(status.details[3]).toBe(
      `错误 ${status.findings.errors}，警告 ${status.findings.warnings}，提示 ${status.findings.information + status.findings.hints}`,
    );
  });

  it('says a plain document is not a report, and an unknown one is an error', async () => {
    const plain = (await connection.sendRequest(REPORT_STATUS_REQUEST, { uri: plainUri })) as ReportStatusResult;
    expect(plain).toMatchObject({ report: false, text: '' });
    await expect(connection.sendRequest(REPORT_STATUS_REQUEST, { uri: 'file:///nowhere.txt' })).rejects.toThrow(/not open/);
  });
});

// The language server's workspace index for workspace/carryover, as a client sees it: last year's report
// lies in the workspace folder (not open), this year's is opened, and its diagnostics link last year's
// cell; a change of the file on disk, or last year's report opened with other numbers, is followed.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { bundleEntry } from '../util/bundle';
import { buildReport, cloneValues, defaultValues, t3Values } from '../fixtures/drafts';

function draft(year: number, carry: number, next: number): string {
  const v = cloneValues(defaultValues());
  v.agency = '青禾县农业农村局';
  v.year = year;
  v.t3 = t3Values({ new: { np: 4 + next, biz: 1 }, carry: { np: carry }, r1: { np: 4 + carry, biz: 1 } });
  return buildReport(v);
}

let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let stderr = '';
const registrations: string[] = [];
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];

function waitFor(test: (p: PublishDiagnosticsParams) => boolean, from: number): Promise<PublishDiagnosticsParams> {
  const earlier = published.slice(from).find(test);
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve) => waiters.push({ test, resolve }));
}

const carryCodes = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'workspace/carryover');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-ws-'));
  fs.mkdirSync(path.join(dir, 'ws', '2022'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ws', '2022', '青禾县农业农村局2022年报.txt'), draft(2022, 0, 4));
  fs.writeFileSync(path.join(dir, 'ws', 'notes.md'), '# 笔记\n');
  const bundle = path.join(dir, 'server.js');
  await bundleEntry('server', bundle);
  server = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  server.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.test(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest(RegistrationRequest.type, (params) => {
    for (const r of params.registrations) registrations.push(r.method);
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(path.join(dir, 'ws')).href,
    workspaceFolders: [{ uri: pathToFileURL(path.join(dir, 'ws')).href, name: 'ws' }],
    capabilities: {
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
    },
    initializationOptions: { settings: { validationDelay: 0 } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
}, 60_000);

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

describe('workspace/carryover in the editor', () => {
  const lastYearFile = () => path.join(dir, 'ws', '2022', '青禾县农业农村局2022年报.txt');
  const thisYearUri = () => pathToFileURL(path.join(dir, 'ws', '青禾县农业农村局2023年报.txt')).href;

  it('links this year’s 上年结转 to last year’s report in the workspace', { timeout: 30_000 }, async () => {
    const from = published.length;
    const text = draft(2023, 1, 0);
    void connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: thisYearUri(), languageId: 'nianbao', version: 1, text },
    });
    const result = await waitFor((p) => p.uri === thisYearUri() && carryCodes(p).length > 0, from);
    const [np, tot] = carryCodes(result);
    expect(np!.message).toBe(
      '上年结转（自然人）为 1，而 2022 年报告（2022/青禾县农业农村局2022年报.txt）的“四、结转下年度继续办理”（自然人）为 4，两者应相等，请核对',
    );
    expect(tot!.message).toContain('上年结转（总计）为 1，');
    const line = text.split('\n')[np!.range.start.line];
    expect(line!.startsWith('二、上年结转政府信息公开申请数量')).toBe(true);
    const related = np!.relatedInformation![0];
    expect(related!.location.uri).toBe(pathToFileURL(lastYearFile()).href);
    const lastYearLine = fs.readFileSync(lastYearFile(), 'utf8').split('\n')[related!.location.range.start.line];
    expect(lastYearLine!.startsWith('四、结转下年度继续办理')).toBe(true);
    expect(lastYearLine!.slice(related!.location.range.start.character, related!.location.range.end.character)).toBe('4');
    expect(registrations).toContain(DidChangeWatchedFilesNotification.method);
  });

  it('follows last year’s file when it changes on disk', { timeout: 30_000 }, async () => {
    const from = published.length;
    fs.writeFileSync(lastYearFile(), draft(2022, 0, 1));
    void connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(lastYearFile()).href, type: FileChangeType.Changed }],
    });
    const result = await waitFor((p) => p.uri === thisYearUri(), from);
    expect(carryCodes(result)).toEqual([]);
  });

  it('takes last year’s report as open in the editor over its file', { timeout: 30_000 }, async () => {
    const from = published.length;
    const uri = pathToFileURL(lastYearFile()).href;
    void connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: draft(2022, 0, 3) },
    });
    const result = await waitFor((p) => p.uri === thisYearUri(), from);
    expect(carryCodes(result).map((d) => d.message)).toEqual([
      '上年结转（自然人）为 1，而 2022 年报告（2022/青禾县农业农村局2022年报.txt）的“四、结转下年度继续办理”（自然人）为 3，两者应相等，请核对',
      '上年结转（总计）为 1，而 2022 年报告（2022/青禾县农业农村局2022年报.txt）的“四、结转下年度继续办理”（总计）为 3，两者应相等，请核对',
    ]);
  });

  it('goes back to the file on disk when last year’s report is closed', { timeout: 30_000 }, async () => {
    const from = published.length;
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(lastYearFile()).href } });
    const result = await waitFor((p) => p.uri === thisYearUri(), from);
    // The file on disk carries 1 forward, as this year's report took over.
    expect(carryCodes(result)).toEqual([]);
  });
});

// Tests of the language server as a client sees it: the bundled server is started over stdio and
// driven with LSP messages. Every wait is for a notification or a response, never for a fixed time.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  type TextDocumentEdit,
  createProtocolConnection,
} from 'vscode-languageserver/node';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ALL_CHECKS } from '../server/src/service';

// An invented draft whose second heading lacks its number (line 6) and whose sub-headings skip （二）.
const DRAFT = `示例市文化旅游局2022年政府信息公开工作年度报告

一、总体情况
2022年，示例市文化旅游局坚持以公开为常态。

主动公开政府信息情况
本年主动公开信息86条。
三、收到和处理政府信息公开申请情况
本年新收申请2件。
四、政府信息公开行政复议、行政诉讼情况
无。
五、存在的主要问题及改进情况
（一）存在问题。更新不够及时。
（三）改进措施。加强审核。
六、其他需要报告的事项
本机关未收取信息处理费。
`;

const UNNUMBERED_LINE = 5;

let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let stderr = '';
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<{ from: number; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];

/** Resolves with the first publication at or after index `from` that passes `test`. */
function waitForDiagnostics(test: (p: PublishDiagnosticsParams) => boolean, from = published.length): Promise<PublishDiagnosticsParams> {
  const earlier = published.slice(from).find(test);
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve) => waiters.push({ from, test, resolve }));
}

function onPublish(params: PublishDiagnosticsParams): void {
  published.push(params);
  for (const waiter of [...waiters]) {
    if (waiter.test(params)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  }
}

let uriCounter = 0;
function newUri(extension = 'txt'): string {
  return `file:///drafts/report-${++uriCounter}.${extension}`;
}

function open(uri: string, text: string, languageId = 'nianbao', version = 1): void {
  void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

function setSettings(settings: Record<string, unknown>): void {
  void connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { nianbao: settings } });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-'));
  const bundle = path.join(dir, 'server.js');
  // The server is bundled from the sources here, exactly as scripts/build.mjs does, so the test never
  // runs a stale server/out/server.js.
  await build({
    entryPoints: [path.resolve(__dirname, '../server/src/server.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
  });
  server = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  server.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification(PublishDiagnosticsNotification.type, onPublish);
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      workspace: { workspaceEdit: { documentChanges: true } },
    },
    initializationOptions: { settings: { validationDelay: 150 } },
  });
  expect(result.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
  expect(result.serverInfo?.name).toBe('nianbao');
  await connection.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
  if (connection) {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
  }
  if (server && server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
  fs.rmSync(dir, { recursive: true, force: true });
  // Every handler is guarded; anything on stderr would mean a crash that escaped them.
  expect(stderr).toBe('');
});

describe('diagnostics', () => {
  it('arrive after didOpen, for the opened version, with code, source and range of each finding', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const result = await waitForDiagnostics((p) => p.uri === uri);
    expect(result.version).toBe(1);
    for (const d of result.diagnostics) expect(d.source).toBe('nianbao');
    const unnumbered = result.diagnostics.find((d) => d.code === 'section/unnumbered');
    expect(unnumbered).toMatchObject({
      severity: DiagnosticSeverity.Warning,
      range: { start: { line: UNNUMBERED_LINE, character: 0 }, end: { line: UNNUMBERED_LINE, character: 10 } },
    });
  });

  it('arrive after didChange, only for the newest of quick successive versions', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    await waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    const from = published.length;
    // Two keystrokes well within one debounce: number the heading, then type at the end.
    const at = { line: UNNUMBERED_LINE, character: 0 };
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: '二、' }],
    });
    const end = { line: 16, character: 0 };
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: end, end }, text: '\n' }],
    });
    const result = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(result.version).toBe(3);
    expect(published.slice(from).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([3]);
    // The incremental edits were applied where they were meant to go: the heading now has its number.
    expect(codes(result.diagnostics)).not.toContain('section/unnumbered');
  });

  it('are cleared when the document closes', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const first = await waitForDiagnostics((p) => p.uri === uri);
    expect(first.diagnostics.length).toBeGreaterThan(0);
    const from = published.length;
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    const cleared = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('follow nianbao.checks: a severity raised, a check turned off', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const before = await waitForDiagnostics((p) => p.uri === uri);
    expect(codes(before.diagnostics)).toContain('section/subheading-sequence');
    const from = published.length;
    setSettings({ checks: { 'section/unnumbered': 'error', 'section/subheading-sequence': 'off', 'bogus/id': 'loud' } });
    const after = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(after.diagnostics.find((d) => d.code === 'section/unnumbered')?.severity).toBe(DiagnosticSeverity.Error);
    expect(codes(after.diagnostics)).not.toContain('section/subheading-sequence');
    const reset = published.length;
    setSettings({});
    const restored = await waitForDiagnostics((p) => p.uri === uri, reset);
    expect(restored.diagnostics.find((d) => d.code === 'section/unnumbered')?.severity).toBe(DiagnosticSeverity.Warning);
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it('cover Markdown documents only when they read like a report', async () => {
    const readme = newUri('md');
    const report = newUri('md');
    const from = published.length;
    open(readme, '# 使用说明\n\n一、安装\n', 'markdown');
    open(report, `# ${DRAFT}`, 'markdown');
    const result = await waitForDiagnostics((p) => p.uri === report, from);
    expect(codes(result.diagnostics)).toContain('section/unnumbered');
    // Both were scheduled at once, the README first: had it been analysed, it would have been published first.
    expect(published.slice(from).some((p) => p.uri === readme)).toBe(false);
  });

  it('are replaced by one notice for a document too large to analyse', async () => {
    const uri = newUri();
    open(uri, DRAFT + '本年主动公开信息。\n'.repeat(250_000));
    const result = await waitForDiagnostics((p) => p.uri === uri);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'internal/too-large', severity: DiagnosticSeverity.Information });
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it.runIf(ALL_CHECKS.some((c) => c.id === 'section/missing'))('report a missing section in a draft that has only one heading', async () => {
    const uri = newUri();
    open(uri, '示例镇人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n');
    const result = await waitForDiagnostics((p) => p.uri === uri);
    expect(codes(result.diagnostics)).toContain('section/missing');
  });
});

describe('code actions', () => {
  it('offer each diagnostic’s fixes as quick fixes, and the safe ones as source.fixAll.nianbao', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const { diagnostics } = await waitForDiagnostics((p) => p.uri === uri);
    const unnumbered = diagnostics.find((d) => d.code === 'section/unnumbered')!;
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unnumbered.range,
      context: { diagnostics: [unnumbered] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === '添加编号“二、”');
    expect(fix).toBeDefined();
    expect(fix!.kind).toBe('quickfix');
    expect(fix!.diagnostics).toEqual([unnumbered]);
    const edit = fix!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(edit.textDocument).toEqual({ uri, version: 1 });
    expect(edit.edits).toEqual([{ range: { start: { line: UNNUMBERED_LINE, character: 0 }, end: { line: UNNUMBERED_LINE, character: 0 } }, newText: '二、' }]);

    const source = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(source.map((a) => a.kind)).toEqual(['source.fixAll.nianbao']);
    const all = (source[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
    expect(all).toContainEqual({ range: { start: { line: UNNUMBERED_LINE, character: 0 }, end: { line: UNNUMBERED_LINE, character: 0 } }, newText: '二、' });

    // A diagnostic the server did not publish (another source, or another range) gets nothing.
    const foreign = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unnumbered.range,
      context: { diagnostics: [{ ...unnumbered, source: 'other' }, { ...unnumbered, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] },
    })) as CodeAction[];
    expect(foreign).toEqual([]);
  });

  it('answer an unknown document with nothing and survive a malformed request', async () => {
    const none = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///nowhere.txt' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(none).toEqual([]);
    const uri = newUri();
    open(uri, DRAFT);
    await waitForDiagnostics((p) => p.uri === uri);
    const malformed = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: null as never,
    });
    expect(malformed).toEqual([]);
    // The guard logged the failure to the client's console instead of crashing; the server still answers.
    const after = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(after).toEqual([]);
  });
});

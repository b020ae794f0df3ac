// 「忽略此问题」 end to end over the protocol: the bundled server over stdio offers the quick fix, its command
// asks the client (this test) to edit .nianbao.json through workspace/applyEdit, the finding disappears and
// stays away after an edit elsewhere, `nianbao check` honours the same file, and a changed file is re-read.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  createProtocolConnection,
} from 'vscode-languageserver/node';
import { runCli } from '../server/src/cli/main';
import { dismissalEdit } from '../server/src/lsp/dismissals';
import { dismissActions } from '../server/src/lsp/handlers/dismiss';
import { bundleEntry } from './util/bundle';
import { WRONG_TOTAL, report, table3 } from './lsp-drafts';

let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let stderr = '';
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
/** Every workspace edit the server asked for. */
const applied: ApplyWorkspaceEditParams[] = [];

function waitForDiagnostics(test: (p: PublishDiagnosticsParams) => boolean, from = published.length): Promise<PublishDiagnosticsParams> {
  const earlier = published.slice(from).find(test);
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve) => waiters.push({ test, resolve }));
}

function offsetOf(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

/** Applies an edit to the files on disk, as an editor that saves refactored files would. */
function applyToDisk(params: ApplyWorkspaceEditParams): void {
  for (const change of params.edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected ${change.kind}`);
      const file = fileURLToPath(change.uri);
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
      continue;
    }
    const file = fileURLToPath(change.textDocument.uri);
    let text = fs.readFileSync(file, 'utf8');
    const edits = [...(change.edits as TextEdit[])].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
    for (const edit of edits)
      text = text.slice(0, offsetOf(text, edit.range.start)) + edit.newText + text.slice(offsetOf(text, edit.range.end));
    fs.writeFileSync(file, text);
  }
}

const text = report({ t3: table3(WRONG_TOTAL) });

function fingerprintOf(diagnostic: Diagnostic): string {
  return (diagnostic.data as { fingerprint: string }).fingerprint;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lsp-dismiss-'));
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
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    applied.push(params);
    applyToDisk(params);
    return { applied: true };
  });
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
    initializationOptions: { settings: { validationDelay: 0, language: 'zh-cn' } },
  });
  expect(result.capabilities.executeCommandProvider?.commands).toEqual(['nianbao.dismissFinding']);
  await connection.sendNotification(InitializedNotification.type, {});
  // Bundling the server takes a while on a busy machine.
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

async function openReport(uri: string): Promise<Diagnostic[]> {
  const from = published.length;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'nianbao', version: 1, text },
  });
  return (await waitForDiagnostics((p) => p.uri === uri, from)).diagnostics;
}

async function dismissAction(uri: string, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
  const actions = (await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  return actions.find((a) => a.title === '忽略此问题');
}

describe('忽略此问题', () => {
  it('records the fingerprint in a new .nianbao.json; the finding stays gone after an edit elsewhere; check honours it', async () => {
    const folder = path.join(dir, 'new');
    fs.mkdirSync(folder);
    const file = path.join(folder, '林业局年报.txt');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const before = await openReport(uri);
    expect(before.length).toBeGreaterThan(1);
    for (const d of before) expect(fingerprintOf(d)).toMatch(/^[0-9a-f]{16}$/);
    const target = before.find((d) => d.code === 'table3/row-sum') ?? before[0];
    const action = await dismissAction(uri, target!);
    expect(action).toMatchObject({
      kind: 'quickfix',
      command: { command: 'nianbao.dismissFinding', arguments: [{ uri, fingerprint: fingerprintOf(target!) }] },
    });

    const from = published.length;
    await connection.sendRequest(ExecuteCommandRequest.type, { command: action!.command!.command, arguments: action!.command!.arguments });
    const after = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(after.diagnostics.map(fingerprintOf)).toEqual(before.map(fingerprintOf).filter((f) => f !== fingerprintOf(target!)));
    expect(applied).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(folder, '.nianbao.json'), 'utf8'))).toEqual({ dismissed: [fingerprintOf(target!)] });

    // Two lines inserted above: every line number moves, the dismissal holds.
    const edited = published.length;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '（草稿）\n\n' }],
    });
    const moved = await waitForDiagnostics((p) => p.uri === uri && p.version === 2, edited);
    expect(moved.diagnostics.map(fingerprintOf)).toEqual(after.diagnostics.map(fingerprintOf));
    expect(moved.diagnostics.map((d) => d.range.start.line)).toEqual(after.diagnostics.map((d) => d.range.start.line + 2));

    // The CLI reads the same file: the finding is left out and counted.
    let stdout = '';
    const code = await runCli(['check', '--format', 'json', file], { cwd: folder, stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(1);
    const cliFindings = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ fingerprint: string }> }> }).files[0]!.findings;
    expect(cliFindings.map((f) => f.fingerprint).sort()).toEqual(after.diagnostics.map(fingerprintOf).sort());

    // The audit page counts it as dismissed, the others as open.
    const page = path.join(dir, 'audit.html');
    expect(await runCli(['report', file, '-o', page], { cwd: folder, stdout: () => undefined, stderr: () => undefined })).toBe(0);
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toContain(`<td class="review">0 / 1 / ${before.length - 1}</td>`);
    expect(html).toContain('在 .nianbao.json 中忽略的问题记为已忽略');

    // The reviewer takes the dismissal back by editing the file; the watcher's notice brings the finding back.
    fs.writeFileSync(path.join(folder, '.nianbao.json'), '{ "dismissed": [] }\n');
    const undone = published.length;
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(path.join(folder, '.nianbao.json')).href, type: FileChangeType.Changed }],
    });
    const back = await waitForDiagnostics((p) => p.uri === uri && p.diagnostics.length === before.length, undone);
    expect(back.diagnostics.map(fingerprintOf)).toContain(fingerprintOf(target!));
  });

  it('adds to an existing .nianbao.json, keeping its settings and layout', async () => {
    const folder = path.join(dir, 'existing');
    fs.mkdirSync(folder);
    const file = path.join(folder, '林业局年报.txt');
    fs.writeFileSync(file, text);
    const config = '{\n    "reportYear": 2022,\n    "dismissed": [\n        "0123456789abcdef"\n    ]\n}\n';
    fs.writeFileSync(path.join(folder, '.nianbao.json'), config);
    const uri = pathToFileURL(file).href;
    const before = await openReport(uri);
    const from = published.length;
    const action = await dismissAction(uri, before[0]!);
    await connection.sendRequest(ExecuteCommandRequest.type, { command: action!.command!.command, arguments: action!.command!.arguments });
    const after = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(after.diagnostics).toHaveLength(before.length - 1);
    expect(fs.readFileSync(path.join(folder, '.nianbao.json'), 'utf8')).toBe(
      `{\n    "reportYear": 2022,\n    "dismissed": [\n        "0123456789abcdef",\n        "${fingerprintOf(before[0]!)}"\n    ]\n}\n`,
    );
  });

  it('keeps fix-all (as on save) away from a dismissed finding', async () => {
    const folder = path.join(dir, 'fix-all');
    fs.mkdirSync(folder);
    const file = path.join(folder, '林业局年报.txt');
    const unnumbered = text.replace('\n二、主动公开政府信息情况\n', '\n主动公开政府信息情况\n');
    fs.writeFileSync(file, unnumbered);
    const uri = pathToFileURL(file).href;
    const from = published.length;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: unnumbered },
    });
    const before = (await waitForDiagnostics((p) => p.uri === uri, from)).diagnostics;
    const heading = before.find((d) => d.code === 'section/unnumbered')!;
    const fixAll = async () =>
      (await connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: heading.range,
        context: { diagnostics: [], only: ['source.fixAll.nianbao'] },
      })) as CodeAction[];
    const offered = await fixAll();
    expect(JSON.stringify(offered)).toContain('二、');
    const action = await dismissAction(uri, heading);
    const dismissedAt = published.length;
    await connection.sendRequest(ExecuteCommandRequest.type, { command: action!.command!.command, arguments: action!.command!.arguments });
    await waitForDiagnostics((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'section/unnumbered'), dismissedAt);
    expect(JSON.stringify(await fixAll())).not.toContain('二、');
  });

  it('is not offered on an untitled document, which has no folder to record it in', async () => {
    const uri = 'untitled:Untitled-1';
    const diagnostics = await openReport(uri);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(await dismissAction(uri, diagnostics[0]!)).toBeUndefined();
  });
});

describe('dismissalEdit', () => {
  it('creates a file, appends to the list once, and refuses a file that is not a JSON object', () => {
    const created = dismissalEdit(null, 'aaaaaaaaaaaaaaaa');
    expect(created).toMatchObject({ ok: true, text: '{\n  "dismissed": [\n    "aaaaaaaaaaaaaaaa"\n  ]\n}\n' });
    const added = dismissalEdit('{"checks": {"table3/row-sum": "off"}}', 'bbbbbbbbbbbbbbbb');
    expect(added.ok && JSON.parse(added.text)).toEqual({ checks: { 'table3/row-sum': 'off' }, dismissed: ['bbbbbbbbbbbbbbbb'] });
    expect(dismissalEdit(created.ok ? created.text : '', 'aaaaaaaaaaaaaaaa')).toEqual({ ok: false, reason: 'already' });
    expect(dismissalEdit('[1]', 'aaaaaaaaaaaaaaaa')).toEqual({ ok: false, reason: 'invalid' });
    expect(dismissalEdit('{"dismissed": "all"}', 'aaaaaaaaaaaaaaaa')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('dismissActions', () => {
  const range = { start: { line: 3, character: 1 }, end: { line: 3, character: 2 } };
  const diagnostic = (code: string, fingerprint: string): Diagnostic => ({
    range,
    message: code,
    code,
    source: 'nianbao',
    data: { fingerprint },
  });
  it('offers one per finding, naming the check when several share the place, and none for untitled or foreign diagnostics', () => {
    const one = dismissActions('file:///drafts/a.txt', [diagnostic('sum/balance', '00000000000000aa')]);
    expect(one.map((a) => a.title)).toEqual(['忽略此问题']);
    const two = dismissActions('file:///drafts/a.txt', [
      diagnostic('sum/balance', '00000000000000aa'),
      diagnostic('sum/row-total', '00000000000000bb'),
      diagnostic('sum/balance', '00000000000000aa'),
    ]);
    expect(two.map((a) => a.title)).toEqual(['忽略此问题（sum/balance）', '忽略此问题（sum/row-total）']);
    expect(dismissActions('untitled:Untitled-1', [diagnostic('sum/balance', '00000000000000aa')])).toEqual([]);
    expect(dismissActions('file:///drafts/a.txt', [{ ...diagnostic('x', '00000000000000aa'), source: 'other' }])).toEqual([]);
  });
});

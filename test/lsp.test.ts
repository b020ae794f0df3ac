// Tests of the language server as a client sees it: the bundled server is started over stdio and
// driven with LSP messages. Every wait is for a notification or a response, never for a fixed time.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleEntry } from './util/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeAction,
  CodeActionRequest,
  CodeActionResolveRequest,
  type CompletionItem,
  CompletionItemKind,
  CompletionRequest,
  type DocumentSymbol,
  DocumentSymbolRequest,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  type FoldingRange,
  FoldingRangeRequest,
  type Hover,
  HoverRequest,
  type MarkupContent,
  type Position,
  type Range,
  type TextEdit,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
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
import { applyEdits } from '../server/src/service/features/apply';
import { computeLineStarts, offsetAt, positionAt } from '../server/src/service';
import { WRONG_TOTAL, report, table2, table3 } from './lsp-drafts';
import { buildReport, cloneValues, defaultValues } from './fixtures/drafts';

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

/** Where the checks' pages are said to be; hovers and diagnostics link there. */
const DOCS_BASE = 'https://docs.example.invalid/checks/';

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
  await bundleEntry('server', bundle);
  server = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  server.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification(PublishDiagnosticsNotification.type, onPublish);
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
      workspace: { workspaceEdit: { documentChanges: true } },
    },
    initializationOptions: { settings: { validationDelay: 150 }, docsBaseUrl: DOCS_BASE },
  });
  expect(result.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
  // This client cannot register formatting dynamically, so the server announces it statically.
  expect(result.capabilities).toMatchObject({
    documentSymbolProvider: { label: '年报' },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['、', '（', '('] },
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
  });
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
    expect(
      published
        .slice(from)
        .filter((p) => p.uri === uri)
        .map((p) => p.version),
    ).toEqual([3]);
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

  it('follow nianbao.language: messages and fix-all titles in English when it says en', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const zh = await waitForDiagnostics((p) => p.uri === uri);
    expect(zh.diagnostics.find((d) => d.code === 'section/unnumbered')?.message).toMatch(/缺少编号/);
    const from = published.length;
    setSettings({ language: 'en' });
    const en = await waitForDiagnostics((p) => p.uri === uri, from);
    const unnumbered = en.diagnostics.find((d) => d.code === 'section/unnumbered')!;
    expect(unnumbered.message).toMatch(/number/i);
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unnumbered.range,
      context: { diagnostics: [unnumbered], only: ['source.fixAll.nianbao'] },
    })) as Array<{ title: string }>;
    expect(actions.map((a) => a.title)).toEqual(['Fix all problems that can be fixed safely']);
    const reset = published.length;
    setSettings({});
    await waitForDiagnostics((p) => p.uri === uri, reset);
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

  it('report a missing section in a draft that has only one heading', async () => {
    const uri = newUri();
    open(uri, '示例镇人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n');
    const result = await waitForDiagnostics((p) => p.uri === uri);
    expect(codes(result.diagnostics)).toContain('section/missing');
  });
});

describe('nianbao.run', () => {
  it('onSave: an edit publishes nothing, a save publishes; off: what was published is cleared', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    await waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    let from = published.length;
    // A zero delay, so that an edit validated as in onType would be published at once.
    setSettings({ run: 'onSave', validationDelay: 0 });
    await waitForDiagnostics((p) => p.uri === uri, from);

    from = published.length;
    const at = { line: UNNUMBERED_LINE, character: 0 };
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: '二、' }],
    });
    // A document opened after the edit is published after a zero delay too; had the edit been
    // scheduled, its publication (timers of equal delay fire in order) would have come before it.
    const other = newUri();
    open(other, DRAFT);
    await waitForDiagnostics((p) => p.uri === other, from);
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(published.slice(from).filter((p) => p.uri === uri)).toEqual([]);

    void connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const saved = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(saved.version).toBe(2);
    expect(codes(saved.diagnostics)).not.toContain('section/unnumbered');
    expect(saved.diagnostics.length).toBeGreaterThan(0);

    from = published.length;
    setSettings({ run: 'off' });
    const cleared = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(cleared.diagnostics).toEqual([]);

    from = published.length;
    setSettings({});
    const back = await waitForDiagnostics((p) => p.uri === uri, from);
    expect(back.diagnostics.length).toBeGreaterThan(0);
    for (const u of [uri, other]) void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: u } });
  });
});

describe('completion', () => {
  it('offers the six standard headings, the missing one first, replacing what was typed', async () => {
    const uri = newUri();
    const text = DRAFT.replace(/五、存在的主要问题及改进情况\n.*\n.*\n/, '五、\n');
    open(uri, text);
    const line = lineOf(text, '五、');
    const items = (await connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: 2 },
    })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual([
      '五、存在的主要问题及改进情况',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '六、其他需要报告的事项',
    ]);
    expect(items[0]).toMatchObject({
      detail: '缺少',
      kind: CompletionItemKind.Module,
      textEdit: { range: { start: { line, character: 0 }, end: { line, character: 2 } }, newText: '五、存在的主要问题及改进情况' },
    });
    expect(items.map((i) => i.sortText)).toEqual([...items.map((i) => i.sortText)].sort());
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
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
    expect(edit.edits).toEqual([
      { range: { start: { line: UNNUMBERED_LINE, character: 0 }, end: { line: UNNUMBERED_LINE, character: 0 } }, newText: '二、' },
    ]);

    const source = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(source.map((a) => a.kind)).toEqual(['source.fixAll.nianbao']);
    const all = (source[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits;
    expect(all).toContainEqual({
      range: { start: { line: UNNUMBERED_LINE, character: 0 }, end: { line: UNNUMBERED_LINE, character: 0 } },
      newText: '二、',
    });

    // A diagnostic the server did not publish (another source, or another range) gets nothing.
    const foreign = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unnumbered.range,
      context: {
        diagnostics: [
          { ...unnumbered, source: 'other' },
          { ...unnumbered, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
        ],
      },
    })) as CodeAction[];
    expect(foreign).toEqual([]);
  });

  it('offer a fix shared by several findings once, for all of them', async () => {
    const uri = newUri();
    // （七）总计 states 4 where its parts add up to 3: balance and results-total both offer 改为 3 on that cell.
    open(uri, report({ t3: table3(WRONG_TOTAL) }));
    const result = await waitForDiagnostics((p) => p.uri === uri);
    const first = result.diagnostics.find((d) => d.code === 'sum/balance')!;
    const onTotal = result.diagnostics.filter(
      (d) => (d.code === 'sum/balance' || d.code === 'sum/results-total') && JSON.stringify(d.range) === JSON.stringify(first.range),
    );
    expect(onTotal.length).toBeGreaterThanOrEqual(2);
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: onTotal[0]!.range,
      context: { diagnostics: onTotal },
    })) as Array<{ title: string; diagnostics?: unknown[] }>;
    const change = actions.filter((a) => a.title === '改为 3');
    expect(change).toHaveLength(1);
    expect(change[0]!.diagnostics).toHaveLength(onTotal.length);
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it('tie each quick fix to its own finding: two missing rows at one place each offer their own row', async () => {
    const uri = newUri();
    // 1.属于国家秘密 and 2.其他法律行政法规禁止公开 both missing: both would be inserted before row 3.
    const text = buildReport(defaultValues(), { omitRows: ['t3.r3.1', 't3.r3.2'] });
    open(uri, text);
    const { diagnostics } = await waitForDiagnostics((p) => p.uri === uri);
    const missing = diagnostics.filter((d) => d.code === 'table/row-missing');
    expect(missing).toHaveLength(2);
    expect(missing[0]!.range).toEqual(missing[1]!.range);
    const inserted: string[] = [];
    for (const diagnostic of missing) {
      const actions = (await connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      const insert = actions.filter((a) => a.title.startsWith('插入'));
      expect(insert).toHaveLength(1);
      expect(insert[0]!.diagnostics).toEqual([diagnostic]);
      const edits = (insert[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits;
      inserted.push(applyLspEdits(text, edits as TextEdit[]));
    }
    expect(inserted[0]).toContain('1.属于国家秘密');
    expect(inserted[0]).not.toContain('2.其他法律行政法规禁止公开');
    expect(inserted[1]).toContain('2.其他法律行政法规禁止公开');
    expect(inserted[1]).not.toContain('1.属于国家秘密');
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it('mark a fix preferred only once verified: a 0 that contradicts its total is never preferred and is left out of fix-all', async () => {
    const uri = newUri();
    const values = cloneValues(defaultValues());
    // 1.属于国家秘密 blank in every column while （七）总计 still counts what the row held: 0 there breaks no
    // total only if the row really held nothing, which the totals deny.
    values.t3['r1'] = ['', '', '', '', '', '', ''] as unknown as number[];
    const text = buildReport(values);
    open(uri, text);
    const { diagnostics } = await waitForDiagnostics((p) => p.uri === uri);
    const blank = diagnostics.find((d) => d.code === 'table/cell-blank')!;
    expect(blank).toBeDefined();
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: blank.range,
      context: { diagnostics: [blank] },
    })) as CodeAction[];
    // The blank cells' finding may offer a fill that follows the totals, or nothing; never a preferred 0.
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    const source = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    const all = source.flatMap((a) => (a.edit!.documentChanges![0] as TextDocumentEdit).edits);
    expect(applyLspEdits(text, all as TextEdit[])).toBe(text);
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it('offer “fix all of this kind” with the verified fixes of that check, computed at once or on resolve', async () => {
    const uri = newUri();
    const text = buildReport(defaultValues(), { labels: { 't3.r3.2': '2.其他法律法规禁止公开', 't3.r5.4': '4.无正当理由由大量反复申请' } });
    open(uri, text);
    const { diagnostics } = await waitForDiagnostics((p) => p.uri === uri);
    const typos = diagnostics.filter((d) => d.code === 'table/label-variant');
    expect(typos).toHaveLength(2);
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: typos[0]!.range,
      context: { diagnostics: [typos[0]!] },
    })) as CodeAction[];
    const all = actions.find((a) => a.title === '修复本文档中所有“table/label-variant”问题（2 处）')!;
    expect(all).toBeDefined();
    const expected = buildReport(defaultValues());
    expect(applyLspEdits(text, (all.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[])).toBe(expected);
    // A client that resolves edits lazily gets the action without its edit, and the same edit on resolve.
    const resolved = (await connection.sendRequest(CodeActionResolveRequest.type, {
      title: all.title,
      kind: all.kind,
      data: { nianbaoFixKind: { uri, version: 1, checkId: 'table/label-variant' } },
    })) as CodeAction;
    expect(applyLspEdits(text, (resolved.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[])).toBe(expected);
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it('offer nothing for a diagnostic of an earlier version: its fixes were computed on other text', async () => {
    const uri = newUri();
    open(uri, DRAFT);
    const first = await waitForDiagnostics((p) => p.uri === uri);
    const old = first.diagnostics.find((d) => d.code === 'section/unnumbered')!;
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
    });
    const second = await waitForDiagnostics((p) => p.uri === uri && p.version === 2);
    const request = (diagnostic: Diagnostic) =>
      connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      }) as Promise<CodeAction[]>;
    expect(await request(old)).toEqual([]);
    const current = second.diagnostics.find((d) => d.code === 'section/unnumbered')!;
    expect((await request(current)).map((a) => a.title)).toContain('添加编号“二、”');
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
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

/** The position of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in the draft: ${needle}`);
  return positionAt(computeLineStarts(text), at + shift);
}

function lineOf(text: string, lineStart: string): number {
  const line = text.split('\n').findIndex((l) => l.startsWith(lineStart));
  if (line < 0) throw new Error(`no line starts with ${lineStart}`);
  return line;
}

/** Applies LSP edits the way an editor does. */
function applyLspEdits(text: string, edits: TextEdit[]): string {
  const starts = computeLineStarts(text);
  return applyEdits(
    text,
    edits.map((e) => ({
      range: { start: offsetAt(starts, text.length, e.range.start), end: offsetAt(starts, text.length, e.range.end) },
      newText: e.newText,
    })),
  );
}

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('outline', () => {
  it('is a tree: the title, the six sections with their sub-headings, the tables under their sections, table 三 by row groups', async () => {
    const uri = newUri();
    const text = report();
    open(uri, text);
    const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual([
      '示例县林业局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    const [, one, two, three, four] = symbols;
    expect(one!.children!.map((c) => c.name.slice(0, 3))).toEqual(['（一）', '（二）']);
    expect(one!.selectionRange.start).toEqual({ line: lineOf(text, '一、总体情况'), character: 0 });
    expect(two!.children!.map((c) => c.name)).toEqual(['表二 主动公开政府信息情况']);
    expect(four!.children!.map((c) => c.name)).toEqual(['表四 政府信息公开行政复议、行政诉讼情况']);
    const t3 = three!.children!.find((c) => c.name.startsWith('表三'))!;
    expect(t3.children!.map((c) => c.name)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '四、结转下年度继续办理',
    ]);
    const results = t3.children![2];
    expect(results!.children!.map((c) => c.name.slice(0, 3))).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
      '（七）',
    ]);
    expect(results!.children!.map((c) => c.children?.length ?? 0)).toEqual([0, 0, 8, 3, 5, 3, 0]);
    // Every selection range lies in its symbol's range and every child in its parent, as VS Code demands.
    const walk = (s: DocumentSymbol, parent?: DocumentSymbol) => {
      expect(contains(s.range, s.selectionRange), s.name).toBe(true);
      if (parent) expect(contains(parent.range, s.range), `${s.name} in ${parent.name}`).toBe(true);
      s.children?.forEach((c) => walk(c, s));
    };
    symbols.forEach((s) => walk(s));
  });

  it('is empty for a document that is not a report', async () => {
    const uri = newUri('md');
    open(uri, '# 使用说明\n\n一、安装\n', 'markdown');
    expect(await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
  });
});

describe('hover', () => {
  const text = report({ t3: table3(WRONG_TOTAL) });
  const uri = newUri();

  beforeAll(() => open(uri, text));

  it('writes out a row’s sum on its total cell, with the cell as the hover’s range', async () => {
    const line = lineOf(text, '（一）予以公开');
    const character = text.split('\n')[line]!.length - 1;
    const result = (await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } })) as Hover;
    const value = (result.contents as MarkupContent).value;
    expect((result.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain('总计 = 3 + 0 + 0 + 0 + 0 + 0 = 3 ✓');
    expect(result.range).toEqual({ start: { line, character }, end: { line, character: character + 1 } });
  });

  it('marks a wrong total with ✗ and links its findings to the checks’ pages', async () => {
    const line = lineOf(text, '（七）总计');
    const character = text.split('\n')[line]!.length - 1;
    const result = (await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } })) as Hover;
    const value = (result.contents as MarkupContent).value;
    expect(value).toContain('✗');
    expect(value).toContain(`](${DOCS_BASE}sum/balance.md)`);
    // The diagnostics link to the same pages (they were published when the draft was opened).
    const { diagnostics } = await waitForDiagnostics((p) => p.uri === uri, 0);
    const balance = diagnostics.find((d) => d.code === 'sum/balance')!;
    expect(balance.codeDescription).toEqual({ href: `${DOCS_BASE}sum/balance.md` });
  });

  it('tells what a section must contain on its heading, and nothing on plain prose', async () => {
    const heading = (await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, '六、其他需要报告的事项', 2),
    })) as Hover;
    expect((heading.contents as MarkupContent).value).toContain('信息处理费');
    const prose = await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, '持续推进政务公开', 2),
    });
    expect(prose).toBeNull();
  });
});

describe('formatting', () => {
  it('rewrites a space-aligned table into tab-separated rows and changes nothing else; a second pass changes nothing', async () => {
    const uri = newUri();
    const pasted = report({ t2: table2('spaces') });
    open(uri, pasted);
    const edits = (await connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: false },
    })) as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    const formatted = applyLspEdits(pasted, edits);
    expect(formatted).toBe(report({ t2: table2('tabs') }));

    // Range formatting: a range in the prose formats nothing, a range in the table formats the table.
    const prose = positionOf(pasted, '持续推进政务公开');
    const none = await connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: prose, end: prose },
      options: { tabSize: 4, insertSpaces: false },
    });
    expect(none).toEqual([]);
    const inTable = positionOf(pasted, '行政许可');
    const ranged = (await connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: inTable, end: { line: inTable.line, character: inTable.character + 2 } },
      options: { tabSize: 4, insertSpaces: false },
    })) as TextEdit[];
    expect(applyLspEdits(pasted, ranged)).toBe(formatted);

    const end = positionAt(computeLineStarts(pasted), pasted.length);
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: formatted }],
    });
    const again = await connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: false },
    });
    expect(again).toEqual([]);
  });

  it('leaves Markdown reports alone (their pipe tables are Markdown)', async () => {
    const uri = newUri('md');
    open(uri, report({ t2: table2('spaces') }), 'markdown');
    expect(
      await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } }),
    ).toEqual([]);
  });
});

describe('folding', () => {
  it('folds each section from its heading and each table as a region', async () => {
    const uri = newUri();
    const text = report();
    open(uri, text);
    const ranges = (await connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
    const three = lineOf(text, '三、收到和处理');
    const lastRow = lineOf(text, '四、结转下年度继续办理');
    expect(ranges).toContainEqual({ startLine: three, endLine: lastRow });
    expect(ranges).toContainEqual({ startLine: three + 1, endLine: lastRow, kind: 'region' });
    expect(ranges).toContainEqual({ startLine: lineOf(text, '一、总体情况'), endLine: lineOf(text, '（二）依申请公开') });
    for (const r of ranges) expect(r.endLine).toBeGreaterThan(r.startLine);
  });
});

describe('the commands’ requests', () => {
  it('nianbao/newReportText: a complete report that has no errors as written', async () => {
    const { text } = (await connection.sendRequest('nianbao/newReportText', { agency: '示例镇人民政府', year: 2023 })) as { text: string };
    expect(text.startsWith('示例镇人民政府2023年政府信息公开工作年度报告\n')).toBe(true);
    const uri = newUri();
    open(uri, text);
    const { diagnostics } = await waitForDiagnostics((p) => p.uri === uri);
    expect(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error)).toEqual([]);
    const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.filter((s) => /^[一二三四五六]、/.test(s.name))).toHaveLength(6);
    await expect(connection.sendRequest('nianbao/newReportText', { agency: '示例镇人民政府', year: 'last' })).rejects.toMatchObject({
      code: -32602,
    });
  });

  it('nianbao/standardTable: the empty table in the format the report’s year calls for', async () => {
    const uri2020 = newUri();
    open(uri2020, report().replaceAll('2022', '2020').replace('2023年1月20日', '2021年1月20日'));
    const old = (await connection.sendRequest('nianbao/standardTable', { uri: uri2020, kind: 't3' })) as { text: string; format: string };
    expect(old.format).toBe('2019');
    expect(old.text).toContain('（六）其他处理\t0\t0\t0\t0\t0\t0\t0');
    const current = (await connection.sendRequest('nianbao/standardTable', { kind: 't3' })) as { text: string; format: string };
    expect(current.format).toBe('2021');
    expect(current.text).toContain('3.其他\t0\t0\t0\t0\t0\t0\t0');
    await expect(connection.sendRequest('nianbao/standardTable', { kind: 't5' })).rejects.toMatchObject({ code: -32602 });
  });

  it('nianbao/tables: the tables as HTML with the wrong total marked, and where each cell is', async () => {
    const uri = newUri();
    const text = report({ t3: table3(WRONG_TOTAL) });
    open(uri, text);
    const result = (await connection.sendRequest('nianbao/tables', { uri })) as {
      version: number;
      report: boolean;
      html: string;
      cells: Record<string, { range: Range | null; messages: string[] }>;
    };
    expect(result).toMatchObject({ version: 1, report: true });
    expect(result.html).toMatch(/<td class="[^"]*\bfinding\b[^"]*" data-cell="t3\.r7\.np"/);
    const line = lineOf(text, '（七）总计');
    const character = text.split('\n')[line]!.indexOf('4');
    expect(result.cells['t3.r7.np']).toMatchObject({ range: { start: { line, character }, end: { line, character: character + 1 } } });
    expect(result.cells['t3.r7.np']!.messages.length).toBeGreaterThan(0);
    expect(result.cells['t3.r1.np']!.messages).toEqual([]);
  });

  it('nianbao/tables follows nianbao.language for what it says itself', async () => {
    const uri = newUri('md');
    open(uri, '# 使用说明\n', 'markdown');
    const zh = (await connection.sendRequest('nianbao/tables', { uri })) as { report: boolean; html: string };
    expect(zh.report).toBe(false);
    expect(zh.html).toContain('没有可预览的表格');
    setSettings({ language: 'en' });
    // Settings are applied in order with the request that follows them on the same connection.
    const en = (await connection.sendRequest('nianbao/tables', { uri })) as { html: string };
    expect(en.html).toContain('no tables to preview');
    setSettings({});
  });
});

describe('robustness of the feature handlers', () => {
  it('answer unknown documents with nothing and malformed requests without dying', async () => {
    const nowhere = { uri: 'file:///nowhere.txt' };
    expect(await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: nowhere })).toEqual([]);
    expect(await connection.sendRequest(HoverRequest.type, { textDocument: nowhere, position: { line: 0, character: 0 } })).toBeNull();
    expect(await connection.sendRequest(FoldingRangeRequest.type, { textDocument: nowhere })).toEqual([]);
    expect(
      await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: nowhere, options: { tabSize: 4, insertSpaces: true } }),
    ).toEqual([]);
    const uri = newUri();
    open(uri, report());
    expect(await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: null as never })).toBeNull();
    expect(
      await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9999, character: 9999 } }),
    ).toBeNull();
    await expect(connection.sendRequest('nianbao/tables', { uri: 'file:///nowhere.txt' })).rejects.toMatchObject({ code: -32602 });
    const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.length).toBeGreaterThan(0);
  });
});

// Keystroke bench: an independent LSP client drives the built server (server/out/server.js) over stdio and
// measures what an editor feels — didChange → publishDiagnostics on a 10 KB report and a ~1 MB document,
// the time from the end of a burst of 1,000 edits to the last version's diagnostics (and how many
// versions were analysed on the way), and outline, hover and code-action latency on the 1 MB document.
// Figures are printed (and written with --json FILE), never asserted. Run: npm run build && node test/bench/lsp.mjs
// (--quick for fewer rounds, --server FILE to measure another build of the server).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const serverAt = process.argv.indexOf('--server');
const serverPath = serverAt > 0 ? process.argv[serverAt + 1] : join(root, 'server/out/server.js');
if (!existsSync(serverPath)) throw new Error('server/out/server.js is missing: run npm run build first');
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt > 0 ? process.argv[jsonAt + 1] : undefined;
const quick = process.argv.includes('--quick');

// The drafts: the examples always; the seeds are not needed for keystroke figures.
const examplesDir = join(root, 'examples');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(examplesDir, f), 'utf8'));
const base = examples[0];

/** A 10 KB report: the first example with its overview padded with prose up to ~10 KB. */
function report10k() {
  const filler = '本年度，本机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。\n';
  const at = base.indexOf('\n', base.indexOf('一、总体情况')) + 1;
  let pad = '';
  while (Buffer.byteLength(base + pad + filler) <= 10 * 1024) pad += filler;
  return base.slice(0, at) + pad + base.slice(at);
}

/** A ~1 MB document (UTF-8): every example in turn, repeated (a long compilation of reports). */
function document1m() {
  const all = examples.join('\n') + '\n';
  let text = '';
  while (Buffer.byteLength(text + all) <= 1024 * 1024) text += all;
  return text;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const summary = (values) => ({
  n: values.length,
  p50: +percentile(values, 50).toFixed(1),
  p99: +percentile(values, 99).toFixed(1),
  max: +Math.max(...values).toFixed(1),
});

/** Starts the server with the given validation delay and returns a small client around it. */
async function startServer(validationDelay) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  const published = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    published.push({ at: performance.now(), version: params.version, count: params.diagnostics.length, uri: params.uri });
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && params.version === waiter.version) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(performance.now());
      }
    }
  });
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
    initializationOptions: { settings: { validationDelay } },
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const diagnosticsOf = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
  return {
    connection,
    published,
    diagnosticsOf,
    async stop() {
      await connection.sendRequest(rpc.ShutdownRequest.type);
      await connection.sendNotification(rpc.ExitNotification.type);
      connection.dispose();
      child.kill();
    },
  };
}

/** One character inserted at `offset` (as a line/character position), as an editor sends it. */
function insertion(text, offset, char) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { range: { start: { line, character }, end: { line, character } }, text: char };
}

/** Keystrokes in the prose of the document, each awaited: didChange → its diagnostics. */
async function keystrokes(client, uri, text, count) {
  let version = 1;
  const ready = client.diagnosticsOf(uri, version);
  await client.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'nianbao', version, text },
  });
  await ready;
  const offset = text.indexOf('。') + 1;
  const latencies = [];
  let current = text;
  for (let i = 0; i < count; i++) {
    version++;
    const change = insertion(current, offset, '字');
    current = current.slice(0, offset) + '字' + current.slice(offset);
    const done = client.diagnosticsOf(uri, version);
    const start = performance.now();
    await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    latencies.push((await done) - start);
  }
  return { latencies, version, text: current };
}

/** 1,000 edits spread over one second, then the time until the last version's diagnostics. */
async function burst(client, uri, text, version, edits = 1000, seconds = 1) {
  const offset = text.indexOf('。') + 1;
  let current = text;
  const from = client.published.length;
  const start = performance.now();
  for (let i = 0; i < edits; i++) {
    version++;
    const change = insertion(current, offset, '字');
    current = current.slice(0, offset) + '字' + current.slice(offset);
    void client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    // Pace the edits over the burst's length, as fast typing or a macro would send them.
    const due = start + ((i + 1) * seconds * 1000) / edits;
    while (performance.now() < due) await new Promise((resolve) => setImmediate(resolve));
  }
  const end = performance.now();
  const last = await client.diagnosticsOf(uri, version);
  const analysed = client.published.slice(from).filter((p) => p.uri === uri).length;
  return { afterBurstMs: +(last - end).toFixed(1), burstMs: +(end - start).toFixed(1), publications: analysed, version, text: current };
}

/** Request latency on an unchanged version: the first call, then `count` more. */
async function requests(client, uri, text, count) {
  const offset = text.indexOf('（七）总计');
  const position = insertion(text, offset + 3, '').range.start;
  const kinds = {
    documentSymbol: () => client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri } }),
    hover: () => client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position }),
    codeAction: () =>
      client.connection.sendRequest(rpc.CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
    foldingRange: () => client.connection.sendRequest(rpc.FoldingRangeRequest.type, { textDocument: { uri } }),
  };
  const out = {};
  for (const [name, send] of Object.entries(kinds)) {
    let start = performance.now();
    await send();
    const first = performance.now() - start;
    const times = [];
    for (let i = 0; i < count; i++) {
      start = performance.now();
      await send();
      times.push(performance.now() - start);
    }
    out[name] = { firstMs: +first.toFixed(1), ...summary(times) };
  }
  return out;
}

const figures = { node: process.version, examples: examples.length };
const small = report10k();
const large = document1m();
console.log(
  `documents: 10 KB report = ${(Buffer.byteLength(small) / 1024).toFixed(1)} KB, large = ${(Buffer.byteLength(large) / 1024 / 1024).toFixed(2)} MB (UTF-8)`,
);

{
  const client = await startServer(0);
  const s = await keystrokes(client, 'file:///bench/small.txt', small, quick ? 50 : 300);
  figures.keystroke10k = summary(s.latencies);
  const l = await keystrokes(client, 'file:///bench/large.txt', large, quick ? 10 : 60);
  figures.keystroke1m = summary(l.latencies);
  figures.requests1m = await requests(client, 'file:///bench/large.txt', l.text, quick ? 20 : 100);
  figures.burst1mDelay0 = await burst(client, 'file:///bench/large.txt', l.text, l.version);
  await client.stop();
}
{
  const client = await startServer(150);
  let version = 1;
  const ready = client.diagnosticsOf('file:///bench/large.txt', version);
  await client.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri: 'file:///bench/large.txt', languageId: 'nianbao', version, text: large },
  });
  await ready;
  figures.burst1mDelay150 = await burst(client, 'file:///bench/large.txt', large, version);
  await client.stop();
}
for (const key of ['burst1mDelay0', 'burst1mDelay150']) {
  delete figures[key].text;
  delete figures[key].version;
}

const row = (label, f) =>
  console.log(
    `${label.padEnd(46)} p50 ${String(f.p50).padStart(7)} ms   p99 ${String(f.p99).padStart(7)} ms   (n=${f.n}${f.firstMs !== undefined ? `, first ${f.firstMs} ms` : ''})`,
  );
row('keystroke → diagnostics, 10 KB, delay 0', figures.keystroke10k);
row('keystroke → diagnostics, 1 MB, delay 0', figures.keystroke1m);
for (const [name, f] of Object.entries(figures.requests1m)) row(`${name}, 1 MB, unchanged version`, f);
for (const key of ['burst1mDelay0', 'burst1mDelay150']) {
  const f = figures[key];
  console.log(
    `${`burst of 1,000 edits on 1 MB, ${key.endsWith('0') && !key.endsWith('150') ? 'delay 0' : 'delay 150'}`.padEnd(46)} last diagnostics ${f.afterBurstMs} ms after the burst (burst took ${f.burstMs} ms; ${f.publications} versions published)`,
  );
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(figures, null, 2));

// Helpers shared by the extension-host tests: finding the extension under test and the workspace's
// drafts, writing a test's own draft, opening a document as a nianbao report, waiting for VS Code events
// (and diagnostics publications) with a deadline, reading hovers, and running the bundled CLI on the
// same file so the editor's view can be compared with it.
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const manifest = require('../../../package.json');
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const LANGUAGE_ID = 'nianbao';

function workspaceRoot() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'the e2e runner must open a workspace folder');
  return folder.uri.fsPath;
}

/** Files (absolute paths, sorted) directly inside a folder of the workspace; none if it is absent. */
function workspaceFiles(sub, filter = () => true) {
  const dir = path.join(workspaceRoot(), sub);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile() && filter(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The extension under test, activated. */
async function activeExtension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

/**
 * Resolves with check() 's first truthy value, re-evaluating it whenever one of the given VS Code
 * events fires (no polling). On timeout rejects with describe()'s account of the last state, so a
 * failure says what was seen instead of just "timed out".
 */
function waitForEvent(events, check, { timeoutMs = 30000, describe = () => '' } = {}) {
  return new Promise((resolve, reject) => {
    const subs = [];
    let done = false;
    const finish = (fn, v) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      fn(v);
    };
    const evaluate = () => {
      try {
        const v = check();
        if (v) finish(resolve, v);
      } catch (e) {
        finish(reject, e);
      }
    };
    const timer = setTimeout(() => finish(reject, new Error(`timed out after ${timeoutMs} ms. ${describe()}`)), timeoutMs);
    for (const ev of events) subs.push(ev(evaluate));
    evaluate();
  });
}

/** Opens a file in an editor; if VS Code did not give it the nianbao language, sets it. */
async function openAsReport(file) {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

const SEVERITY_NAMES = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** A diagnostic or a CLI finding in one comparable shape, e.g. {id, severity, range: "3:0-3:12"}. */
function comparable(id, severity, range) {
  const r = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
  return { id: String(id), severity, range: r };
}

/** Sorted by position (numerically), then id, so that a failure's diff reads top to bottom. */
function sortComparable(list) {
  const key = (f) => [...f.range.split(/[:-]/).map(Number), f.id, f.severity];
  const cmp = (a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
  };
  return list.slice().sort(cmp);
}

function diagnosticsAsFindings(uri) {
  return sortComparable(
    vscode.languages.getDiagnostics(uri).map((d) => {
      const code = d.code && typeof d.code === 'object' ? d.code.value : d.code;
      return comparable(code, SEVERITY_NAMES[d.severity], d.range);
    }),
  );
}

/**
 * Runs `nianbao check --format json FILE` with the CLI bundled in the installed extension, using the
 * extension host's own runtime (ELECTRON_RUN_AS_NODE makes desktop VS Code's binary act as node).
 */
function cliFindings(extensionPath, file) {
  const cli = path.join(extensionPath, 'server', 'out', 'cli.js');
  const res = cp.spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Exit status 1 only means "some error findings"; 2 is a usage or I/O problem.
  assert.ok(res.status === 0 || res.status === 1, `CLI exited with ${res.status}: ${res.stderr}`);
  const out = JSON.parse(res.stdout);
  assert.strictEqual(out.files.length, 1, `CLI reported ${out.files.length} files for ${file}`);
  return sortComparable(out.files[0].findings.map((f) => comparable(f.id, f.severity, f.range)));
}

/**
 * Writes a draft into the workspace (under e2e-drafts/, a fresh name per test) and returns its path.
 * The suite's drafts are invented (test/e2e/drafts.js); the folder is part of the throw-away run folder.
 */
function writeDraft(name, text) {
  const dir = path.join(workspaceRoot(), 'e2e-drafts');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const codeOf = (d) => String(d.code && typeof d.code === 'object' ? d.code.value : d.code);

/** The nianbao check ids VS Code shows for a document, sorted. */
function diagnosticIds(uri) {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'nianbao')
    .map(codeOf)
    .sort();
}

/**
 * Resolves once a diagnostics publication for `uri` has arrived (an event naming it) after this call
 * and `check(ids)` holds for what VS Code then shows. Waiting for a publication matters: before the
 * server's first one a document shows no diagnostics, which would satisfy "nothing reported" wrongly.
 * Call it before the action that causes the publication (opening, editing) and await it afterwards.
 */
function nextDiagnostics(uri, check, timeoutMs = 20000) {
  let seen = false;
  const key = uri.toString();
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === key)) seen = true;
  });
  // Registered after `listener`, so on the same event `seen` is already set when check runs.
  return waitForEvent([vscode.languages.onDidChangeDiagnostics], () => seen && check(diagnosticIds(uri)), {
    timeoutMs,
    describe: () => `${seen ? 'published' : 'no publication yet'}; diagnostics now: ${JSON.stringify(diagnosticIds(uri))}`,
  }).finally(() => listener.dispose());
}

/** The text of every hover at a position, joined (Markdown sources as the provider wrote them). */
async function hoverText(uri, position) {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position)) || [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

/** Closes the active editor without saving it (no "save changes?" prompt for edited drafts). */
async function discardActiveEditor() {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/**
 * The `vscode` API object the extension under test sees. VS Code gives every extension its own API
 * object, chosen by the path of the module that requires 'vscode'; the suite's files are not inside the
 * extension, so their `vscode` is another object. A require rooted in the extension's folder gets the
 * extension's object, which lets a test replace one of its functions (an input box) for a moment.
 */
function extensionApi(extensionPath) {
  return require('module').createRequire(path.join(extensionPath, 'package.json'))('vscode');
}

/** Runs the bundled CLI (see cliFindings) with arguments; returns its parsed JSON output. */
function cliJson(extensionPath, args) {
  const cli = path.join(extensionPath, 'server', 'out', 'cli.js');
  const res = cp.spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(res.status === 0 || res.status === 1, `CLI ${args.join(' ')} exited with ${res.status}: ${res.stderr}`);
  return JSON.parse(res.stdout);
}

/** `nianbao export --format json FILE`: the numbers of tables 二/三/四 as the core reads them. */
function cliExport(extensionPath, file) {
  const out = cliJson(extensionPath, ['export', '--format', 'json', file]);
  assert.strictEqual(out.files.length, 1, `CLI exported ${out.files.length} files for ${file}`);
  const { path: _path, ...rest } = out.files[0];
  return rest;
}

module.exports = {
  writeDraft,
  diagnosticIds,
  nextDiagnostics,
  hoverText,
  discardActiveEditor,
  extensionApi,
  cliJson,
  cliExport,
  EXTENSION_ID,
  LANGUAGE_ID,
  manifest,
  workspaceRoot,
  workspaceFiles,
  activeExtension,
  waitForEvent,
  openAsReport,
  diagnosticsAsFindings,
  cliFindings,
};

// The language server's index of the workspace's reports, for the cross-document check workspace/carryover:
// on start (and whenever a watched file changes) it reads the files that look like reports and keeps, per
// file, only its agency, year and the few cells compared (ReportFacts). Open documents speak for
// themselves: their facts come from their current analysis, and when those change the other open reports
// that may compare with them are checked again. Reading is asynchronous and bounded, so typing stays fluid.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import { createLanguageService, looksLikeReport, type Analysis, type Finding, type LanguageService, type ReportFacts } from '../service';
import { decodeBytes } from '../cli/decode';
import type { ServerContext } from './context';
import { describeError } from './guard';

/** At most this many files are read per workspace: a folder of reports is large, a whole disk is not meant. */
const MAX_FILES = 5000;
const MAX_DEPTH = 8;
/** Larger files are not reports (the analysis skips them as well). */
const MAX_BYTES = 2 * 1024 * 1024;
const REPORT_FILE = /\.(?:txt|md)$/i;

export interface WorkspaceHooks {
  log(message: string): void;
  /** Checks an open document again (its carry-over findings may have changed). */
  revalidate(uri: string): void;
  /** The URIs of the open documents. */
  openDocuments(): string[];
  /** A reviewer's `.nianbao.json` was created, changed or deleted (its dismissals may have changed). */
  configChanged?(): void;
}

export class WorkspaceIndex {
  private folders: string[] = [];
  /** Facts of report files on disk, by URI. */
  private readonly onDisk = new Map<string, ReportFacts>();
  /** Facts of open documents, from their latest analysis; they take precedence over the file on disk. */
  private readonly open = new Map<string, ReportFacts>();

  /**
   * Reads the reports on disk: with no options, since the nianbao.reportYear setting is for the report
   * being edited and each file on disk states its own year.
   */
  private readonly onDiskReader = createLanguageService();

  constructor(private readonly hooks: WorkspaceHooks) {}

  /** The workspace folders (file: URIs) whose reports are indexed. */
  setFolders(uris: string[]): void {
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  }

  /** Reads every report file of the folders, then checks the open documents again. */
  async scan(): Promise<void> {
    let count = 0;
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || count >= MAX_FILES) return;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return; // An unreadable folder holds nothing we could compare with.
      }
      for (const entry of entries) {
        if (count >= MAX_FILES) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(full, depth + 1);
        } else if (entry.isFile() && REPORT_FILE.test(entry.name)) {
          count++;
          await this.readFile(full);
          // One file at a time, giving requests and typing their turn in between.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    for (const folder of this.folders) await walk(folder, 0);
    for (const uri of this.hooks.openDocuments()) this.hooks.revalidate(uri);
  }

  /** A watched file was created, changed or deleted. */
  async fileChanged(uri: string, type: FileChangeType): Promise<void> {
    if (!uri.startsWith('file:')) return;
    // The scan leaves dependencies and hidden folders out; their changes are not followed either.
    if (/\/(?:node_modules|\.[^/]*)\//.test(new URL(uri).pathname)) return;
    const before = this.onDisk.get(uri);
    if (type === FileChangeType.Deleted) this.onDisk.delete(uri);
    else await this.readFile(fileURLToPath(uri));
    const after = this.onDisk.get(uri);
    if (!this.open.has(uri) && !sameFacts(before, after)) this.notify([before, after]);
  }

  /**
   * For the analysis of an open document: remembers its facts and returns its carry-over findings against
   * the other reports known. When its facts changed, the open reports of the next year are checked again.
   */
  findingsFor(uri: string, analysis: Analysis, service: LanguageService): Finding[] {
    const facts = service.reportFacts(analysis.doc, { uri, name: this.nameOf(uri) });
    const before = this.open.get(uri) ?? this.onDisk.get(uri);
    this.open.set(uri, facts);
    // Not now, inside the analysis that is being built, but once it has been published.
    if (!sameFacts(before, facts)) setImmediate(() => this.notify([before, facts], uri));
    if (facts.year === null) return [];
    return service.carryover(facts, this.candidates(uri, facts.year - 1));
  }

  /** An open document was closed: the file on disk (if indexed) speaks for it again. */
  closed(uri: string): void {
    const before = this.open.get(uri);
    if (!this.open.delete(uri)) return;
    const after = this.onDisk.get(uri);
    if (!sameFacts(before, after)) this.notify([before, after], uri);
  }

  private candidates(except: string, year: number): ReportFacts[] {
    const found: ReportFacts[] = [];
    for (const [uri, facts] of this.open) if (uri !== except && facts.year === year) found.push(facts);
    for (const [uri, facts] of this.onDisk) if (uri !== except && !this.open.has(uri) && facts.year === year) found.push(facts);
    return found;
  }

  /** Checks again the open documents of the year after any of `changed`, other than `source`. */
  private notify(changed: Array<ReportFacts | undefined>, source?: string): void {
    const years = new Set(changed.filter((f): f is ReportFacts => !!f && f.year !== null).map((f) => f.year! + 1));
    if (years.size === 0) return;
    for (const uri of this.hooks.openDocuments()) {
      if (uri === source) continue;
      const facts = this.open.get(uri);
      if (facts && facts.year !== null && years.has(facts.year)) this.hooks.revalidate(uri);
    }
  }

  private async readFile(file: string): Promise<void> {
    const uri = pathToFileURL(file).href;
    try {
      const stat = await fs.promises.stat(file);
      if (stat.size > MAX_BYTES) {
        this.onDisk.delete(uri);
        return;
      }
      const decoded = decodeBytes(await fs.promises.readFile(file));
      if (!decoded.ok || !looksLikeReport(decoded.text)) {
        this.onDisk.delete(uri);
        return;
      }
      // Parsing is enough: the facts need the tables and the title, not the checks' findings. The
      // nianbao.reportYear setting is for the report being edited; each file on disk states its own year.
      const doc = this.onDiskReader.parse(decoded.text);
      this.onDisk.set(uri, this.onDiskReader.reportFacts(doc, { uri, name: this.nameOf(uri) }));
    } catch (error) {
      this.onDisk.delete(uri);
      this.hooks.log(`indexing ${file} failed: ${describeError(error)}`);
    }
  }

  /** A report's name in messages: its path inside the workspace folder, else its file name. */
  private nameOf(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    const file = fileURLToPath(uri);
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
    }
    return path.basename(file);
  }
}

function sameFacts(a: ReportFacts | undefined, b: ReportFacts | undefined): boolean {
  if (!a || !b) return a === b;
  return a.year === b.year && a.agencies.join('|') === b.agencies.join('|') && JSON.stringify(a.cells) === JSON.stringify(b.cells);
}

/**
 * Wires the index into the server: workspace folders from `initialize`, a file watcher where the client
 * can register one, and the first scan once initialised. Returns the index for the analysis cache.
 */
export function createWorkspaceIndex(
  ctx: () => ServerContext,
  hooks: WorkspaceHooks,
): {
  index: WorkspaceIndex;
  initialize(params: { workspaceFolders?: Array<{ uri: string }> | null; rootUri?: string | null }): void;
  initialized(): Promise<void>;
} {
  const index = new WorkspaceIndex(hooks);
  return {
    index,
    initialize(params) {
      const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      index.setFolders(folders);
      ctx().connection.onDidChangeWatchedFiles(async (change) => {
        try {
          for (const event of change.changes) if (REPORT_FILE.test(event.uri)) await index.fileChanged(event.uri, event.type);
          if (change.changes.some((event) => event.uri.endsWith('/.nianbao.json'))) hooks.configChanged?.();
        } catch (error) {
          hooks.log(`watched files: ${describeError(error)}`);
        }
      });
    },
    async initialized() {
      const { connection, capabilities } = ctx();
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        try {
          await connection.client.register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: '**/*.{txt,md}' }, { globPattern: '**/.nianbao.json' }],
          });
        } catch (error) {
          hooks.log(`could not watch the workspace's files: ${describeError(error)}`);
        }
      }
      // The scan runs in the background; the open documents are checked again when it ends.
      void index.scan().catch((error) => hooks.log(`indexing the workspace failed: ${describeError(error)}`));
    },
  };
}

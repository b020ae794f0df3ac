// The findings a reviewer dismissed in `.nianbao.json` (the file the CLI reads too, see cli/config.ts),
// as the language server sees them for open documents: read from the nearest such file above the document,
// cached until a watched `.nianbao.json` changes, and the edit that adds one more fingerprint to the file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The ES module build: the package's UMD entry loads its parts with a dynamic require a bundle cannot follow.
import { type Edit, modify, parse, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { CONFIG_FILE_NAME, loadConfig } from '../cli/config';
import type { Message } from '../service';

const NOTHING: ReadonlySet<string> = new Set();

export class Dismissals {
  /** Per folder, the configuration file that governs it (null: none up to the root). */
  private readonly fileOf = new Map<string, string | null>();
  /** Per configuration file, its dismissed fingerprints (empty when the file cannot be read). */
  private readonly sets = new Map<string, Set<string>>();

  /** `log` writes a line to the server's output; `render` writes a message in the session's language. */
  constructor(
    private readonly log: (message: string) => void,
    private readonly render: (message: Message) => string,
  ) {}

  /** The fingerprints dismissed for a document; none for a document that is not a file (untitled). */
  forUri(uri: string): ReadonlySet<string> {
    const file = this.governingFile(uri);
    if (file === null) return NOTHING;
    let set = this.sets.get(file);
    if (!set) {
      const loaded = loadConfig(file);
      if (!loaded.ok) this.log(`${file}: ${this.render(loaded.message)}`);
      set = new Set(loaded.ok ? loaded.config.dismissed : []);
      this.sets.set(file, set);
    }
    return set;
  }

  /**
   * Where a dismissal of this document is recorded: the `.nianbao.json` that already governs it (a new file
   * beside the report would shadow a parent folder's settings), else a new one beside the report.
   * Null for a document that is not a file.
   */
  targetFile(uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    return this.governingFile(uri) ?? path.join(path.dirname(fileURLToPath(uri)), CONFIG_FILE_NAME);
  }

  /** Remembers a dismissal at once, before the watcher reports the file's change (if it ever does). */
  add(uri: string, fingerprint: string): void {
    const file = this.targetFile(uri);
    if (file === null) return;
    const set = new Set(this.governingFile(uri) === file ? this.forUri(uri) : []);
    set.add(fingerprint);
    this.sets.set(file, set);
    // A new file beside the report governs it from now on, even before the editor has saved it; folders
    // below are looked up again.
    this.fileOf.clear();
    this.fileOf.set(path.dirname(fileURLToPath(uri)), file);
  }

  /** A `.nianbao.json` was created, changed or deleted: everything is read again when next needed. */
  invalidate(): void {
    this.fileOf.clear();
    this.sets.clear();
  }

  private governingFile(uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    let directory = path.dirname(fileURLToPath(uri));
    const visited: string[] = [];
    let found: string | null = null;
    for (;;) {
      const cached = this.fileOf.get(directory);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(directory);
      const candidate = path.join(directory, CONFIG_FILE_NAME);
      if (fs.existsSync(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(directory);
      if (parent === directory) break;
      directory = parent;
    }
    for (const folder of visited) this.fileOf.set(folder, found);
    return found;
  }
}

/** True when the file URI names a reviewer's configuration file. */
export function isConfigFileUri(uri: string): boolean {
  return uri.startsWith('file:') && uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

export function configFileUri(file: string): string {
  return pathToFileURL(file).href;
}

export type DismissalEdit = { ok: true; edits: Edit[]; text: string } | { ok: false; reason: 'invalid' | 'already' };

/**
 * The edits that add `fingerprint` to `"dismissed"` in a configuration file's text (null: no file yet),
 * leaving the rest of the file as it was. A file that is not a JSON object is not touched.
 */
export function dismissalEdit(existing: string | null, fingerprint: string): DismissalEdit {
  const text = existing ?? '';
  if (text.trim() === '') {
    const created = `{\n  "dismissed": [\n    ${JSON.stringify(fingerprint)}\n  ]\n}\n`;
    return { ok: true, edits: [{ offset: 0, length: text.length, content: created }], text: created };
  }
  const errors: ParseError[] = [];
  const parsed: unknown = parse(text.replace(/^\ufeff/, ''), errors, { allowTrailingComma: false });
  if (errors.length > 0 || !parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'invalid' };
  const dismissed = (parsed as Record<string, unknown>).dismissed;
  if (dismissed !== undefined && !Array.isArray(dismissed)) return { ok: false, reason: 'invalid' };
  const listed = (dismissed ?? []).some(
    (entry) => entry === fingerprint || (entry as { fingerprint?: unknown } | null)?.fingerprint === fingerprint,
  );
  if (listed) return { ok: false, reason: 'already' };
  // The file's own indentation is kept for the lines added.
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const formattingOptions = {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  const edits =
    dismissed === undefined
      ? modify(text, ['dismissed'], [fingerprint], { formattingOptions })
      : modify(text, ['dismissed', -1], fingerprint, { formattingOptions, isArrayInsertion: true });
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset))
    result = result.slice(0, edit.offset) + edit.content + result.slice(edit.offset + edit.length);
  return { ok: true, edits, text: result };
}

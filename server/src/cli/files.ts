// Turns the command line's files and folders into the list of files to read: folders are walked
// recursively (skipping node_modules and hidden folders) for candidate files, filtered by --include and
// --exclude; named files are always taken. Files the walk leaves are counted by reason, never silently.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../service';
import { isCandidateFileName } from './read';

export interface InputFile {
  /** The path as shown in output: as the user wrote it, or joined onto the folder they named, with `/`. */
  display: string;
  absolute: string;
  /** Found by walking a folder rather than named on the command line. */
  fromDirectory: boolean;
}

export interface InputProblem {
  display: string;
  message: string;
}

export interface WalkFilter {
  include: string[];
  exclude: string[];
}

/** What the walk left, by reason: not a file type nianbao reads (per extension), or filtered by a glob. */
export interface WalkSkips {
  byExtension: Map<string, number>;
  excluded: number;
}

/**
 * A glob as a regular expression over `/`-separated paths: `**` any number of folders, `*` and `?` within
 * one name, `{a,b}` alternatives. A pattern without `/` is matched against the file's name alone.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

function globMatcher(globs: string[]): ((relative: string) => boolean) | null {
  if (globs.length === 0) return null;
  const tests = globs.map((glob) => {
    const normalised = glob.replace(/\\/g, '/').replace(/^\.\//, '');
    const re = globToRegExp(normalised);
    return normalised.includes('/') ? (p: string) => re.test(p) : (p: string) => re.test(p.slice(p.lastIndexOf('/') + 1));
  });
  return (relative) => tests.some((test) => test(relative));
}

function displayPath(p: string): string {
  return p.split(path.sep).join('/');
}

export function collectInputs(
  inputs: string[],
  cwd: string,
  filter: WalkFilter = { include: [], exclude: [] },
): { files: InputFile[]; problems: InputProblem[]; skips: WalkSkips } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Map<string, InputFile>();
  const skips: WalkSkips = { byExtension: new Map(), excluded: 0 };
  const included = globMatcher(filter.include);
  const excluded = globMatcher(filter.exclude);

  const add = (display: string, absolute: string, fromDirectory: boolean) => {
    // A file reached through a symbolic link as well as directly is one report, counted once.
    let key = absolute;
    try {
      key = fs.realpathSync(absolute);
    } catch {
      // Keep the path as given; reading it will report the problem.
    }
    const earlier = seen.get(key);
    if (earlier) {
      // Named on the command line as well as found in a folder: it counts as named (always checked).
      if (!fromDirectory) earlier.fromDirectory = false;
      return;
    }
    const file: InputFile = { display: displayPath(display), absolute, fromDirectory };
    seen.set(key, file);
    files.push(file);
  };

  const walk = (display: string, absolute: string, visited: Set<string>, relative: string) => {
    let real: string;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      real = absolute;
    }
    // A symbolic link back up the tree would otherwise make the walk endless.
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      problems.push({ display: displayPath(display), message: readProblem(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childDisplay = path.join(display, entry.name);
      const childAbsolute = path.join(absolute, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(childAbsolute);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // A dangling link in a folder is not worth an error.
        }
      }
      if (isDirectory) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        walk(childDisplay, childAbsolute, visited, `${relative}${entry.name}/`);
      } else if (isFile) {
        const rel = `${relative}${entry.name}`;
        const candidate = isCandidateFileName(entry.name);
        // Hidden files (.nianbao.json, .DS_Store) are the folder's own business, not skipped reports.
        if (!candidate && entry.name.startsWith('.')) continue;
        if ((included && !included(rel)) || (excluded && excluded(rel))) skips.excluded++;
        else if (candidate) add(childDisplay, childAbsolute, true);
        else {
          const ext = path.extname(entry.name).toLowerCase() || t('（无扩展名）');
          skips.byExtension.set(ext, (skips.byExtension.get(ext) ?? 0) + 1);
        }
      }
    }
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      problems.push({ display: displayPath(input), message: readProblem(error) });
      continue;
    }
    if (stat.isDirectory()) walk(input, absolute, new Set(), '');
    // A FIFO, socket or device would block the read or never end: only regular files are read.
    else if (!stat.isFile()) problems.push({ display: displayPath(input), message: t('不是普通文件') });
    else add(input, absolute, false);
  }
  return { files, problems, skips };
}

/** A one-line explanation of a file-system error, in the language of the run. */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return t('文件或目录不存在');
    case 'EACCES':
    case 'EPERM':
      return t('没有读取权限');
    case 'EISDIR':
      return t('这是一个目录');
    default:
      return t('无法读取（{0}）', code ?? String(error));
  }
}

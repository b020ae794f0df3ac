// `--baseline FILE`: the findings a reviewer has accepted, by fingerprint. The first run writes them;
// later runs report only findings whose fingerprint is not in the file, and take the exit status from those.

import * as fs from 'node:fs';
import { t } from '../service';
import type { CheckedFile } from './output';

export interface BaselineEntry {
  fingerprint: string;
  id: string;
  path: string;
  agency: string | null;
  year: number | null;
  message: string;
}

export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

export type BaselineLoad = { ok: true; fingerprints: Set<string> | null } | { ok: false; message: string };

/** Reads the baseline; `fingerprints: null` when the file does not exist yet (this run will write it). */
export function loadBaseline(file: string): BaselineLoad {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, fingerprints: null };
    return { ok: false, message: t('无法读取基线文件（{0}）', (error as NodeJS.ErrnoException).code ?? String(error)) };
  }
  try {
    const parsed = JSON.parse(raw.replace(/^\ufeff/, '')) as Partial<BaselineFile>;
    if (!parsed || !Array.isArray(parsed.findings)) throw new Error('findings');
    const fingerprints = new Set<string>();
    for (const entry of parsed.findings) if (entry && typeof entry.fingerprint === 'string') fingerprints.add(entry.fingerprint);
    return { ok: true, fingerprints };
  } catch {
    return { ok: false, message: t('基线文件格式不对（应为 nianbao 写出的 JSON）') };
  }
}

/** Collects the entries of a baseline being written, file by file. */
export class BaselineRecorder {
  private readonly entries: BaselineEntry[] = [];

  add(file: CheckedFile): void {
    for (const finding of file.findings) {
      this.entries.push({
        fingerprint: finding.fingerprint,
        id: finding.id,
        path: file.display,
        agency: file.report.agency,
        year: file.report.year,
        message: finding.message,
      });
    }
  }

  get size(): number {
    return this.entries.length;
  }

  write(file: string): string | null {
    const content: BaselineFile = { version: 1, findings: this.entries };
    try {
      fs.writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
      return null;
    } catch (error) {
      return t('无法写入基线文件（{0}）', (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
}

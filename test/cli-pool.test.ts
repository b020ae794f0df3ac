// The worker pool of the CLI: results come back in input order whatever the workers' speed, and a file
// that exhausts a worker's memory is processed again in the main thread instead of ending the run.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTasks } from '../server/src/cli/pool';
import { cleanAgency } from '../server/src/cli/output';
import type { FileResult, FileTask, TaskSettings } from '../server/src/cli/process';
import { generateCorpus } from './generate/reports';
import { bundleEntry } from './util/bundle';

let root: string;
let bundle: string;
let tasks: FileTask[];
const settings: TaskSettings = { command: 'check', fix: false, dryRun: false, sheet: false, verifyFixes: false, language: 'zh-cn' };

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-pool-'));
  const manifest = generateCorpus(path.join(root, 'reports'), { count: 12, seed: 5, errorRate: 0.5 });
  tasks = manifest.reports.map((r, index) => ({
    index,
    display: r.file,
    absolute: path.join(root, 'reports', r.file),
    fromDirectory: true,
    options: {},
  }));
  bundle = path.join(root, 'cli.js');
  await bundleEntry('cli', bundle);
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

async function collect(pool: Parameters<typeof runTasks>[2]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await runTasks(tasks, settings, pool, (result) => void results.push(result));
  return results;
}

describe('the worker pool', () => {
  it('hands results over in input order, equal to one thread', async () => {
    const single = await collect({ jobs: 1, workerScript: null });
    expect(single.map((r) => r.index)).toEqual(tasks.map((t) => t.index));
    expect(single.every((r) => r.kind === 'checked')).toBe(true);
    expect(await collect({ jobs: 3, workerScript: bundle })).toEqual(single);
  }, 60_000);

  it('processes a file again in the main thread when a worker runs out of memory', async () => {
    const single = await collect({ jobs: 1, workerScript: null });
    // A heap of 4 MB is too small for any worker: every file ends up in the main thread, in order.
    expect(await collect({ jobs: 2, workerScript: bundle, heapMb: 4 })).toEqual(single);
  }, 120_000);
});

describe('agency names for columns', () => {
  it('drops form lead-ins, Markdown marks, tabs and spaces between Chinese characters', () => {
    expect(cleanAgency('名称\t沭川县发展和改革局')).toBe('沭川县发展和改革局');
    expect(cleanAgency('# 明川市人民政府办公室')).toBe('明川市人民政府办公室');
    expect(cleanAgency('**石湖县 教育局**')).toBe('石湖县教育局');
    expect(cleanAgency('单位名称：云岭区财政局')).toBe('云岭区财政局');
    expect(cleanAgency('| 梅川县水利局 |')).toBe('梅川县水利局');
    expect(cleanAgency('  ')).toBeNull();
    expect(cleanAgency(null)).toBeNull();
  });
});

// Bundles a server entry point from the sources with the options scripts/build.mjs uses, so tests never
// run a stale build in server/out.

import * as path from 'node:path';
import { build } from 'esbuild';

export async function bundleEntry(entry: 'server' | 'cli', outfile: string): Promise<void> {
  await build({
    entryPoints: [path.resolve(__dirname, '../../server/src', `${entry}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
    ...(entry === 'cli' ? { banner: { js: '#!/usr/bin/env node' } } : {}),
  });
}

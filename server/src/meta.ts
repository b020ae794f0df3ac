// The package's version, read once from package.json at run time, for the server's initialize result
// and `nianbao --version`. Works from the bundles (server/out) and from the sources (server/src/*).

import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached !== undefined) return cached;
  cached = '0.0.0';
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const candidate of [path.resolve(here, '../../package.json'), path.resolve(here, '../../../package.json')]) {
    try {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'nianbao' && typeof manifest.version === 'string') {
        cached = manifest.version;
        break;
      }
    } catch {
      // Not there from this location; try the next one.
    }
  }
  return cached;
}

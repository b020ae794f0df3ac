// Links node_modules/.bin/nianbao to the built CLI, as npm does for a dependency's bin, so that the
// project's own command is on the path of npm scripts and of anyone who adds node_modules/.bin to PATH.
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';

const target = '../../server/out/cli.js';
const link = 'node_modules/.bin/nianbao';
if (existsSync('node_modules')) {
  mkdirSync('node_modules/.bin', { recursive: true });
  try {
    if (lstatSync(link, { throwIfNoEntry: false })) unlinkSync(link);
    symlinkSync(target, link);
  } catch (error) {
    // Some file systems refuse symbolic links; npx nianbao still works through package.json's bin.
    console.warn(`nianbao: could not link ${link}: ${error.message}`);
  }
}
if (existsSync('server/out/cli.js')) chmodSync('server/out/cli.js', 0o755);

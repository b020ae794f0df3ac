// `npm run package`: builds the bundles and writes nianbao.vsix with vsce. The Marketplace README is
// docs/marketplace/README.md (Chinese, with an English section); the project README stays for developers.
// vsce wants a `repository` in package.json: with one, the package is ready to publish. The project has
// no public repository yet, so until package.json names one this script says so and packages anyway
// (for local installs and the end-to-end tests), rather than inventing an address.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch (error) {
    // The tool has said what went wrong; only its exit status is passed on.
    process.exit(typeof error.status === 'number' ? error.status : 1);
  }
};

run(process.execPath, ['scripts/build.mjs']);
const args = [
  'package',
  '--no-dependencies',
  '--readme-path',
  'docs/marketplace/README.md',
  '--no-rewrite-relative-links',
  '-o',
  'nianbao.vsix',
];
if (!manifest.repository) {
  console.warn('note: package.json has no "repository" (the project has no public repository yet): this .vsix is for local');
  console.warn('      installs and tests; add the repository before publishing to the Marketplace or Open VSX.');
  args.push('--allow-missing-repository');
}
run(process.execPath, ['node_modules/@vscode/vsce/vsce', ...args]);

// The `nianbao` command's process entry (bundled to server/out/cli.js with a shebang): runs the CLI
// on the process's arguments and streams, and leaves the exit status for Node to report after output drains.

import { EXIT_TROUBLE, runCliAsync } from './cli/main';
import { t } from './service/l10n';

// A reader that stops early (`nianbao check … | head`) closes the pipe; that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Reading PDF files is asynchronous, so the run is a promise; the exit status is set when it settles.
runCliAsync(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Exit status 1 means “errors found”; a crash of the tool itself must not be mistaken for that.
    process.stderr.write(`nianbao: ${t('内部错误：{0}', error instanceof Error ? error.stack ?? error.message : String(error))}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);

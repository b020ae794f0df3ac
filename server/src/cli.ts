// The `nianbao` command's process entry (bundled to server/out/cli.js with a shebang): runs the CLI
// on the process's arguments and streams, and leaves the exit status for Node to report after output drains.
// The same bundle is the script of the CLI's worker threads, which only process files.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { EXIT_TROUBLE, runCli } from './cli/main';
import { WORKER_FLAG, serveWorker } from './cli/pool';
import { pickLanguage } from './cli/args';
import { translator } from './service';

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  serveWorker(parentPort, (workerData as { settings: Parameters<typeof serveWorker>[1] }).settings);
} else {
  // A reader that stops early (`nianbao check … | head`) closes the pipe; that is not an error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  /** Writes to stdout and, when its buffer is full, waits for it to drain: memory stays bounded on slow pipes. */
  const writeOut = (text: string): void | Promise<void> => {
    if (process.stdout.write(text)) return;
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  };

  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: writeOut,
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Exit status 1 means “errors found”; a crash of the tool itself must not be mistaken for that.
      // In the language the run was asked for (or the environment's, when the request itself was bad).
      const picked = pickLanguage(process.argv.slice(2), process.env);
      const { t } = translator(picked.ok ? picked.language : undefined);
      process.stderr.write(`nianbao: ${t('内部错误：{0}', error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}

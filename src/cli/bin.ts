#!/usr/bin/env node
import { readPlanStream } from '../load/size.js';
import { IN_THREAD_BELOW, main, stackOf } from './main.js';

/*
 * `planlint plans/ | head`: once the reader has gone, the rest of the report
 * has nowhere to go and is dropped; the run still ends with the exit code it
 * would have had, not with a stack trace.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: (maxFileSize) => readPlanStream(process.stdin, maxFileSize),
  cwd: process.cwd(),
  env: process.env,
  // Beside this file whether compiled or bundled (scripts/bundle-cli.ts bundles both entries into one folder).
  lintWorker: new URL('./lint-worker.js', import.meta.url),
  inThreadBelow: IN_THREAD_BELOW,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A crash outside any one file (each file's own faults are reported with it) is planlint's fault: one line, exit 2.
    process.stderr.write(`planlint: internal error: ${error instanceof Error ? error.message : String(error)} — please report this\n`);
    if (process.argv.includes('--debug') || process.env['PLANLINT_DEBUG'] === '1') process.stderr.write(stackOf(error));
    process.exitCode = 2;
  },
);

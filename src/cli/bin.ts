#!/usr/bin/env node
import { buffer } from 'node:stream/consumers';
import { main, stackOf } from './main.js';

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => buffer(process.stdin),
  cwd: process.cwd(),
  env: process.env,
  // Beside this file whether compiled or bundled (scripts/bundle-cli.ts bundles both entries into one folder).
  lintWorker: new URL('./lint-worker.js', import.meta.url),
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

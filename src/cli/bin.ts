#!/usr/bin/env node
import { readPlanStream } from '../load/size.js';
import { main, stackOf } from './main.js';

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: (maxFileSize) => readPlanStream(process.stdin, maxFileSize),
  cwd: process.cwd(),
  env: process.env,
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

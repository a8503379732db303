#!/usr/bin/env node
import { buffer } from 'node:stream/consumers';
import { main } from './main.js';

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => buffer(process.stdin),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A crash is planlint's fault, not the user's: say so in one line, keep exit code 2.
    process.stderr.write(`planlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

/*
 * The entry action.yml runs (bundled to dist-action/index.js by
 * scripts/bundle-action.ts, beside the lint worker it lints files in).
 */
import { readPlanStream } from '../load/size.js';
import { IN_THREAD_BELOW } from '../cli/main.js';
import { runAction } from './run.js';

runAction({
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: (maxFileSize) => readPlanStream(process.stdin, maxFileSize),
  cwd: process.env['GITHUB_WORKSPACE'] || process.cwd(),
  env: process.env,
  lintWorker: new URL('./lint-worker.js', import.meta.url),
  inThreadBelow: IN_THREAD_BELOW,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`::error title=planlint::internal error: ${error instanceof Error ? error.message : String(error)} — please report this\n`);
    process.exitCode = 2;
  },
);

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessTimer } from './processes.js';
import { line, milliseconds, ratioTo, verdict } from './report.js';

/** The compiled bin, found from this file so the bench works from any working directory. */
const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const VERSION_TARGET = 1.3;
const SMALL_LINT_TARGET = 2.5;
/** Ten words: what the CLI costs before the plan's length counts for anything. */
const SMALL_PLAN = '# Strategic plan\n\nWe will support unpaid carers in every locality.\n';

/** Plans in the run that measures what each further file costs. */
const MANY = 21;

/** A worker thread that loads nothing: what the thread a large or Word file is linted in costs before it loads the lint. */
const EMPTY_WORKER = "new (require('node:worker_threads').Worker)('', { eval: true })";

/**
 * `planlint --version` and a 10-word lint from the shell, against bare Node,
 * in CPU time of the whole process (a plan this short is linted in the main
 * thread); what the worker thread that files of 64 KB or more and Word files
 * are linted in costs to start; and what each further short file costs.
 */
export function benchStartup(timer: ProcessTimer, folder: string, rounds: number): void {
  const plan = join(folder, 'small-plan.md');
  writeFileSync(plan, SMALL_PLAN);
  const plans = Array.from({ length: MANY }, (_, index) => join(folder, `plan-${index}.md`));
  for (const file of plans) writeFileSync(file, SMALL_PLAN);
  const [nodeMs, workerMs, versionMs, lintMs, manyMs] = timer.medians(
    [
      { args: ['-e', ''], exitCodes: [0] },
      { args: ['-e', EMPTY_WORKER], exitCodes: [0] },
      { args: [BIN, '--version'], exitCodes: [0] },
      { args: [BIN, plan], exitCodes: [0, 1] },
      { args: [BIN, ...plans], exitCodes: [0, 1] },
    ],
    rounds,
  ) as [number, number, number, number, number];
  const versionRatio = versionMs / nodeMs;
  const lintRatio = lintMs / nodeMs;
  console.log(`\nstart-up: CPU time of the whole process (user + system), medians of ${rounds} interleaved runs`);
  console.log(line("node -e ''", milliseconds(nodeMs)));
  console.log(line('planlint --version', milliseconds(versionMs), ratioTo(versionRatio, 'node'), `target ≤ ${VERSION_TARGET}×`, verdict(versionRatio <= VERSION_TARGET)));
  console.log(line('planlint, 10-word plan', milliseconds(lintMs), ratioTo(lintRatio, 'node'), `target ≤ ${SMALL_LINT_TARGET}×`, verdict(lintRatio <= SMALL_LINT_TARGET)));
  console.log(line('a lint worker starting', milliseconds(workerMs - nodeMs), '', '', 'for files of 64 KB or more and Word files'));
  console.log(line('each further 10-word plan', milliseconds((manyMs - lintMs) / (MANY - 1)), '', '', `${MANY} plans in one run against 1`));
}

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixture, resultFor, runCli, runJson, ROOT, stderrLines } from '../support/cli.js';
import { scratchFolders } from '../support/fatal.js';

/*
 * Issue 10, item 3: each file is linted in a worker thread under a time and
 * a memory budget enforced from outside the lint. A rule that never returns
 * and one that allocates without end (test/support/faulty-lint-worker.js)
 * cost their own file a fatal result naming the budget and the phase; the
 * plan beside them, linted after them by a fresh worker, is still reported.
 * The budgets are small so that the cases are quick, and the time budget
 * (2 s) still leaves a loaded machine room to lint the good plan within it.
 */

const FAULTY = pathToFileURL(path.join(ROOT, 'test', 'support', 'faulty-lint-worker.js'));
const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));
const plan = fs.readFileSync(fixture('strategic-plan-complete.md'), 'utf8');
const folder = scratchFolders();

describe('a file that overruns its budget', () => {
  test.each([
    { file: 'frozen.md', flags: ['--max-time-per-file', '2'], problem: 'took longer than 2 s to lint (in rules); --max-time-per-file sets the budget' },
    {
      file: 'balloon.md',
      flags: ['--max-memory-per-file', '128'],
      problem: 'needed more than 128 MB of memory to lint (in rules); --max-memory-per-file sets the budget',
    },
  ])('$file: a fatal result naming the budget and the phase, exit 2, and the plan after it is still linted', async ({ file, flags, problem }) => {
    // Sorted, the faulty file comes before good.md, which the worker that replaced the stopped one lints.
    const dir = folder({ [file]: plan });
    const run = await runJson([...flags, '.'], { cwd: dir, lintWorker: FAULTY });
    expect(run.status).toBe(2);
    expect(stderrLines(run)).toEqual([`planlint: ${file}: ${problem}`]);
    expect(run.results.map((result) => path.basename(result.filePath))).toEqual([file, 'good.md']);
    expect(resultFor(run.results, path.join(dir, file)).messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 2, fatal: true, message: problem }),
    ]);
    const good = resultFor(run.results, path.join(dir, 'good.md'));
    expect(good).toMatchObject({ fatalErrorCount: 0, errorCount: 0 });
    expect(good.coverage?.outcomes).toHaveLength(9);
  });

  test('the same files within their budgets lint as they do in this thread', async () => {
    const dir = folder({ 'frozen.md': plan, 'balloon.md': plan });
    const isolated = await runJson(['.'], { cwd: dir, lintWorker: WORKER });
    const inThread = await runJson(['.'], { cwd: dir });
    expect(isolated.status).toBe(0);
    expect(isolated.results).toHaveLength(3);
    expect(isolated).toEqual(inThread);
  });
});

describe('short text is linted in this thread, the rest in the worker', () => {
  // The faulty worker hangs on both files: only the one it is given overruns. The plans above the limit go to
  // it in every other test of this file, where no limit is set.
  test('text under the limit never reaches the worker; a Word file or a PDF does however short it is', async () => {
    const dir = folder({ 'frozen.md': plan });
    fs.copyFileSync(fixture('word-strategic-plan.docx'), path.join(dir, 'frozen.docx'));
    fs.copyFileSync(fixture('pdf/unit/running-header.pdf'), path.join(dir, 'frozen.pdf'));
    const run = await runJson(['--max-time-per-file', '2', '.'], { cwd: dir, lintWorker: FAULTY, inThreadBelow: 1024 * 1024 });
    expect(stderrLines(run)).toEqual([
      'planlint: frozen.docx: took longer than 2 s to lint (in rules); --max-time-per-file sets the budget',
      'planlint: frozen.pdf: took longer than 2 s to lint (in rules); --max-time-per-file sets the budget',
    ]);
    expect(run.results.map((result) => [path.basename(result.filePath), result.fatalErrorCount])).toEqual([
      ['frozen.docx', 1],
      ['frozen.md', 0],
      ['frozen.pdf', 1],
      ['good.md', 0],
    ]);
  });
});

describe('the budget flags', () => {
  test.each([['--max-time-per-file', '0'], ['--max-time-per-file', 'soon'], ['--max-memory-per-file', '1e3']])('%s %s is a usage error', async (flag, value) => {
    const run = await runCli([`${flag}=${value}`, fixture('strategic-plan-complete.md')]);
    expect(run).toEqual({ status: 2, stdout: '', stderr: `planlint: ${flag} takes a number greater than 0, not "${value}"\n` });
  });

  test('--help names them with their defaults', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/--max-time-per-file SECONDS .*\n\s+\(default: 60\)/);
    expect(run.stdout).toMatch(/--max-memory-per-file MB .*\n\s+\(default: 1280\)/);
  });
});

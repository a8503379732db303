import fs from 'node:fs';
import { afterAll, expect } from 'vitest';
import path from 'node:path';
import { expectNoStackTrace, fixture, removeDir, resultFor, runJson, stderrLines, tempDir, type JsonResult, type RunResult } from './cli.js';

/*
 * docs/design.md "Output contracts": a file that cannot be read or parsed gives
 * one fatal result, every other file is still linted and reported, and the
 * exit code is 2 so that CI can tell a broken pipeline from a plan with gaps.
 */

const completeText = fs.readFileSync(fixture('strategic-plan-complete.md'), 'utf8');

/** Scratch folders each holding a clean plan, `good.md`, beside what a case adds; removed after the file's tests. */
export function scratchFolders(): (files: Record<string, string | Buffer>) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));
  return (files) => {
    const dir = tempDir({ 'good.md': completeText, ...files });
    dirs.push(dir);
    return dir;
  };
}

/** A problem given as a string must match exactly; a pattern is for texts that quote a library's error. */
function expectProblem(actual: string, problem: string | RegExp): void {
  if (typeof problem === 'string') expect(actual).toBe(problem);
  else expect(actual).toMatch(problem);
}

export function expectFatal(result: JsonResult, problem: string | RegExp): void {
  expect(result.messages).toHaveLength(1);
  const [message] = result.messages;
  expect(message).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1 });
  expectProblem(message!.message, problem);
  // The message is a whole sentence on its own; the path is added by whoever shows it.
  expect(message!.message).not.toContain('\n');
  expect(result).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 1, coverage: null });
}

export function expectGood(result: JsonResult): void {
  expect(result.fatalErrorCount).toBe(0);
  expect(result.errorCount).toBe(0);
  expect(result.coverage).not.toBeNull();
  expect(result.coverage!.outcomes).toHaveLength(9);
}

/** `planlint: <path>: <problem>`, alone on stderr, and no stack trace anywhere. */
export function expectOneLine(run: RunResult, shown: string, problem: string | RegExp): void {
  const lines = stderrLines(run);
  expect(lines).toHaveLength(1);
  const prefix = `planlint: ${shown}: `;
  expect(lines[0]!.startsWith(prefix), lines[0]).toBe(true);
  expectProblem(lines[0]!.slice(prefix.length), problem);
  expectNoStackTrace(run.stderr);
  expectNoStackTrace(run.stdout);
}

/** Lints `good.md` and the bad input together: exit 2, a fatal result for the bad one, a normal one for the good, one line on stderr. */
export async function expectBadInputBesideGood(dir: string, arg: string, problem: string | RegExp): Promise<void> {
  const run = await runJson(['good.md', arg], { cwd: dir });
  expect(run.status).toBe(2);
  expect(run.results).toHaveLength(2);
  expectFatal(resultFor(run.results, path.join(dir, arg)), problem);
  expectGood(resultFor(run.results, path.join(dir, 'good.md')));
  expectOneLine(run, arg, problem);
}

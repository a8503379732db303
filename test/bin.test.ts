import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  ANSI_ESCAPE,
  BIN,
  expectNoStackTrace,
  fixture,
  removeDir,
  ROOT,
  runCli,
  spawnCli,
  stderrLines,
  STYLISH_ROW,
  tempDir,
} from './support/cli.js';

/*
 * The other CLI tests call `main` in-process. These start the built bin as a
 * user's shell does, for what only a real process shows: the file runs by
 * itself, its exit status, standard input through a pipe, and stdout that is
 * a pipe rather than a terminal.
 */

const GAPS = fixture('strategic-plan-gaps.md');
const COMPLETE = fixture('strategic-plan-complete.md');
const gapsText = fs.readFileSync(GAPS, 'utf8');

const dir = tempDir({ 'good.md': fs.readFileSync(COMPLETE) });
afterAll(() => removeDir(dir));

describe('the installed bin', () => {
  test('runs by itself, as npx and the package manager run it: --version and --help', () => {
    // npm does not link or chmod the root package's own bin, so the build must leave it executable.
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const { status, stdout, stderr } = run;
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });

    const help = spawnSync(BIN, ['--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^planlint \[options\]/);
    expect(help.stderr).toBe('');
  });
});

describe('exit status of a real process', () => {
  test('0 for a complete plan, with nothing printed', () => {
    expect(spawnCli([COMPLETE])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  test('1 for a plan with gaps, its findings on stdout', () => {
    const run = spawnCli([GAPS]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter((line) => STYLISH_ROW.test(line)).length).toBeGreaterThan(0);
  });

  test('2 for a file that cannot be read, beside a plan that is still linted', () => {
    const run = spawnCli(['--format', 'json', 'missing.md', 'good.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(stderrLines(run)).toEqual(['planlint: missing.md: does not exist']);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
    expectNoStackTrace(run.stderr);
  });

  test('2 for a usage error, with one line and no stack trace', () => {
    const run = spawnCli(['--fix', GAPS]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toHaveLength(1);
    expectNoStackTrace(run.stderr);
  });
});

describe('streams', () => {
  test('a plan piped into --stdin: the process prints, and exits with, what main gives in-process', async () => {
    const piped = spawnCli(['--format', 'json', '--stdin', '--stdin-filename', 'x.md'], { cwd: dir, input: gapsText });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toBe('');
    // In-process runs stand in for the process in every other test: here both must print the same report.
    const inProcess = await runCli(['--format', 'json', '--stdin', '--stdin-filename', 'x.md'], { cwd: dir, input: gapsText });
    expect(piped).toEqual(inProcess);
  });

  test('stdout that is a pipe gets no colour; --color still forces it', () => {
    const plain = spawnCli([GAPS]);
    expect(plain.stdout).not.toMatch(ANSI_ESCAPE);
    const colored = spawnCli(['--color', GAPS]);
    expect(colored.stdout).toMatch(ANSI_ESCAPE);
    expect(colored.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });

  test.each([
    { plan: COMPLETE, status: 0 },
    { plan: GAPS, status: 1 },
  ])('stdout closed by its reader (planlint … | head): exit $status as the run would have had, nothing on stderr', async ({ plan, status }) => {
    const child = spawn(process.execPath, [BIN, '--format', 'json', '--explain', plan], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes before planlint writes a byte, so every write of the report meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: status, stderr: '' });
  });
});

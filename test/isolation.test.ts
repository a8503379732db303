import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { resultFor, ROOT, runCli, runJson, stderrLines } from './support/cli.js';
import { scratchFolders } from './support/fatal.js';

/*
 * Issue 10, item 4: one bad file or folder never costs the others. Run
 * in-process through the CLI's main. The disk's own failures, which a test
 * run as root cannot provoke (a folder it may not read, a disk that fills
 * mid-write), are faults put into node:fs for paths named for them.
 */

const disk = vi.hoisted(() => ({ full: false }));

vi.mock('node:fs', async (importActual) => {
  const actual = await importActual<typeof import('node:fs')>();
  const failure = (code: string, syscall: string, target: string): NodeJS.ErrnoException =>
    Object.assign(new Error(`${code}: ${syscall} '${target}'`), { code, syscall, path: target });
  const readdirSync = ((target: fs.PathLike, options?: unknown) => {
    if (String(target).endsWith(`${path.sep}locked`)) throw failure('EACCES', 'scandir', String(target));
    return (actual.readdirSync as (target: fs.PathLike, options?: unknown) => unknown)(target, options);
  }) as typeof actual.readdirSync;
  const writeFileSync = ((target: fs.PathOrFileDescriptor, data: string, options?: fs.WriteFileOptions) => {
    if (disk.full && String(target).endsWith('.tmp')) {
      actual.writeFileSync(target, data.slice(0, 10), options);
      throw failure('ENOSPC', 'write', String(target));
    }
    actual.writeFileSync(target, data, options);
  }) as typeof actual.writeFileSync;
  const overrides = { readdirSync, writeFileSync };
  return { ...actual, ...overrides, default: { ...actual, ...overrides } };
});

const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));
const folder = scratchFolders();
const plan = fs.readFileSync(path.join(ROOT, 'fixtures', 'strategic-plan-complete.md'), 'utf8');

beforeEach(() => {
  disk.full = false;
});

describe('a broken config beside the plans fails only the plans it governs', () => {
  test.each([
    {
      config: 'planlint.config.json',
      text: '{ "rules": { ',
      problem: 'sub/planlint.config.json: invalid JSON at line 1, column 14: Unexpected end of input',
    },
    {
      config: '.planlintrc.json',
      text: '{ "rules": { "no-such-rule": "error" } }',
      problem: 'sub/.planlintrc.json: rules.no-such-rule is not a known rule',
    },
    // It may hold the plans' "planlint" config, which cannot be read: linting them without it could report what it turns off.
    {
      config: 'package.json',
      text: '{ "name": "budget-papers", }',
      problem: 'sub/package.json: invalid JSON at line 1, column 28: Expected property name in double quotes',
    },
  ])('$config: a fatal result naming it for each plan under it, exit 2, the others linted', async ({ config, text, problem }) => {
    const dir = folder({ [`sub/${config}`]: text, 'sub/a.md': plan, 'sub/deeper/b.md': plan });
    for (const lintWorker of [undefined, WORKER]) {
      const run = await runJson(['.'], { cwd: dir, ...(lintWorker ? { lintWorker } : {}) });
      expect(run.status).toBe(2);
      expect(stderrLines(run)).toEqual([`planlint: sub/a.md: ${problem}`, `planlint: sub/deeper/b.md: ${problem}`]);
      for (const name of ['sub/a.md', 'sub/deeper/b.md']) {
        expect(resultFor(run.results, path.join(dir, name)).messages).toEqual([
          expect.objectContaining({ fatal: true, ruleId: null, severity: 2, message: problem }),
        ]);
      }
      expect(resultFor(run.results, path.join(dir, 'good.md'))).toMatchObject({ fatalErrorCount: 0, errorCount: 0 });
    }
  });
});

test('a broken --config governs every plan, so it still stops the run', async () => {
  const dir = folder({ 'broken.json': '{' });
  const run = await runCli(['--config', 'broken.json', 'good.md'], { cwd: dir });
  expect(run).toEqual({ status: 2, stdout: '', stderr: 'planlint: broken.json: invalid JSON at line 1, column 2: Unexpected end of input\n' });
});

describe('--output-file is written whole or not at all', () => {
  test('a disk that fills mid-write leaves the previous report as it was, and no temporary file', async () => {
    const dir = folder({ 'report.json': '[]' });
    disk.full = true;
    const run = await runCli(['--format', 'json', '--output-file', 'report.json', 'good.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^planlint: cannot write the report to report\.json: ENOSPC/);
    expect(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('[]');
    expect(fs.readdirSync(dir).sort()).toEqual(['good.md', 'report.json']);
  });

  test('a report that cannot take the place of a folder leaves no temporary file', async () => {
    const dir = folder({ 'report/kept.txt': 'kept' });
    const run = await runCli(['--output-file', 'report', 'good.md'], { cwd: dir });
    expect(run).toMatchObject({ status: 2, stderr: 'planlint: cannot write the report to report: it is a folder\n' });
    expect(fs.readdirSync(dir).sort()).toEqual(['good.md', 'report']);
    expect(fs.readdirSync(path.join(dir, 'report'))).toEqual(['kept.txt']);
  });

  test('a report whose path runs through a file is one line, not a crash', async () => {
    const dir = folder({ 'notes.txt': 'a file, not a folder' });
    const run = await runCli(['--output-file', 'notes.txt/report.json', 'good.md'], { cwd: dir });
    expect(run).toMatchObject({ status: 2, stderr: 'planlint: cannot write the report to notes.txt/report.json: part of its path is a file\n' });
  });

  test('a report written replaces the previous one, with nothing left beside it', async () => {
    const dir = folder({ 'report.json': 'old' });
    const run = await runCli(['--format', 'json', '--output-file', 'report.json', 'good.md'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'))).toHaveLength(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['good.md', 'report.json']);
  });
});

describe('folders that cannot be walked are reported as what they are', () => {
  test('a folder planlint may not read, a link to itself and a link back up: one line each, exit 2, the rest linted', async () => {
    const dir = folder({ 'plans/locked/hidden.md': plan, 'plans/a.md': plan, 'plans/sub/b.md': plan });
    fs.symlinkSync('self', path.join(dir, 'plans', 'self'));
    fs.symlinkSync('..', path.join(dir, 'plans', 'sub', 'up'));
    const run = await runJson(['plans', 'good.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(stderrLines(run)).toEqual([
      'planlint: plans/locked: cannot be read: permission denied',
      'planlint: plans/self: is a symbolic link loop',
      'planlint: plans/sub/up: is a symbolic link loop: it leads back to a folder it is in',
    ]);
    const linted = run.results.filter((result) => result.fatalErrorCount === 0).map((result) => path.relative(dir, result.filePath));
    expect(linted.sort()).toEqual(['good.md', 'plans/a.md', 'plans/sub/b.md']);
  });
});

describe('control characters in file names are shown escaped', () => {
  const name = 'evil\n  1:1  error  forged finding  outcome-coverage\u001b[2J.md';
  const shown = 'evil\\n  1:1  error  forged finding  outcome-coverage\\x1b[2J.md';

  test('on stderr and in the stylish report, so a name cannot forge a line or a terminal escape', async () => {
    const dir = folder({ [name]: '' });
    const run = await runCli([name, 'good.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(stderrLines(run)).toEqual([`planlint: ${shown}: is empty: there is no plan to lint`]);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout.split('\n')).toContain(path.join(dir, shown));
    expect(run.stdout.split('\n').filter((line) => line.includes('forged'))).toHaveLength(1);
  });

  test('the JSON report keeps the name as it is, for programs to read', async () => {
    const dir = folder({ [name]: '' });
    const run = await runJson([name], { cwd: dir });
    expect(run.results.map((result) => result.filePath)).toEqual([path.join(dir, name)]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  expectNoStackTrace,
  fixture,
  resultFor,
  runCli,
  runJson,
  stderrLines,
  type RunResult,
} from './support/cli.js';
import { expectBadInputBesideGood, expectFatal, expectGood, expectOneLine, scratchFolders } from './support/fatal.js';

/*
 * docs/design.md "Output contracts": a file that cannot be read or parsed gives
 * one fatal result, every other file is still linted and reported, and the
 * exit code is 2 so that CI can tell a broken pipeline from a plan with gaps.
 */

const completeText = fs.readFileSync(fixture('strategic-plan-complete.md'), 'utf8');

const scratch = scratchFolders();

interface BadCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** What the user types for the bad input, relative to the folder. */
  arg: string;
  problem: RegExp;
}

const cases: BadCase[] = [
  { name: 'a missing file', files: {}, arg: 'missing.md', problem: /^does not exist$/ },
  { name: 'a missing file in a missing folder', files: {}, arg: 'plans/2025/missing.md', problem: /^does not exist$/ },
  {
    name: 'a folder with no plans',
    files: { 'spreadsheets/budget.csv': 'line,amount\n1,2\n', 'spreadsheets/notes.txt': 'notes' },
    arg: 'spreadsheets',
    problem: /has no plans to lint.*\.md/,
  },
  {
    name: 'a folder whose plans are all ignored',
    files: { '.planlintignore': 'drafts/\n', 'drafts/next.md': completeText },
    arg: 'drafts',
    problem: /ignored by \.planlintignore/,
  },
  { name: 'a glob matching nothing', files: {}, arg: 'plans/**/*.md', problem: /^matches no files$/ },
  {
    name: 'a glob matching only files that are not plans',
    files: { 'exports/plan.pdf.txt': 'text', 'exports/plan.csv': 'a,b\n' },
    arg: 'exports/*',
    problem: /matches no plans.*\.md/,
  },
  {
    name: 'a binary file named .md',
    files: { 'scan.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
    arg: 'scan.md',
    problem: /binary/,
  },
  { name: 'an empty file', files: { 'empty.md': '' }, arg: 'empty.md', problem: /empty/ },
  {
    name: 'invalid UTF-8',
    files: { 'latin1.md': Buffer.concat([Buffer.from('# Plan\n\nFirst paragraph.\n'), Buffer.from([0x43, 0xc3, 0x28, 0x0a])]) },
    arg: 'latin1.md',
    problem: /not valid UTF-8.*line 4/,
  },
  {
    name: 'UTF-16 text, as Notepad saves "Unicode"',
    files: { 'unicode.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Strategic Plan\n', 'utf16le')]) },
    arg: 'unicode.md',
    problem: /UTF-16.*UTF-8/,
  },
  {
    name: 'a file over the size cap',
    files: { 'large/planlint.config.json': JSON.stringify({ maxFileSize: 100 }), 'large/plan.md': completeText },
    arg: 'large/plan.md',
    problem: /over the 100 bytes limit.*maxFileSize/,
  },
  {
    name: 'a zip header with no zip behind it, named .docx',
    files: { 'plan.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 0x14), Buffer.from('word/document.xml')]) },
    arg: 'plan.docx',
    problem: /^is damaged or incomplete \(the zip directory is missing, as in a truncated file\): save it again from Word$/,
  },
  {
    name: 'a broken zip named .md is read by its content, as a Word package',
    files: { 'plans.md': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 0)]) },
    arg: 'plans.md',
    problem: /^is damaged or incomplete/,
  },
  {
    name: 'invalid YAML front matter',
    files: { 'broken.md': '---\ntitle: [Kilbrannan Strategic Plan\ndocumentType: strategic-plan\n---\n\n# Plan\n' },
    arg: 'broken.md',
    problem: /front matter.*YAML.*line \d+/,
  },
  {
    name: 'front matter that is not a mapping',
    files: { 'list.md': '---\n- strategic-plan\n- 2025\n---\n\n# Plan\n' },
    arg: 'list.md',
    problem: /front matter/,
  },
  {
    name: 'a document type in front matter that does not exist',
    files: { 'typo.md': '---\ndocumentType: integration-schme\n---\n\n# Plan\n' },
    arg: 'typo.md',
    problem: /front matter documentType "integration-schme" is not one of: strategic-plan, integration-scheme, plan-review, performance-report/,
  },
];

describe.each(cases)('$name', ({ files, arg, problem }) => {
  const dir = scratch(files);

  test('JSON: a fatal result beside the good file’s normal result, exit 2, one line on stderr', async () => {
    await expectBadInputBesideGood(dir, arg, problem);
  });

  test('stylish: the fatal problem is in the report too, exit 2', async () => {
    const run = await runCli([arg, 'good.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expectOneLine(run, arg, problem);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(path.join(dir, arg));
    // The row carries the same problem as stderr (stylish drops a final full stop, as ESLint's does).
    const problemText = stderrLines(run)[0]!.slice(`planlint: ${arg}: `.length).replace(/\.$/, '');
    expect(lines.some((line) => /^\s+1:1\s+error\s+/.test(line) && line.includes(problemText))).toBe(true);
    expect(run.stdout).toMatch(/^✖ 1 problem \(1 error, 0 warnings\)$/m);
  });
});

test('every bad input in one run: each reported, the good file still linted', async () => {
  const dir = scratch({
    'empty.md': '',
    'binary.md': Buffer.from([0x00, 0x01, 0x02, 0x00]),
    'latin1.md': Buffer.from([0x43, 0xc3, 0x28, 0x0a]),
  });
  const run = await runJson(['missing.md', 'empty.md', 'good.md', 'binary.md', 'nothing/*.md', 'latin1.md'], { cwd: dir });
  expect(run.status).toBe(2);
  expect(run.results).toHaveLength(6);
  expect(run.results.filter((result) => result.fatalErrorCount === 1)).toHaveLength(5);
  expectGood(resultFor(run.results, path.join(dir, 'good.md')));
  expect(stderrLines(run)).toHaveLength(5);
  for (const line of stderrLines(run)) expect(line).toMatch(/^planlint: \S+: \S/);
  expectNoStackTrace(run.stderr);
});

test('a fatal error wins over lint errors: exit 2, not 1', async () => {
  const dir = scratch({ 'gaps.md': fs.readFileSync(fixture('strategic-plan-gaps.md')) });
  const run = await runJson(['gaps.md', 'missing.md'], { cwd: dir });
  expect(resultFor(run.results, path.join(dir, 'gaps.md')).errorCount).toBeGreaterThan(0);
  expect(run.status).toBe(2);
});

test('--quiet still shows a fatal error', async () => {
  const dir = scratch({});
  const run = await runCli(['--quiet', 'missing.md'], { cwd: dir });
  expect(run.status).toBe(2);
  expect(run.stdout).toMatch(/does not exist/);
});

describe('standard input gets the same checks as a file', () => {
  test('empty input', async () => {
    const run = await runJson(['--stdin'], { input: '' });
    expect(run.status).toBe(2);
    expectFatal(run.results[0]!, /empty/);
    expectOneLine(run, '<stdin>', /empty/);
  });

  test('binary input, under the name given', async () => {
    const dir = scratch({});
    const run = await runJson(['--stdin', '--stdin-filename', 'plan.md'], { cwd: dir, input: Buffer.from([0x00, 0xff, 0x00]) });
    expect(run.status).toBe(2);
    expectFatal(resultFor(run.results, path.join(dir, 'plan.md')), /binary/);
    expectOneLine(run, 'plan.md', /binary/);
  });
});

/*
 * A config found beside the plans fails the plans it governs, each with a
 * fatal result naming the config file (test/isolation.test.ts has a plan
 * beside them that is still linted); `--config` governs every plan and
 * stops the run.
 */
describe('config failures: exit 2, one line naming the config file', () => {
  function expectConfigFailure(run: RunResult, pattern: RegExp): void {
    expect(run.status).toBe(2);
    const lines = stderrLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expectNoStackTrace(run.stderr);
  }

  /** The one line for good.md, the plan the config governs, and its fatal result in the report. */
  function expectPlanFailure(run: RunResult, pattern: RegExp): void {
    expectConfigFailure(run, new RegExp(`^planlint: good\\.md: ${pattern.source.replace(/^\^planlint: /, '')}`));
    expect(run.stdout).toMatch(/good\.md\n\s+1:1\s+error\s+/);
  }

  test('invalid JSON: the line and column of the mistake', async () => {
    const dir = scratch({ 'planlint.config.json': '{\n  "rules": {\n    "outcome-coverage": "error",\n  }\n}\n' });
    expectPlanFailure(await runCli(['good.md'], { cwd: dir }), /^planlint: planlint\.config\.json: invalid JSON at line 4, column 3\b/);
  });

  test('invalid JSON in a config given with --config', async () => {
    const dir = scratch({ 'ci/planlint.json': '{ "rules": { "outcome-coverage" "off" } }' });
    const run = await runCli(['--config', 'ci/planlint.json', 'good.md'], { cwd: dir });
    expectConfigFailure(run, /^planlint: ci\/planlint\.json: invalid JSON at line 1, column 33\b/);
    expect(run.stdout).toBe('');
  });

  test('an unknown rule: the JSON path of the key', async () => {
    const dir = scratch({ '.planlintrc.json': JSON.stringify({ rules: { 'outcome-coverge': 'error' } }) });
    expectPlanFailure(await runCli(['good.md'], { cwd: dir }), /^planlint: \.planlintrc\.json: rules\.outcome-coverge is not a known rule/);
  });

  test('an unknown rule in package.json: the path includes the "planlint" key', async () => {
    const dir = scratch({ 'package.json': JSON.stringify({ name: 'plans', planlint: { rules: { 'no-such-rule': 'warn' } } }) });
    expectPlanFailure(await runCli(['good.md'], { cwd: dir }), /^planlint: package\.json: planlint\.rules\.no-such-rule is not a known rule/);
  });

  test('a bad rule option: the JSON path down to the option', async () => {
    const dir = scratch({
      'planlint.config.json': JSON.stringify({ rules: { 'outcome-evidence': ['error', { within: 'chapter', minimum: 'hope' }] } }),
    });
    expectPlanFailure(await runCli(['good.md'], { cwd: dir }), /^planlint: planlint\.config\.json: rules\.outcome-evidence\[1\]\.minimum /);
  });

  test('a bad documentType in an override: the JSON path into the overrides', async () => {
    const dir = scratch({
      'planlint.config.json': JSON.stringify({ overrides: [{ files: ['*.md'], documentType: 'strategy' }] }),
    });
    expectPlanFailure(await runCli(['good.md'], { cwd: dir }), /^planlint: planlint\.config\.json: overrides\[0\]\.documentType /);
  });

  test('an extends cycle: every file in it named relative to the working folder', async () => {
    const dir = scratch({
      'planlint.config.json': JSON.stringify({ extends: './base.json' }),
      'base.json': JSON.stringify({ extends: './planlint.config.json' }),
    });
    const run = await runCli(['good.md'], { cwd: dir });
    expectPlanFailure(run, /^planlint: base\.json: extends /);
    expect(stderrLines(run)).toEqual([
      'planlint: good.md: base.json: extends "./planlint.config.json" makes a cycle: planlint.config.json -> base.json -> planlint.config.json',
    ]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { expectNoStackTrace, fixture, removeDir, resultFor, ROOT, runCli, runJson, stderrLines, tempDir, type JsonResult } from './support/cli.js';
import { replacePart } from './support/docx-builders.js';

const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));
const FILE = 'planlint-suppressions.json';
const BY_FILE = [{ kind: 'file', justification: '' }];

/** strategic-plan-gaps.md (and its Word twin) has five errors: outcome-coverage 3, outcome-reference 1 (Outcome 10), statutory-duty 1. */
const gaps = fs.readFileSync(fixture('strategic-plan-gaps.md'), 'utf8');
const gapsDocx = fs.readFileSync(fixture('strategic-plan-gaps.docx'));
const OUTCOME_10 = 'This contributes to National Outcome 4 and to Outcome 10.';
const GAPS_COUNTS = {
  'outcome-coverage': { count: 3 },
  'outcome-reference': { count: 1 },
  'statutory-duty': { count: 1 },
};

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function scratch(files: Record<string, string | Buffer>): string {
  const dir = tempDir(files);
  dirs.push(dir);
  return dir;
}

/** A folder holding the files, with the baseline the flags (by default --suppress-all) write for them. */
async function baselined(files: Record<string, string | Buffer>, flags: string[] = ['--suppress-all']): Promise<string> {
  const dir = scratch(files);
  const run = await runCli([...flags, ...Object.keys(files)], { cwd: dir });
  expect(run.stderr).toBe('');
  return dir;
}

function readBaseline(dir: string, name = FILE): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
}

function errorsOf(result: JsonResult): string[] {
  return result.messages.filter((message) => message.severity === 2).map((message) => `${message.ruleId} ${message.line}`);
}

function edit(dir: string, name: string, change: (text: string) => string): void {
  const file = path.join(dir, name);
  const before = fs.readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(file, after);
}

describe('the round trip', () => {
  test('--suppress-all writes each rule\'s errors in each file, sorted, and that run passes', async () => {
    const dir = scratch({ 'plan.md': gaps });
    const run = await runCli(['--suppress-all', 'plan.md'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('(0 errors, 6 warnings)');
    expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toBe(`${JSON.stringify({ 'plan.md': GAPS_COUNTS }, null, 2)}\n`);
    expect(fs.readdirSync(dir).sort()).toEqual(['plan.md', FILE]);
  });

  test('a later run lets those errors through as suppressed findings of kind "file"; warnings and coverage are as before', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    const plan = path.join(dir, 'plan.md');
    const unsuppressed = resultFor((await runJson([plan])).results, plan);
    const run = await runJson(['plan.md'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = resultFor(run.results, plan);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 6, fatalErrorCount: 0 });
    expect(result.messages).toEqual(unsuppressed.messages.filter((message) => message.severity !== 2));
    expect(result.suppressedMessages).toEqual(
      unsuppressed.messages.filter((message) => message.severity === 2).map((message) => ({ ...message, suppressions: BY_FILE })),
    );
    expect(result.coverage).toEqual(unsuppressed.coverage);
  });

  test('one more error of a rule shows that rule\'s errors in the file, as ESLint does; the other rules stay let through', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    edit(dir, 'plan.md', (text) => text.replace(OUTCOME_10, 'This contributes to National Outcome 4, to Outcome 10 and to Outcome 12.'));
    const run = await runJson(['plan.md'], { cwd: dir });
    expect(run.status).toBe(1);
    const result = resultFor(run.results, path.join(dir, 'plan.md'));
    expect(result.errorCount).toBe(2);
    expect(result.messages.filter((message) => message.severity === 2).map((message) => message.message)).toEqual([
      'Outcome 10 does not exist',
      'Outcome 12 does not exist',
    ]);
    expect(result.suppressedMessages.map((message) => message.ruleId).sort()).toEqual([
      'outcome-coverage',
      'outcome-coverage',
      'outcome-coverage',
      'statutory-duty',
    ]);
    expect(run.stderr).toBe('');
  });

  test('a rule or a file the baseline does not name is reported whole, the rest stays let through', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    fs.writeFileSync(path.join(dir, 'new.md'), gaps);
    const run = await runJson(['--rule', 'outcome-evidence: error', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(errorsOf(resultFor(run.results, path.join(dir, 'plan.md')))).toEqual(['outcome-evidence 65', 'outcome-evidence 99']);
    expect(resultFor(run.results, path.join(dir, 'new.md')).errorCount).toBe(7);
  });

  test('a fixed error leaves a stale count: the run fails (2) naming it, passes with --pass-on-unpruned-suppressions, and --prune-suppressions removes it', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    edit(dir, 'plan.md', (text) => text.replace(OUTCOME_10, 'This contributes to National Outcome 4.'));

    const stale = await runCli(['plan.md'], { cwd: dir });
    expect(stale.status).toBe(2);
    expect(stale.stdout).toContain('(0 errors, 6 warnings)');
    expect(stderrLines(stale)).toEqual([
      'planlint: planlint-suppressions.json suppresses errors that no longer occur; run again with --prune-suppressions to remove them, or with --pass-on-unpruned-suppressions to let them be',
      'planlint:   plan.md: outcome-reference (1 fewer error than suppressed)',
    ]);

    const passed = await runCli(['--pass-on-unpruned-suppressions', 'plan.md'], { cwd: dir });
    expect(passed.status).toBe(0);
    expect(passed.stderr).toBe('');

    const pruned = await runCli(['--prune-suppressions', 'plan.md'], { cwd: dir });
    expect(pruned.status).toBe(0);
    expect(pruned.stderr).toBe('');
    expect(readBaseline(dir)).toEqual({ 'plan.md': { 'outcome-coverage': { count: 3 }, 'statutory-duty': { count: 1 } } });

    const clean = await runCli(['plan.md'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stderr).toBe('');
  });

  test('--prune-suppressions lowers a count to the errors left, drops files that are gone, and keeps files this run did not lint', async () => {
    const dir = await baselined({ 'plans/a.md': gaps, 'plans/b.md': gaps, 'plans/c.md': gaps });
    fs.rmSync(path.join(dir, 'plans', 'b.md'));
    // Outcome 8 addressed: outcome-coverage finds 2 errors where it found 3.
    edit(dir, 'plans/a.md', (text) => text.replace(OUTCOME_10, `${OUTCOME_10}\n\nOutcome 8: our workforce plan keeps staff engaged, with turnover down to 9% by March 2027 (Head of Organisational Development).`));
    const before = resultFor((await runJson(['plans/a.md'], { cwd: dir })).results, path.join(dir, 'plans', 'a.md'));
    const coverageErrors = before.suppressedMessages.filter((message) => message.ruleId === 'outcome-coverage').length;
    expect(coverageErrors).toBe(2);

    const run = await runCli(['--prune-suppressions', 'plans/a.md'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readBaseline(dir)).toEqual({
      'plans/a.md': { ...GAPS_COUNTS, 'outcome-coverage': { count: 2 } },
      'plans/c.md': GAPS_COUNTS,
    });
  });
});

describe('Word plans', () => {
  test('counts survive paragraphs inserted above the gaps, where every finding\'s paragraph number moves', async () => {
    const dir = await baselined({ 'plan.docx': gapsDocx });
    const plan = path.join(dir, 'plan.docx');
    const written = fs.readFileSync(path.join(dir, FILE), 'utf8');
    expect(JSON.parse(written)).toEqual({ 'plan.docx': GAPS_COUNTS });
    const first = resultFor((await runJson(['plan.docx'], { cwd: dir, lintWorker: WORKER })).results, plan);

    const inserted = '<w:p><w:r><w:t>Kilbrannan is served by three ferry routes.</w:t></w:r></w:p>'.repeat(3);
    const edited = await replacePart(gapsDocx, 'word/document.xml', (xml) => xml.replace('1.1 About this plan</w:t></w:r></w:p>', `$&${inserted}`));
    fs.writeFileSync(plan, edited);

    const run = await runJson(['plan.docx'], { cwd: dir, lintWorker: WORKER });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = resultFor(run.results, plan);
    expect(result.errorCount).toBe(0);
    expect(result.suppressedMessages.map((message) => message.line)).toEqual(first.suppressedMessages.map((message) => message.line + 3));
    expect(result.suppressedMessages.every((message) => message.quote !== undefined)).toBe(true);

    expect((await runCli(['--suppress-all', 'plan.docx'], { cwd: dir })).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, FILE), 'utf8')).toBe(written);
  });
});

describe('what is written', () => {
  test('--suppress-rule writes only the rules named, and the others still fail the run', async () => {
    const dir = scratch({ 'plan.md': gaps });
    const run = await runJson(['--suppress-rule', 'outcome-reference', '--suppress-rule', 'statutory-duty', 'plan.md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readBaseline(dir)).toEqual({ 'plan.md': { 'outcome-reference': { count: 1 }, 'statutory-duty': { count: 1 } } });
    expect(errorsOf(resultFor(run.results, path.join(dir, 'plan.md')))).toEqual(['outcome-coverage 12', 'outcome-coverage 49', 'outcome-coverage 49']);
  });

  test('--suppress-rule adds to the file, and --suppress-all raises the count of a rule with more errors now', async () => {
    const dir = await baselined({ 'plan.md': gaps }, ['--suppress-rule', 'outcome-reference']);
    expect(readBaseline(dir)).toEqual({ 'plan.md': { 'outcome-reference': { count: 1 } } });
    expect((await runCli(['--suppress-rule', 'statutory-duty', 'plan.md'], { cwd: dir })).status).toBe(1);
    expect(readBaseline(dir)).toEqual({ 'plan.md': { 'outcome-reference': { count: 1 }, 'statutory-duty': { count: 1 } } });
    edit(dir, 'plan.md', (text) => text.replace(OUTCOME_10, 'This contributes to National Outcome 4, to Outcome 10 and to Outcome 12.'));
    expect((await runCli(['--suppress-all', 'plan.md'], { cwd: dir })).status).toBe(0);
    expect(readBaseline(dir)).toEqual({ 'plan.md': { ...GAPS_COUNTS, 'outcome-reference': { count: 2 } } });
  });

  test('errors only: a warning is never counted, the same rule as an error is', async () => {
    const dir = await baselined({ 'plan.md': gaps }, ['--suppress-all', '--rule', 'outcome-wording: error']);
    expect(readBaseline(dir)).toEqual({ 'plan.md': { ...GAPS_COUNTS, 'outcome-wording': { count: 1 } } });
    const warned = await baselined({ 'plan.md': gaps });
    expect(Object.keys((readBaseline(warned) as Record<string, object>)['plan.md']!)).not.toContain('outcome-wording');
  });

  test('paths are from the working folder with forward slashes, files and rules in sorted order', async () => {
    const dir = await baselined({ 'plans/north/zeta.md': gaps, 'plans/north/alpha.md': gaps, 'annual.md': gaps });
    const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['annual.md', 'plans/north/alpha.md', 'plans/north/zeta.md']);
    expect(text.indexOf('"outcome-coverage"')).toBeLessThan(text.indexOf('"outcome-reference"'));
    expect(text.indexOf('"outcome-reference"')).toBeLessThan(text.indexOf('"statutory-duty"'));
    const again = await runCli(['plans', 'annual.md'], { cwd: dir });
    expect(again.status).toBe(0);
  });

  test('--suppressions-location names the file, or a folder to hold planlint-suppressions.json', async () => {
    const dir = scratch({ 'plan.md': gaps, 'ci/.keep': '' });
    expect((await runCli(['--suppress-all', '--suppressions-location', 'ci/baseline.json', 'plan.md'], { cwd: dir })).status).toBe(0);
    expect(readBaseline(dir, 'ci/baseline.json')).toEqual({ 'plan.md': GAPS_COUNTS });
    expect((await runCli(['--suppressions-location', 'ci/baseline.json', 'plan.md'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['--suppress-all', '--suppressions-location', 'ci', 'plan.md'], { cwd: dir })).status).toBe(0);
    expect(readBaseline(dir, `ci/${FILE}`)).toEqual({ 'plan.md': GAPS_COUNTS });
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false);
  });

  test('a file that cannot be linted keeps its counts: a failed read is not a fix', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    fs.writeFileSync(path.join(dir, 'plan.md'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const run = await runCli(['--prune-suppressions', 'plan.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('no longer occur');
    expect(readBaseline(dir)).toEqual({ 'plan.md': GAPS_COUNTS });
  });
});

describe('mistakes', () => {
  const usage = async (args: string[], dir: string) => {
    const run = await runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run.stderr);
    expect(stderrLines(run)).toHaveLength(1);
    return run.stderr;
  };

  test('flags that change the file cannot be combined, nor used with standard input', async () => {
    const dir = scratch({ 'plan.md': gaps });
    expect(await usage(['--suppress-all', '--suppress-rule', 'statutory-duty', 'plan.md'], dir)).toBe(
      'planlint: --suppress-all and --suppress-rule cannot be used together\n',
    );
    expect(await usage(['--suppress-all', '--prune-suppressions', 'plan.md'], dir)).toContain('cannot be used together');
    expect(await usage(['--suppress-rule', 'statutory-duty', '--prune-suppressions', 'plan.md'], dir)).toContain('cannot be used together');
    expect(await usage(['--stdin', '--suppress-all'], dir)).toBe(
      'planlint: --suppress-all, --suppress-rule and --prune-suppressions cannot be used with --stdin\n',
    );
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false);
  });

  test('an unknown --suppress-rule id is refused and nothing is written', async () => {
    const dir = scratch({ 'plan.md': gaps });
    expect(await usage(['--suppress-rule', 'outcome-refrence', 'plan.md'], dir)).toBe(
      'planlint: --suppress-rule: unknown rule "outcome-refrence" (see --list-rules)\n',
    );
    expect(fs.existsSync(path.join(dir, FILE))).toBe(false);
  });

  test('a --suppressions-location that is not there is refused unless the run creates it', async () => {
    const dir = scratch({ 'plan.md': gaps });
    expect(await usage(['--suppressions-location', 'ci/baseline.json', 'plan.md'], dir)).toBe(
      `planlint: the suppressions file ${path.join('ci', 'baseline.json')} does not exist: create it with --suppress-all or --suppress-rule\n`,
    );
    expect(await usage(['--prune-suppressions', '--suppressions-location', 'ci/baseline.json', 'plan.md'], dir)).toContain('does not exist');
  });

  test.each([
    ['not JSON', '{ "plan.md": ', 'it is not JSON'],
    ['an array', '[]', 'it must hold an object of files'],
    ['a rule without a count', '{ "plan.md": { "statutory-duty": {} } }', '"plan.md" › "statutory-duty" must be { "count": N }'],
    ['a count of 0', '{ "plan.md": { "statutory-duty": { "count": 0 } } }', '"plan.md" › "statutory-duty" must be { "count": N } with N a whole number of at least 1'],
  ])('a suppressions file that is %s is refused in one line before any lint', async (_name, text, reason) => {
    const dir = scratch({ 'plan.md': gaps, [FILE]: text });
    const stderr = await usage(['plan.md'], dir);
    expect(stderr).toContain(`planlint: the suppressions file ${FILE} cannot be used: ${reason}`);
  });

  test('a file that cannot be written is one line, and no temporary file is left', async () => {
    const dir = scratch({ 'plan.md': gaps, 'ci': 'a file, not a folder' });
    expect(await usage(['--suppress-all', '--suppressions-location', 'ci/baseline.json', 'plan.md'], dir)).toMatch(
      /^planlint: cannot write the suppressions file ci\/baseline\.json: /,
    );
    expect(fs.readdirSync(dir).sort()).toEqual(['ci', 'plan.md']);
  });

  test('standard input is linted without the baseline, as in ESLint: it has no file to count under', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    const run = await runCli(['--stdin', '--stdin-filename', 'plan.md'], { cwd: dir, input: gaps });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('(5 errors, 6 warnings)');
  });
});

describe('directives beside the baseline', () => {
  test('a finding silenced by a comment says so, with the comment\'s reason', async () => {
    const plan = gaps.replace(OUTCOME_10, `<!-- planlint-disable-next-line outcome-reference -- the old framework's tenth outcome -->\n${OUTCOME_10}`);
    const dir = scratch({ 'plan.md': plan });
    const run = await runJson(['plan.md'], { cwd: dir });
    const [suppressed] = resultFor(run.results, path.join(dir, 'plan.md')).suppressedMessages;
    expect(suppressed).toMatchObject({ ruleId: 'outcome-reference', suppressions: [{ kind: 'directive', justification: "the old framework's tenth outcome" }] });
  });
});

describe('the baseline in SARIF', () => {
  test('an error the baseline holds is a result suppressed externally, not in source', async () => {
    const dir = await baselined({ 'plan.md': gaps });
    const run = await runCli(['--format', 'sarif', 'plan.md'], { cwd: dir });
    expect(run.status).toBe(0);
    type Sarif = { runs: { results: { level: string; suppressions?: { kind: string }[] }[] }[] };
    const results = (JSON.parse(run.stdout) as Sarif).runs[0]!.results;
    const errors = results.filter((result) => result.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((result) => result.suppressions?.[0]?.kind === 'external')).toBe(true);
  });
});

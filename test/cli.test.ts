import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  ANSI_ESCAPE,
  expectNoStackTrace,
  FIXTURES,
  fixture,
  removeDir,
  resultFor,
  ROOT,
  runCli,
  runJson,
  stderrLines,
  STYLISH_ROW,
  tempDir,
  type JsonMessage,
  type JsonResult,
  type RunResult,
} from './support/cli.js';
import { PRINCIPLE_IDS } from './support/stable-ids.js';

const GAPS = fixture('strategic-plan-gaps.md');
const COMPLETE = fixture('strategic-plan-complete.md');
const CATALOGUE = fixture('catalogue-only.md');
const REVIEW = fixture('plan-review.md');
const NO_FRONT_MATTER = fixture('no-front-matter.md');

const RULE_IDS = [
  'document-structure',
  'mapping-unsupported',
  'outcome-coverage',
  'outcome-evidence',
  'outcome-reference',
  'outcome-wording',
  'principle-coverage',
  'principle-evidence',
  'statutory-duty',
];

const SUMMARY = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)$/;

const gapsText = fs.readFileSync(GAPS, 'utf8');
const completeText = fs.readFileSync(COMPLETE, 'utf8');

/** Baseline runs that many tests compare against, each made once: a run lints the whole plan. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
const gapsStylish = once(() => runCli([GAPS]));
const gapsJson = once(async () => only((await runJson([GAPS])).results));

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function scratch(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir(files);
  dirs.push(dir);
  return dir;
}

interface Row {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
}

function rowsOf(stdout: string): Row[] {
  return stdout.split('\n').flatMap((text) => {
    const match = STYLISH_ROW.exec(text);
    if (!match) return [];
    const [, line = '', column = '', severity = '', message = '', ruleId = ''] = match;
    return [{ line: Number(line), column: Number(column), severity: severity as Row['severity'], message, ruleId }];
  });
}

function summaryOf(stdout: string): { problems: number; errors: number; warnings: number } | undefined {
  for (const text of stdout.split('\n')) {
    const match = SUMMARY.exec(text);
    if (match) return { problems: Number(match[1]), errors: Number(match[2]), warnings: Number(match[3]) };
  }
  return undefined;
}

function only(results: readonly JsonResult[]): JsonResult {
  expect(results).toHaveLength(1);
  return results[0]!;
}

function byRule(result: JsonResult, ruleId: string): JsonMessage[] {
  return result.messages.filter((message) => message.ruleId === ruleId);
}

function outcomeNumber(message: JsonMessage): number {
  const match = /^Outcome (\d+)\b/.exec(message.message);
  if (!match) throw new Error(`not an outcome message: ${message.message}`);
  return Number(match[1]);
}

/** A usage or config failure: exit 2, one explanatory line, no report. */
function expectUsageFailure(run: RunResult, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = stderrLines(run);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^planlint: /);
  expect(lines[0]).toMatch(pattern);
  expectNoStackTrace(run.stderr);
}

describe('stylish output', () => {
  test('the gaps fixture: a header naming the file, one ESLint-style row per finding, a matching summary, exit 1', async () => {
    const run = await gapsStylish();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines).toContain(GAPS);

    const rows = rowsOf(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    // Every line is blank, the header, a row, the type line after the rows or the summary: anything else would break problem matchers.
    const judged = lines.indexOf('  judged as: strategic plan (from its front matter)');
    expect(lines[judged + 1]).toBe('');
    expect(lines[judged - 1]).toMatch(STYLISH_ROW);
    for (const [index, text] of lines.entries()) {
      if (text === '' || text === GAPS || SUMMARY.test(text) || index === judged) continue;
      expect(text).toMatch(STYLISH_ROW);
    }

    const coverage = rows.filter((row) => row.ruleId === 'outcome-coverage');
    expect(coverage.map((row) => row.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Outcome 6\b/), expect.stringMatching(/^Outcome 8\b/)]),
    );
    expect(coverage.every((row) => row.severity === 'error')).toBe(true);

    const reference = rows.find((row) => row.ruleId === 'outcome-reference');
    expect(reference).toMatchObject({ line: 91, column: 47, severity: 'error' });
    expect(reference?.message).toMatch(/Outcome 10\b/);

    const wording = rows.filter((row) => row.ruleId === 'outcome-wording');
    expect(wording.map((row) => row.line)).toContain(109);

    const summary = summaryOf(run.stdout);
    expect(summary).toEqual({
      problems: rows.length,
      errors: rows.filter((row) => row.severity === 'error').length,
      warnings: rows.filter((row) => row.severity === 'warning').length,
    });
    expect(lines.filter((text) => SUMMARY.test(text))).toHaveLength(1);
  });

  test('rows are sorted by line, then column', async () => {
    const rows = rowsOf((await gapsStylish()).stdout);
    const places = rows.map((row) => [row.line, row.column] as const);
    const sorted = [...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(places).toEqual(sorted);
  });

  test('the complete plan prints nothing and exits 0', async () => {
    const run = await runCli([COMPLETE]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('--format json', () => {
  test('ESLint-compatible results with counts that match the messages', async () => {
    const run = await runJson([GAPS]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const result = only(run.results);
    expect(path.isAbsolute(result.filePath)).toBe(true);
    expect(result.filePath).toBe(GAPS);
    expect(result.messages.length).toBeGreaterThan(0);
    for (const message of result.messages) {
      expect(message).toEqual(
        expect.objectContaining({
          ruleId: expect.any(String),
          severity: expect.any(Number),
          message: expect.any(String),
          line: expect.any(Number),
          column: expect.any(Number),
          endLine: expect.any(Number),
          endColumn: expect.any(Number),
          sectionPath: expect.any(Array),
        }),
      );
      expect([1, 2]).toContain(message.severity);
      expect(message.fatal).toBeUndefined();
      expect(message.endLine > message.line || (message.endLine === message.line && message.endColumn >= message.column)).toBe(true);
      for (const title of message.sectionPath) expect(typeof title).toBe('string');
    }
    expect(result.errorCount).toBe(result.messages.filter((message) => message.severity === 2).length);
    expect(result.warningCount).toBe(result.messages.filter((message) => message.severity === 1).length);
    expect(result.fatalErrorCount).toBe(0);

    const reference = byRule(result, 'outcome-reference');
    expect(reference).toHaveLength(1);
    expect(reference[0]).toMatchObject({ severity: 2, line: 91, column: 47, endLine: 91 });
    expect(reference[0]!.sectionPath.length).toBeGreaterThan(0);
  });

  test('coverage of the gaps fixture: nine outcomes and thirteen principles, with the planted gaps', async () => {
    const { coverage } = await gapsJson();
    expect(coverage).not.toBeNull();
    expect(coverage!.documentType).toBe('strategic-plan');
    expect(coverage!.outcomes.map((entry) => entry.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(coverage!.principles.map((entry) => entry.id)).toEqual(PRINCIPLE_IDS);
    for (const entry of [...coverage!.outcomes, ...coverage!.principles]) {
      expect(['missing', 'mentioned', 'evidenced']).toContain(entry.status);
      // A missing outcome has nowhere to point to; any other status must say where it was found.
      if (entry.status === 'missing') expect(entry.locations).toEqual([]);
      else expect(entry.locations.length).toBeGreaterThan(0);
      for (const location of entry.locations) expect(location).toEqual({ line: expect.any(Number), column: expect.any(Number) });
    }
    const status = Object.fromEntries(coverage!.outcomes.map((entry) => [entry.id, entry.status]));
    expect(status).toMatchObject({ 2: 'mentioned', 5: 'mentioned', 6: 'missing', 8: 'missing' });
  });

  test('a catalogue of the outcomes is reported as listed only, for all nine', async () => {
    const run = await runJson([CATALOGUE]);
    const result = only(run.results);
    const listed = byRule(result, 'outcome-evidence').filter((message) => message.messageId === 'listedOnly');
    expect(listed.map(outcomeNumber).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(listed.map((message) => message.line).sort((a, b) => a - b)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(result.coverage!.outcomes.every((entry) => entry.status === 'mentioned')).toBe(true);
  });
});

describe('files, folders and globs', () => {
  // The repository's own .planlintignore keeps fixtures/README.md out of folder and glob runs.
  /** Every file under fixtures/ that a folder or glob would find (README files, the corpus, fuzz/ and pdf/bad, pdf/unit are ignored). */
  const inFixtures = (keep: (name: string) => boolean) =>
    fs
      .readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter((name) => keep(name) && path.basename(name) !== 'README.md' && !/^(?:corpus|fuzz|pdf\/bad|pdf\/unit)\//.test(name))
      .map((name) => path.join(FIXTURES, name))
      .sort();
  const plans = inFixtures((name) => name.endsWith('.md'));

  test('a folder lints every plan in it, Markdown, Word and PDF', async () => {
    const run = await runJson(['fixtures']);
    expect(run.results.map((result) => result.filePath).sort()).toEqual(inFixtures((name) => /\.(md|docx|pdf)$/.test(name)));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });

  test('a glob lints the plans it matches', async () => {
    const run = await runJson(['fixtures/**/*.md']);
    expect(run.results.map((result) => result.filePath).sort()).toEqual(plans);
  });

  test('a file named twice, or by a folder and by name, is linted once', async () => {
    const run = await runJson([GAPS, 'fixtures', './fixtures/strategic-plan-gaps.md']);
    expect(run.results.filter((result) => result.filePath === GAPS)).toHaveLength(1);
  });

  describe('.planlintignore', () => {
    const dir = scratch({
      '.planlintignore': '# drafts are not ready for review\ndrafts/\n*.old.md\n',
      'plans/current.md': completeText,
      'plans/previous.old.md': gapsText,
      'drafts/next.md': gapsText,
      'plans/notes.txt': 'not a plan',
    });

    test('folders skip ignored plans and files that are not plans', async () => {
      const run = await runJson(['.'], { cwd: dir });
      expect(run.results.map((result) => result.filePath)).toEqual([path.join(dir, 'plans/current.md')]);
      expect(run.status).toBe(0);
    });

    test('globs skip ignored plans', async () => {
      const run = await runJson(['**/*.md'], { cwd: dir });
      expect(run.results.map((result) => result.filePath)).toEqual([path.join(dir, 'plans/current.md')]);
    });

    test('a file named explicitly is linted even when ignored', async () => {
      const run = await runJson(['drafts/next.md', 'plans/previous.old.md'], { cwd: dir });
      expect(run.results.map((result) => result.filePath).sort()).toEqual([
        path.join(dir, 'drafts/next.md'),
        path.join(dir, 'plans/previous.old.md'),
      ]);
      expect(run.results.every((result) => result.errorCount > 0)).toBe(true);
      expect(run.status).toBe(1);
    });

    test('a named file beside a folder: the folder honours the ignore file, the named file does not', async () => {
      const run = await runJson(['plans', 'drafts/next.md'], { cwd: dir });
      expect(run.results.map((result) => result.filePath).sort()).toEqual([
        path.join(dir, 'drafts/next.md'),
        path.join(dir, 'plans/current.md'),
      ]);
    });
  });
});

describe('options', () => {
  test('--quiet reports errors only, and the summary agrees', async () => {
    const run = await runCli(['--quiet', GAPS]);
    expect(run.status).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.severity === 'error')).toBe(true);
    expect(summaryOf(run.stdout)).toEqual({ problems: rows.length, errors: rows.length, warnings: 0 });

    const json = only((await runJson(['--quiet', GAPS])).results);
    expect(json.messages.every((message) => message.severity === 2)).toBe(true);
    expect(json.warningCount).toBe(0);
  });

  test('--quiet on a plan with warnings only prints nothing and exits 0', async () => {
    const run = await runCli(['--quiet', REVIEW]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  describe('--max-warnings', () => {
    // plan-review.md has warnings and no errors, so only the warning limit decides the exit code.
    const review = once(async () => only((await runJson([REVIEW])).results));

    test('the fixture it relies on has warnings and no errors', async () => {
      expect((await review()).errorCount).toBe(0);
      expect((await review()).warningCount).toBeGreaterThan(0);
    });

    test('0 with warnings exits 1 and says why', async () => {
      const run = await runCli(['--max-warnings', '0', REVIEW]);
      expect(run.status).toBe(1);
      expect(rowsOf(run.stdout)).toHaveLength((await review()).warningCount);
      expect(stderrLines(run)).toHaveLength(1);
      expect(run.stderr).toMatch(/too many warnings/);
    });

    test('a limit equal to the warning count passes', async () => {
      const run = await runCli(['--max-warnings', String((await review()).warningCount), REVIEW]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
    });

    test('a large limit exits 0 when there are no errors', async () => {
      expect((await runCli(['--max-warnings', '1000', REVIEW])).status).toBe(0);
    });

    test('a large limit does not hide errors', async () => {
      expect((await runCli(['--max-warnings', '1000', GAPS])).status).toBe(1);
    });

    test('-1 (no limit, as in ESLint) can be given with =', async () => {
      expect((await runCli(['--max-warnings=-1', REVIEW])).status).toBe(0);
    });

    test('a value that is not a whole number is a usage error', async () => {
      expectUsageFailure(await runCli(['--max-warnings', 'lots', REVIEW]), /--max-warnings.*"lots"/);
    });
  });

  describe('--rule', () => {
    test("'outcome-coverage: off' turns the rule off", async () => {
      const before = await gapsJson();
      expect(byRule(before, 'outcome-coverage').length).toBeGreaterThan(0);
      const run = await runJson(['--rule', 'outcome-coverage: off', GAPS]);
      const after = only(run.results);
      expect(byRule(after, 'outcome-coverage')).toEqual([]);
      expect(after.messages.length).toBe(before.messages.length - byRule(before, 'outcome-coverage').length);
    });

    test('a severity and options: outcome-evidence as an error with a stricter minimum', async () => {
      const lenient = byRule(await gapsJson(), 'outcome-evidence');
      const strict = byRule(
        only((await runJson(['--rule', 'outcome-evidence: ["error", {"minimum": "target"}]', GAPS])).results),
        'outcome-evidence',
      );
      expect(strict.every((message) => message.severity === 2)).toBe(true);
      // Demanding a target can only find more outcomes short of evidence, never fewer.
      const places = (messages: JsonMessage[]): string[] => messages.map((message) => `${message.line}:${message.column}`);
      expect(places(strict)).toEqual(expect.arrayContaining(places(lenient)));
      expect(strict.length).toBeGreaterThan(lenient.length);
    });

    test('a flag that is not "id: severity" is a usage error', async () => {
      expectUsageFailure(await runCli(['--rule', 'outcome-coverage', GAPS]), /--rule/);
    });

    test('an unknown rule id is named', async () => {
      expectUsageFailure(await runCli(['--rule', 'no-such-rule: error', GAPS]), /--rule no-such-rule\b.*not a known rule/);
    });

    test('invalid JSON in the options says where', async () => {
      expectUsageFailure(await runCli(['--rule', 'outcome-evidence: ["error", {minimum: 1}]', GAPS]), /--rule outcome-evidence.*invalid JSON at column \d+/);
    });

    test('an option the rule does not accept is named', async () => {
      expectUsageFailure(
        await runCli(['--rule', 'outcome-evidence: ["error", {"minimum": "vibes"}]', GAPS]),
        /--rule outcome-evidence\[1\]\.minimum/,
      );
    });
  });

  describe('--document-type', () => {
    test('integration-scheme: evidence rules do not apply to schemes', async () => {
      const plan = await gapsJson();
      expect(byRule(plan, 'outcome-evidence').length).toBeGreaterThan(0);
      expect(byRule(plan, 'principle-evidence').length).toBeGreaterThan(0);

      const scheme = only((await runJson(['--document-type', 'integration-scheme', GAPS])).results);
      expect(scheme.coverage!.documentType).toBe('integration-scheme');
      expect(byRule(scheme, 'outcome-evidence')).toEqual([]);
      expect(byRule(scheme, 'principle-evidence')).toEqual([]);
      // The flag changes what applies, not what the plan says: the invalid reference is still there.
      expect(byRule(scheme, 'outcome-reference')).toHaveLength(1);
    });

    test('an unknown type is a usage error that lists the valid ones', async () => {
      expectUsageFailure(await runCli(['--document-type', 'strategy', GAPS]), /"strategy".*strategic-plan.*integration-scheme/);
    });
  });

  describe('config files', () => {
    const quiet = { rules: { 'outcome-coverage': 'off', 'principle-coverage': 'off' } };

    test('--config FILE is used instead of any other config', async () => {
      const dir = scratch({
        'settings/custom.json': JSON.stringify({ rules: { 'outcome-coverage': 'off', 'outcome-reference': 'off', 'statutory-duty': 'off' } }),
        'planlint.config.json': JSON.stringify({ rules: { 'outcome-wording': 'off' } }),
        'plan.md': gapsText,
      });
      const run = await runJson(['--config', 'settings/custom.json', 'plan.md'], { cwd: dir });
      const result = only(run.results);
      expect(byRule(result, 'outcome-coverage')).toEqual([]);
      expect(byRule(result, 'outcome-reference')).toEqual([]);
      // The discovered config beside the plan is not merged in.
      expect(byRule(result, 'outcome-wording').length).toBeGreaterThan(0);
      expect(result.errorCount).toBe(0);
      expect(run.status).toBe(0);
    });

    test('--config with a file that does not exist is a config failure naming it', async () => {
      const dir = scratch({ 'plan.md': gapsText });
      expectUsageFailure(await runCli(['--config', 'nope.json', 'plan.md'], { cwd: dir }), /nope\.json.*not found/);
    });

    test.each([
      ['planlint.config.json', JSON.stringify(quiet)],
      ['.planlintrc.json', JSON.stringify(quiet)],
      ['package.json', JSON.stringify({ name: 'plans', private: true, planlint: quiet })],
    ])('%s is found from the plan’s folder upward', async (name, content) => {
      const dir = scratch({ [name]: content, 'board/2025/plan.md': gapsText });
      // Run from elsewhere: discovery starts at the plan, not the working folder.
      const run = await runJson([path.join(dir, 'board/2025/plan.md')], { cwd: ROOT });
      const result = only(run.results);
      expect(byRule(result, 'outcome-coverage')).toEqual([]);
      expect(byRule(result, 'principle-coverage')).toEqual([]);
      expect(byRule(result, 'outcome-reference')).toHaveLength(1);
    });

    test('a package.json without a "planlint" key is passed over on the way up', async () => {
      const dir = scratch({
        'planlint.config.json': JSON.stringify(quiet),
        'board/package.json': JSON.stringify({ name: 'board', private: true }),
        'board/plan.md': gapsText,
      });
      const result = only((await runJson([path.join(dir, 'board/plan.md')])).results);
      expect(byRule(result, 'outcome-coverage')).toEqual([]);
    });

    test('the nearest config wins and configs do not cascade', async () => {
      const dir = scratch({
        'planlint.config.json': JSON.stringify({ rules: { 'outcome-coverage': 'off' } }),
        'board/.planlintrc.json': JSON.stringify({ rules: { 'outcome-reference': 'off' } }),
        'board/plan.md': gapsText,
      });
      const result = only((await runJson([path.join(dir, 'board/plan.md')])).results);
      expect(byRule(result, 'outcome-reference')).toEqual([]);
      expect(byRule(result, 'outcome-coverage').length).toBeGreaterThan(0);
    });

    test('overrides apply by glob, relative to the config file', async () => {
      const dir = scratch({
        'planlint.config.json': JSON.stringify({
          overrides: [
            { files: ['drafts/**'], rules: { 'outcome-coverage': 'off' } },
            { files: '*.scheme.md', documentType: 'integration-scheme' },
          ],
        }),
        'plans/plan.md': gapsText,
        'drafts/plan.md': gapsText,
        'schemes/lochaird.scheme.md': fs.readFileSync(NO_FRONT_MATTER, 'utf8'),
      });
      const run = await runJson(['.'], { cwd: dir });
      expect(byRule(resultFor(run.results, path.join(dir, 'plans/plan.md')), 'outcome-coverage').length).toBeGreaterThan(0);
      expect(byRule(resultFor(run.results, path.join(dir, 'drafts/plan.md')), 'outcome-coverage')).toEqual([]);
      const scheme = resultFor(run.results, path.join(dir, 'schemes/lochaird.scheme.md'));
      expect(scheme.coverage).toMatchObject({ documentType: 'integration-scheme', documentTypeSource: 'config' });
      expect(byRule(scheme, 'outcome-evidence')).toEqual([]);
    });
  });

  describe('--print-config', () => {
    test('prints the resolved config for a file as JSON, every rule included', async () => {
      const run = await runCli(['--print-config', GAPS]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const config = JSON.parse(run.stdout) as { rules: Record<string, { severity: number | 'info'; options: object }> };
      expect(Object.keys(config.rules).sort()).toEqual(RULE_IDS);
      // Info has no number: it is printed as the config names it.
      const { 'document-structure': structure, ...numbered } = config.rules;
      expect(structure).toEqual({ severity: 'info', options: {} });
      for (const setting of Object.values(numbered)) {
        expect([0, 1, 2]).toContain(setting.severity);
        expect(typeof setting.options).toBe('object');
      }
    });

    test('shows what the discovered config, its overrides and --rule make of it', async () => {
      const dir = scratch({
        'planlint.config.json': JSON.stringify({
          rules: { 'outcome-coverage': 'off' },
          overrides: [{ files: ['schemes/**'], documentType: 'integration-scheme' }],
        }),
      });
      const run = await runCli(['--print-config', 'schemes/lochaird.md', '--rule', 'outcome-evidence: ["error", {"minimum": "target"}]'], {
        cwd: dir,
      });
      expect(run.status).toBe(0);
      const config = JSON.parse(run.stdout) as {
        documentType?: string;
        rules: Record<string, { severity: number; options: Record<string, unknown> }>;
        configFiles: string[];
      };
      expect(config.documentType).toBe('integration-scheme');
      expect(config.rules['outcome-coverage']?.severity).toBe(0);
      expect(config.rules['outcome-evidence']).toMatchObject({ severity: 2, options: { minimum: 'target' } });
      expect(config.configFiles).toEqual([path.join(dir, 'planlint.config.json')]);
    });
  });

  test('--list-rules lists every rule with its default severity and a description', async () => {
    const run = await runCli(['--list-rules']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0]).sort()).toEqual(RULE_IDS);
    for (const line of lines) expect(line).toMatch(/^[\w-]+\s+(error|warn|info)\s+\S.+$/);
    expect(lines.find((line) => line.startsWith('document-structure'))).toMatch(/^document-structure\s+info\s/);
  });

  describe('--stdin', () => {
    test('--stdin --stdin-filename lints the input under that name', async () => {
      const dir = scratch();
      const run = await runCli(['--stdin', '--stdin-filename', 'x.md'], { cwd: dir, input: gapsText });
      expect(run.status).toBe(1);
      expect(run.stdout.split('\n')).toContain(path.join(dir, 'x.md'));
      const fromFile = rowsOf((await gapsStylish()).stdout);
      expect(rowsOf(run.stdout)).toEqual(fromFile);
    });

    test('the name places config discovery', async () => {
      const dir = scratch({ 'board/planlint.config.json': JSON.stringify({ rules: { 'outcome-coverage': 'off' } }) });
      const run = await runJson(['--stdin', '--stdin-filename', 'board/plan.md'], { cwd: dir, input: gapsText });
      const result = only(run.results);
      expect(result.filePath).toBe(path.join(dir, 'board/plan.md'));
      expect(byRule(result, 'outcome-coverage')).toEqual([]);
    });

    test('unnamed input is reported as <stdin>, not as a file in the working folder', async () => {
      const run = await runJson(['--stdin'], { input: completeText });
      expect(only(run.results).filePath).toBe('<stdin>');
      expect(run.status).toBe(0);
    });

    test('--stdin-filename without --stdin is a usage error', async () => {
      expectUsageFailure(await runCli(['--stdin-filename', 'x.md', GAPS]), /--stdin-filename needs --stdin/);
    });
  });

  describe('--lsp', () => {
    test('--stdio without --lsp, and files with it, are usage errors', async () => {
      expectUsageFailure(await runCli(['--stdio', GAPS]), /--stdio needs --lsp/);
      expectUsageFailure(await runCli(['--lsp', GAPS]), /--lsp lints what the editor opens: give it no files/);
    });
  });

  describe('--output-file', () => {
    test('writes the report to the file, creating folders, and nothing to stdout', async () => {
      const dir = scratch();
      const run = await runCli(['--format', 'json', '--output-file', 'reports/planlint.json', GAPS], { cwd: dir });
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const results = JSON.parse(fs.readFileSync(path.join(dir, 'reports/planlint.json'), 'utf8')) as JsonResult[];
      expect(only(results).filePath).toBe(GAPS);
    });

    test('a stylish report in a file has no colour codes', async () => {
      const dir = scratch();
      const run = await runCli(['-o', 'report.txt', GAPS], { cwd: dir });
      expect(run.stdout).toBe('');
      const report = fs.readFileSync(path.join(dir, 'report.txt'), 'utf8');
      expect(rowsOf(report).length).toBeGreaterThan(0);
      expect(report).not.toMatch(ANSI_ESCAPE);
    });

    test('a report that cannot be written is a one-line failure, not a crash', async () => {
      const dir = scratch({ 'reports/keep.txt': '' });
      expectUsageFailure(await runCli(['-o', 'reports', GAPS], { cwd: dir }), /cannot write the report to reports: it is a folder/);
    });
  });

  describe('colour', () => {
    /** A stdout that says it is a terminal, where a user types the command; the gaps plan has findings to colour. */
    const onTerminal = async (env: Record<string, string>): Promise<string> =>
      (await runCli([GAPS], { tty: true, env })).stdout;

    test('on a terminal: colour by default, none with NO_COLOR, and an empty NO_COLOR does not count', async () => {
      expect(await onTerminal({})).toMatch(ANSI_ESCAPE);
      expect(await onTerminal({ NO_COLOR: '1' })).not.toMatch(ANSI_ESCAPE);
      expect(await onTerminal({ NO_COLOR: '' })).toMatch(ANSI_ESCAPE);
    });

    test('--no-color: no escape codes, even on a terminal', async () => {
      const run = await runCli(['--no-color', GAPS], { tty: true });
      expect(rowsOf(run.stdout).length).toBeGreaterThan(0);
      expect(run.stdout).not.toMatch(ANSI_ESCAPE);
    });

    test('NO_COLOR: no escape codes, even on a terminal', async () => {
      const run = await runCli([GAPS], { env: { NO_COLOR: '1' }, tty: true });
      expect(rowsOf(run.stdout).length).toBeGreaterThan(0);
      expect(run.stdout).not.toMatch(ANSI_ESCAPE);
    });

    test('--color: escape codes even through a pipe, and the text beneath is unchanged', async () => {
      const colored = await runCli(['--color', GAPS]);
      expect(colored.stdout).toMatch(ANSI_ESCAPE);
      expect(colored.status).toBe(1);
      const stripped = colored.stdout.replace(/\u001b\[\d+m/g, '');
      expect(stripped).toBe((await gapsStylish()).stdout);
    });
  });

  test('--help prints usage and every documented flag, exit 0', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^planlint \[options\]/);
    for (const flag of [
      '--format',
      '--output-file',
      '--color',
      '--no-color',
      '--quiet',
      '--config',
      '--rule',
      '--document-type',
      '--print-config',
      '--list-rules',
      '--report-unused-disable-directives',
      '--stdin',
      '--stdin-filename',
      '--max-warnings',
      '--help',
      '--version',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect((await runCli(['-h'])).stdout).toBe(run.stdout);
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    // From another folder too: the version comes from planlint's own package.json, not the working folder's.
    expect((await runCli(['-v'], { cwd: scratch({ 'package.json': '{"name":"other","version":"9.9.9"}' }) })).stdout).toBe(`${version}\n`);
  });

  test('an unknown flag: exit 2, one line, no stack trace', async () => {
    expectUsageFailure(await runCli(['--fix', GAPS]), /Unknown option '--fix'/);
  });

  test('a flag missing its value: exit 2, one line', async () => {
    expectUsageFailure(await runCli([GAPS, '--format']), /--format/);
  });

  test('an unknown format: exit 2, one line listing the formats', async () => {
    expectUsageFailure(await runCli(['--format', 'xml', GAPS]), /"xml".*stylish.*json/);
  });

  test('no files given: exit 2, one line', async () => {
    expectUsageFailure(await runCli([]), /no files given/);
  });
});

describe('inline directives', () => {
  // Line numbers below are this text's: the tests point at them.
  const plan = [
    '---', // 1
    'title: Ardnish Strategic Plan 2025–2028', // 2
    'documentType: strategic-plan', // 3
    '---', // 4
    '', // 5
    '<!-- planlint-disable outcome-coverage, principle-coverage -- the other outcomes are in the companion plan -->', // 6
    '', // 7
    '# 1. Introduction', // 8
    '', // 9
    'This plan sets out our priorities for the partnership.', // 10
    '', // 11
    '<!-- planlint-disable outcome-evidence -->', // 12
    '', // 13
    '# 2. First priority', // 14
    '', // 15
    'We want people to lead healthier lives and live in good health for longer.', // 16
    '', // 17
    '<!-- planlint-enable outcome-evidence -->', // 18
    '', // 19
    '# 3. Second priority', // 20
    '', // 21
    'We will help people to live independently at home or in a homely setting.', // 22
    '', // 23
    '# 4. Third priority', // 24
    '', // 25
    '<!-- planlint-disable-next-line outcome-evidence -->', // 26
    'Health and social care services will contribute to reducing health inequalities.', // 27
    '', // 28
    '<!-- planlint-disable-next-line no-such-rule -->', // 29
    'Thank you for reading.', // 30
    '',
  ].join('\n');
  const withoutDirectives = plan
    .split('\n')
    .map((line) => (line.startsWith('<!--') ? '' : line))
    .join('\n');
  const dir = scratch({ 'plan.md': plan, 'bare.md': withoutDirectives });

  const evidenceOutcomes = (messages: readonly JsonMessage[]): number[] =>
    messages
      .filter((message) => message.ruleId === 'outcome-evidence')
      .map(outcomeNumber)
      .sort((a, b) => a - b);

  test('without the directives the plan has the findings they are meant to silence', async () => {
    const bare = only((await runJson(['bare.md'], { cwd: dir })).results);
    expect(byRule(bare, 'outcome-coverage').length).toBeGreaterThan(0);
    expect(byRule(bare, 'principle-coverage').length).toBeGreaterThan(0);
    expect(evidenceOutcomes(bare.messages)).toEqual([1, 2, 5]);
  });

  test('disable with a reason, enable, and disable-next-line silence what they name, and only that', async () => {
    const run = await runJson(['plan.md'], { cwd: dir });
    const result = only(run.results);
    expect(byRule(result, 'outcome-coverage')).toEqual([]);
    expect(byRule(result, 'principle-coverage')).toEqual([]);
    // Outcome 1 sits inside disable … enable, outcome 5 under disable-next-line; outcome 2 is after the enable.
    expect(evidenceOutcomes(result.messages)).toEqual([2]);
    expect(evidenceOutcomes(result.suppressedMessages)).toEqual([1, 5]);
    expect(result.suppressedMessages.some((message) => message.ruleId === 'outcome-coverage')).toBe(true);
  });

  test('an unknown rule id in a directive is reported where the directive is', async () => {
    const run = await runJson(['plan.md'], { cwd: dir });
    const result = only(run.results);
    const unknown = result.messages.filter((message) => message.ruleId === null);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ line: 29, severity: 2 });
    expect(unknown[0]!.message).toMatch(/no-such-rule/);
    expect(unknown[0]!.fatal).toBeUndefined();
    expect(run.status).toBe(1);

    const stylish = await runCli(['plan.md'], { cwd: dir });
    expect(stylish.stdout).toMatch(/^\s+29:1\s+error\s+.*"no-such-rule"/m);
  });

  describe('--report-unused-disable-directives', () => {
    const unused = [
      '---',
      'title: Ardnish Strategic Plan 2025–2028',
      'documentType: strategic-plan',
      '---',
      '',
      '<!-- planlint-disable outcome-coverage, principle-coverage, statutory-duty -->',
      '',
      '# 1. Introduction',
      '',
      '<!-- planlint-disable-next-line outcome-wording -->',
      'This plan sets out our priorities for the partnership.',
      '',
    ].join('\n');
    const unusedDir = scratch({ 'plan.md': unused });

    test('reports a directive that silences nothing', async () => {
      const run = await runJson(['--report-unused-disable-directives', 'plan.md'], { cwd: unusedDir });
      const result = only(run.results);
      const reported = result.messages.filter((message) => message.ruleId === null);
      expect(reported.map((message) => message.line)).toEqual([10]);
      expect(reported[0]!.message).toMatch(/Unused planlint-disable-next-line directive.*outcome-wording/);
      expect(run.status).toBe(1);
    });

    test('is off by default', async () => {
      const run = await runJson(['plan.md'], { cwd: unusedDir });
      expect(only(run.results).messages).toEqual([]);
      expect(run.status).toBe(0);
    });
  });
});

import { afterAll, describe, expect, test } from 'vitest';
import { removeDir, runCli, runJson, tempDir } from './support/cli.js';

/**
 * The info level end to end: a plan whose only finding is document-structure's,
 * every other rule turned off, so the exit code and counts can only come from it.
 */
const PAGE = 'Carers can ask for a support plan at any time.\n\nWe will open a carers’ hub by March 2026.\n';
const OTHERS_OFF = Object.fromEntries(
  ['mapping-unsupported', 'outcome-coverage', 'outcome-evidence', 'outcome-reference', 'outcome-wording', 'principle-coverage', 'principle-evidence', 'statutory-duty'].map(
    (id) => [id, 'off'],
  ),
);

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function plan(rules: Record<string, unknown> = {}): string {
  const dir = tempDir({ 'page.md': PAGE, 'planlint.config.json': JSON.stringify({ rules: { ...OTHERS_OFF, ...rules } }) });
  dirs.push(dir);
  return dir;
}

const ROW = '  1:1  info  The document has no headings, so evidence is looked for only near each passage  document-structure';

describe('an info finding', () => {
  test('is printed as info and counted in the summary, and the run passes', async () => {
    const run = await runCli(['page.md'], { cwd: plan() });
    expect(run.stdout.split('\n').slice(2, 3)).toEqual([ROW]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 0 warnings, 1 info)');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  test('is not a warning for --max-warnings', async () => {
    const run = await runCli(['page.md', '--max-warnings', '0'], { cwd: plan() });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  test('is hidden by --quiet, in stylish and in the JSON counts', async () => {
    const dir = plan();
    expect(await runCli(['page.md', '--quiet'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    const [result] = (await runJson(['page.md', '--quiet'], { cwd: dir })).results;
    expect(result).toMatchObject({ messages: [], errorCount: 0, warningCount: 0, infoCount: 0 });
  });

  test('has severity 0 and level "info" in the JSON, counted apart from errors and warnings', async () => {
    const run = await runJson(['page.md'], { cwd: plan() });
    const [result] = run.results;
    expect(result?.messages.map(({ ruleId, severity, level, line, column }) => ({ ruleId, severity, level, line, column }))).toEqual([
      { ruleId: 'document-structure', severity: 0, level: 'info', line: 1, column: 1 },
    ]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 1, fatalErrorCount: 0 });
    expect(run.status).toBe(0);
  });

  test('is shown by --explain with its help, and counted', async () => {
    const run = await runCli(['page.md', '--explain'], { cwd: plan() });
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('document-structure'));
    expect(lines[at]).toMatch(/^ {6}1:1 {6}info {5}The document has no headings, so evidence is looked for only near each passage {2}document-structure$/);
    expect(lines[at + 1]?.trim()).toMatch(/^Give the document headings with heading styles/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 problem (0 errors, 0 warnings, 1 info)');
    expect(run.status).toBe(0);
  });
});

describe('the rule at another severity', () => {
  test.each([
    ['"warn"', 'warn', '--max-warnings', 1, 'warning'],
    ['1', 1, '--max-warnings', 1, 'warning'],
    ['"error"', 'error', undefined, 1, 'error'],
  ] as const)('set to %s, its finding is a %s and counts', async (_, severity, flag, status, word) => {
    const run = await runCli(['page.md', ...(flag ? [flag, '0'] : [])], { cwd: plan({ 'document-structure': severity }) });
    expect(run.stdout).toContain(`  1:1  ${word}  The document has no headings`);
    expect(run.status).toBe(status);
  });

  test('--rule sets it to info over a config that made it an error', async () => {
    const run = await runCli(['page.md', '--rule', 'document-structure: info'], { cwd: plan({ 'document-structure': 'error' }) });
    expect(run.stdout.split('\n').slice(2, 3)).toEqual([ROW]);
    expect(run.status).toBe(0);
  });
});

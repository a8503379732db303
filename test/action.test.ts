import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixture, removeDir, ROOT, tempDir } from './support/cli.js';

/*
 * Issue 11, item 2: the Action's entry point run as the runner runs it: the
 * committed bundle under `node`, in the workspace, with the inputs as
 * `INPUT_*` variables (upper-cased, hyphens kept) and GITHUB_STEP_SUMMARY
 * naming a file.
 */

const RULES = ['document-structure', 'mapping-unsupported', 'outcome-coverage', 'outcome-evidence', 'outcome-reference', 'outcome-wording', 'principle-coverage', 'principle-evidence', 'statutory-duty'];
const ENTRY = path.join(ROOT, 'dist-action', 'index.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function workspace(): string {
  const dir = tempDir({
    'plans/Strategic Plan 2025.md': fs.readFileSync(fixture('strategic-plan-gaps.md')),
    'plans/scheme.docx': fs.readFileSync(fixture('integration-scheme.docx')),
    'clean/plan.md': fs.readFileSync(fixture('strategic-plan-complete.md')),
    // Every rule at most a warning.
    'lenient.json': JSON.stringify({ rules: Object.fromEntries(RULES.map((id) => [id, 'warn'])) }),
  });
  dirs.push(dir);
  return dir;
}

function runAction(dir: string, inputs: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const summary = path.join(dir, 'summary.md');
  fs.writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir };
  env['GITHUB_STEP_SUMMARY'] = summary;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(process.execPath, [ENTRY], { cwd: dir, env, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the Action', () => {
  test('lints the paths, one a line, and fails the step on errors', () => {
    const dir = workspace();
    const run = runAction(dir, { paths: 'plans/Strategic Plan 2025.md\nplans/*.docx\n', format: 'json' });
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((result) => path.relative(dir, result.filePath))).toEqual(['plans/Strategic Plan 2025.md', 'plans/scheme.docx']);
    expect(results[0]!.errorCount).toBeGreaterThan(0);
    expect(run.status).toBe(1);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('planlint-'))).toEqual([]);
  });

  test('by default annotates the files, writes the job summary and the SARIF file, and fails on errors', () => {
    const dir = workspace();
    const run = runAction(dir, { paths: 'plans', 'sarif-file': 'planlint.sarif' });
    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.some((line) => line.startsWith('::error file=plans/Strategic Plan 2025.md,line='))).toBe(true);
    // The scheme has no findings: it shows in the summary, beside the plan.
    const summary = fs.readFileSync(path.join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^## planlint\n/);
    expect(summary).toContain('plans/scheme.docx');
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'planlint.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBe(commands.length);
  });

  test('passes a clean plan', () => {
    const run = runAction(workspace(), { paths: 'clean', format: 'stylish' });
    expect(run).toMatchObject({ status: 0, stderr: '' });
  });

  test('reads config and max-warnings', () => {
    const dir = workspace();
    const lenient = runAction(dir, { paths: 'plans', format: 'stylish', config: 'lenient.json' });
    expect(lenient.stdout).toMatch(/warning/);
    expect(lenient.stdout).not.toMatch(/\d+:\d+\s+error/);
    expect(lenient.status).toBe(0);
    const strict = runAction(dir, { paths: 'plans', format: 'stylish', config: 'lenient.json', 'max-warnings': '0' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/^planlint: too many warnings: \d+ \(--max-warnings 0\)$/m);
  });

  test('a usage problem in the inputs fails the step with exit code 2', () => {
    const run = runAction(workspace(), { paths: 'plans', format: 'no-such-format' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^planlint: unknown format "no-such-format"/);
  });
});

describe('the committed bundle', () => {
  test('is what the sources build today (npm run build:action)', () => {
    const out = fs.mkdtempSync(path.join(ROOT, 'dist', 'action-check-'));
    dirs.push(out);
    const built = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'bundle-action.js'), out], { cwd: ROOT, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    const files = (root: string): Record<string, string> =>
      Object.fromEntries(
        (fs.readdirSync(root, { recursive: true }) as string[])
          .filter((name) => name.endsWith('.js'))
          .sort()
          .map((name) => [name, fs.readFileSync(path.join(root, name), 'utf8')]),
      );
    const fresh = files(out);
    const committed = files(path.join(ROOT, 'dist-action'));
    expect(Object.keys(fresh).length).toBeGreaterThan(2);
    // By name first, then whole: a stale bundle shows which files differ without printing megabytes.
    expect(Object.keys(committed)).toEqual(Object.keys(fresh));
    expect(Object.keys(committed).filter((name) => committed[name] !== fresh[name])).toEqual([]);
  });
});

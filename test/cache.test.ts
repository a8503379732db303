import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheKey, CACHE_FILE, LintCache } from '../src/cli/cache.js';
import { clearConfigCache } from '../src/config/index.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { fixture, removeDir, ROOT, runCli, runJson, tempDir } from './support/cli.js';

/*
 * Issue 11, item 3: `--cache` skips unchanged files. A run served from the
 * cache must print what a fresh lint prints; anything a result depends on
 * (the file, its config, a --rule option, planlint's version) must send the
 * file back to be linted. To see which files were served, the stored
 * results are marked: a served file shows the mark, a relinted one does not.
 */

const planlint = vi.hoisted(() => ({ version: '0.1.0' }));
vi.mock('../src/cli/version.js', () => ({ version: () => planlint.version }));

const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));
const complete = fs.readFileSync(fixture('strategic-plan-complete.md'), 'utf8');
const gaps = fs.readFileSync(fixture('strategic-plan-gaps.md'), 'utf8');
const MARK = 'served from the cache';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
beforeEach(() => {
  planlint.version = '0.1.0';
});

function folder(files: Record<string, string | Buffer> = {}): string {
  const word = fs.readFileSync(fixture('strategic-plan-gaps.docx'));
  const dir = tempDir({ 'plans/complete.md': complete, 'plans/gaps.md': gaps, 'plans/word.docx': word, ...files });
  dirs.push(dir);
  return dir;
}

/** Marks every stored finding, so that output read from the cache can be told from a fresh lint's. */
function mark(cacheFile: string): void {
  const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: { messages: { message: string }[] } }> };
  for (const entry of Object.values(stored.entries)) for (const message of entry.result.messages) message.message = MARK;
  fs.writeFileSync(cacheFile, JSON.stringify(stored));
}

/** The files (relative paths) whose findings came from the cache. */
async function served(dir: string, args: readonly string[] = []): Promise<string[]> {
  const run = await runJson(['--cache', ...args, 'plans'], { cwd: dir });
  const marked = run.results.filter((result) => result.messages.some((message) => message.message === MARK));
  return marked.map((result) => path.relative(dir, result.filePath));
}

describe('--cache', () => {
  test.each([['json'], ['stylish'], ['explain']])('prints from the cache what a fresh lint prints, in %s', async (format) => {
    const dir = folder();
    const fresh = await runCli(['--format', format, 'plans'], { cwd: dir });
    const first = await runCli(['--cache', '--format', format, 'plans'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, CACHE_FILE))).toBe(true);
    const cached = await runCli(['--cache', '--format', format, 'plans'], { cwd: dir });
    expect(fresh.stdout.length).toBeGreaterThan(500);
    expect(first).toEqual(fresh);
    expect(cached).toEqual(fresh);
    expect(cached.status).toBe(1);
  });

  test('serves every unchanged file, Word files too, and stores the whole result', async () => {
    const dir = folder();
    await runCli(['--cache', '--explain', '--format', 'json', 'plans'], { cwd: dir });
    const stored = JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { entries: Record<string, { result: Record<string, unknown> }> };
    expect(Object.keys(stored.entries)).toEqual(['plans/complete.md', 'plans/gaps.md', 'plans/word.docx']);
    for (const entry of Object.values(stored.entries)) expect(Object.keys(entry.result)).toEqual(expect.arrayContaining(['messages', 'suppressedMessages', 'coverage', 'explanation']));
    mark(path.join(dir, CACHE_FILE));
    expect(await served(dir, ['--explain'])).toEqual(['plans/gaps.md', 'plans/word.docx']);
  });

  test('relints a changed file and serves the others', async () => {
    const dir = folder();
    await served(dir);
    mark(path.join(dir, CACHE_FILE));
    fs.appendFileSync(path.join(dir, 'plans', 'gaps.md'), '\nOne more sentence.\n');
    expect(await served(dir)).toEqual(['plans/word.docx']);
  });

  test('relints the files whose config changed', async () => {
    const dir = folder({ 'plans/planlint.config.json': '{ "rules": { "outcome-evidence": "warn" } }' });
    await served(dir);
    mark(path.join(dir, CACHE_FILE));
    expect(await served(dir)).toEqual(['plans/gaps.md', 'plans/word.docx']);
    fs.writeFileSync(path.join(dir, 'plans', 'planlint.config.json'), '{ "rules": { "outcome-evidence": "error" } }');
    // Each run of the command is a process of its own, which reads the config afresh.
    clearConfigCache();
    expect(await served(dir)).toEqual([]);
  });

  test("relints when a rule's options change on the command line", async () => {
    const dir = folder();
    const measure = ['--rule', 'outcome-evidence: ["error", {"minimum": "measure"}]'];
    await served(dir, measure);
    mark(path.join(dir, CACHE_FILE));
    expect(await served(dir, measure)).toEqual(['plans/gaps.md', 'plans/word.docx']);
    expect(await served(dir, ['--rule', 'outcome-evidence: ["error", {"minimum": "target"}]'])).toEqual([]);
  });

  test('relints under another version of planlint', async () => {
    const dir = folder();
    await served(dir);
    mark(path.join(dir, CACHE_FILE));
    planlint.version = '0.2.0';
    expect(await served(dir)).toEqual([]);
  });

  test.each([['--document-type', 'integration-scheme'], ['--report-unused-disable-directives']])('relints when %s changes what a lint gives', async (...flag) => {
    const dir = folder();
    await served(dir);
    mark(path.join(dir, CACHE_FILE));
    expect(await served(dir, flag)).toEqual([]);
  });

  test('serves files through the lint workers as in this thread', async () => {
    const dir = folder();
    const fresh = await runJson(['plans'], { cwd: dir, lintWorker: WORKER, inThreadBelow: 64 * 1024 });
    await runJson(['--cache', 'plans'], { cwd: dir, lintWorker: WORKER, inThreadBelow: 64 * 1024 });
    const cached = await runJson(['--cache', '--concurrency', '2', 'plans'], { cwd: dir, lintWorker: WORKER });
    expect(cached.stdout).toBe(fresh.stdout);
  });

  test('keeps no result with a fatal message, and no entry for a file that is gone', async () => {
    const dir = folder({ 'plans/empty.md': '' });
    const run = await runJson(['--cache', 'plans'], { cwd: dir });
    expect(run.status).toBe(2);
    const names = () => Object.keys((JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { entries: object }).entries);
    expect(names()).toEqual(['plans/complete.md', 'plans/gaps.md', 'plans/word.docx']);
    fs.rmSync(path.join(dir, 'plans', 'word.docx'));
    await runJson(['--cache', 'plans'], { cwd: dir });
    expect(names()).toEqual(['plans/complete.md', 'plans/gaps.md']);
  });

  test('--cache-location names the file, or a folder to keep .planlintcache in', async () => {
    const dir = folder({ 'cache/.keep': '' });
    await runJson(['--cache', '--cache-location', 'cache', 'plans'], { cwd: dir });
    await runJson(['--cache', '--cache-location', 'new-folder/', 'plans'], { cwd: dir });
    await runJson(['--cache', '--cache-location', 'lint.cache', 'plans'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, 'cache', CACHE_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'new-folder', CACHE_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'lint.cache'))).toBe(true);
    expect(fs.existsSync(path.join(dir, CACHE_FILE))).toBe(false);
    mark(path.join(dir, 'cache', CACHE_FILE));
    expect(await served(dir, ['--cache-location', 'cache'])).toEqual(['plans/gaps.md', 'plans/word.docx']);
  });

  test('a cache that is not JSON is read as empty and rewritten', async () => {
    const dir = folder({ [CACHE_FILE]: '{ "format": 1, "entries": ' });
    const fresh = await runJson(['plans'], { cwd: dir });
    const run = await runJson(['--cache', 'plans'], { cwd: dir });
    expect(run).toEqual(fresh);
    expect(Object.keys((JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { entries: object }).entries)).toHaveLength(3);
  });

  test('a cache that cannot be written costs a line on stderr, not the run', async () => {
    const dir = folder({ 'blocked': 'a file where the cache folder would be' });
    const fresh = await runJson(['plans'], { cwd: dir });
    const run = await runJson(['--cache', '--cache-location', 'blocked/cache.json', 'plans'], { cwd: dir });
    expect(run.stdout).toBe(fresh.stdout);
    expect(run.status).toBe(fresh.status);
    expect(run.stderr).toMatch(/^planlint: cannot write the cache to blocked\/cache\.json: ENOTDIR/);
  });

  test('--cache-location without --cache is a usage error', async () => {
    const run = await runCli(['--cache-location', 'x', 'plans'], { cwd: folder() });
    expect(run).toMatchObject({ status: 2, stderr: 'planlint: --cache-location needs --cache\n' });
  });
});

describe('cacheKey', () => {
  const config: ResolvedConfig = { rules: { 'outcome-evidence': { severity: 'error', options: {} } } as unknown as ResolvedConfig['rules'], maxFileSize: 1000, configFiles: [] };
  const parts = { content: Buffer.from('# Plan\n'), config, run: { explain: false }, planlint: '0.1.0', node: 'v20.19.0' };

  test.each([
    ['content', { content: Buffer.from('# Plan!\n') }],
    ['config', { config: { ...config, maxFileSize: 2000 } }],
    ['run options', { run: { explain: true } }],
    ['planlint version', { planlint: '0.1.1' }],
    ['Node version', { node: 'v22.0.0' }],
  ])('changes with the %s', (_name, change) => {
    expect(cacheKey({ ...parts, ...change })).not.toBe(cacheKey(parts));
    expect(cacheKey({ ...parts })).toBe(cacheKey(parts));
  });

  test('an entry is served only under its key, named as the run names the file', () => {
    const dir = folder();
    const cache = LintCache.open(undefined, dir);
    const file = path.join(dir, 'plans', 'gaps.md');
    const result = { filePath: 'elsewhere', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0, coverage: null };
    cache.set(file, 'k1', result);
    expect(cache.get(file, 'k2')).toBeUndefined();
    expect(cache.get(file, 'k1')).toEqual({ ...result, filePath: file });
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readPlanStream } from '../../src/load/size.js';
import type { LintMessage, LintResult } from '../../src/engine/results.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built CLI, exactly as the `bin` entry installs it. */
export const BIN = path.join(ROOT, 'dist', 'src', 'cli', 'bin.js');
export const FIXTURES = path.join(ROOT, 'fixtures');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export interface RunOptions {
  cwd?: string;
  /** Written to standard input; without it stdin is empty. */
  input?: string | Buffer;
  /** Added to a cleaned environment (see `baseEnv`). */
  env?: Record<string, string>;
  /** Whether stdout says it is a terminal; a pipe, as in CI, unless a test says so. */
  tty?: boolean;
  /** Lint each file in a worker thread from this entry, as the bin does; in this thread without it. */
  lintWorker?: URL;
  /** Text files under this many bytes are linted in this thread even with a worker, as the bin sets it. */
  inThreadBelow?: number;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Colour and Node's own diagnostics depend on the caller's environment; a
 * test must not pass or fail because of the terminal it was started from.
 * Under GitHub Actions `GITHUB_STEP_SUMMARY` names the job's summary, which
 * a test's `--format github` must not write to.
 */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'NODE_DEBUG', 'GITHUB_STEP_SUMMARY']) delete env[name];
  return env;
}

/** A stream that keeps what is written to it. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs `planlint ...args` through the CLI's `main`, in this process, with
 * the streams, standard input, folder and environment a user's shell would
 * give it. A process start per case cost most of the suite's time; what
 * only a real process shows (the bin, exit status, piped stdin) is in
 * test/bin.test.ts, through `spawnCli`.
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = capture();
  const stderr = capture();
  const input = options.input ?? '';
  const status = await main(args, {
    stdout: Object.assign(stdout.stream, { isTTY: options.tty ?? false }),
    stderr: stderr.stream,
    // As the bin reads it: no further than the size cap it is given.
    readStdin: (maxFileSize) => readPlanStream(Readable.from([Buffer.isBuffer(input) ? input : Buffer.from(input)]), maxFileSize),
    cwd: options.cwd ?? ROOT,
    env: { ...baseEnv(), ...options.env },
    ...(options.lintWorker ? { lintWorker: options.lintWorker } : {}),
    ...(options.inThreadBelow !== undefined ? { inThreadBelow: options.inThreadBelow } : {}),
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the built `planlint` in a process of its own, as a user would, and waits for it to exit. */
export function spawnCli(args: readonly string[], options: Omit<RunOptions, 'tty'> = {}): RunResult {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" first (npm test does it)`);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...baseEnv(), ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON report is the API's result serialised, so the tests read it with the API's types. */
export type JsonMessage = LintMessage;
export type JsonResult = LintResult;

/** Runs with `--format json` and parses stdout; a parse failure shows what was printed instead. */
export async function runJson(
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult & { results: JsonResult[] }> {
  const run = await runCli(['--format', 'json', ...args], options);
  let results: JsonResult[];
  try {
    results = JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`stdout is not JSON (exit ${String(run.status)}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  return { ...run, results };
}

export function resultFor(results: readonly JsonResult[], filePath: string): JsonResult {
  const found = results.find((result) => result.filePath === filePath);
  if (!found) throw new Error(`no result for ${filePath}; got ${results.map((result) => result.filePath).join(', ')}`);
  return found;
}

/** A fresh folder under the system temp folder, holding the given files (text or bytes). */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-cli-')));
  writeFiles(dir, files);
  return dir;
}

function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A stack trace means planlint crashed instead of explaining; users must never see one. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s{4}at /m);
  expect(text).not.toMatch(/\b(?:TypeError|ReferenceError|SyntaxError|RangeError)\b/);
  expect(text).not.toContain('internal error');
}

/** Lines of stderr, without the empty string after the final newline. */
export function stderrLines(run: RunResult): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

/** ESLint's stylish row, as the problem matchers of GitHub and VS Code read it. */
export const STYLISH_ROW = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)\s\s+([\w-]+)$/;

/** An ANSI SGR escape sequence. */
export const ANSI_ESCAPE = /\u001b\[\d+m/;

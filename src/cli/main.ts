import { appendFileSync, closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { ResolvedConfig, RuleEntry } from '../config/types.js';
import { fatalResult, internalFailureOf } from '../core/fatal.js';
import type { LintOptions } from '../core/lint.js';
import type { LintResult } from '../engine/results.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { escapeControl } from '../format/escape.js';
import { rulesMetaOf } from '../format/names.js';
import { filesToAnnotate, writeAnnotatedCopies } from './annotate.js';
import { writeAtomically, fileFailure } from './atomic.js';
import { keepBaseline, openBaseline, unusedReport, type Baseline } from './baseline.js';
import { LintCache } from './cache.js';
import { exitCodeFor } from './exit-code.js';
import type { JobOptions } from './isolation.js';
import { lintCached, lintEach, workersFor } from './many.js';
import { LintPool, RunConfigError } from './pool.js';
import { HELP, parseCliOptions, UsageError, type CliOptions } from './options.js';
import { version } from './version.js';

/*
 * The lint stack (parsers, analysis, rules, config validation) is imported
 * only by the commands that use it: --help and --version answer at bare
 * Node's speed instead of paying the ~1 s it costs to load.
 */
const loadStack = () => import('./stack.js');

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  /**
   * Raw bytes, so standard input gets the same checks (empty, binary, UTF-8)
   * as a file; reading stops past `maxFileSize`, the cap files have.
   */
  readStdin(maxFileSize: number): Promise<Buffer | string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /**
   * The entry of the thread files are linted in (src/cli/lint-worker.ts),
   * each under `--max-time-per-file` and `--max-memory-per-file`. Without
   * it files are linted in this thread, with no budget, as the Node API
   * lints them.
   */
  lintWorker?: URL;
  /**
   * Text files of fewer bytes than this are linted in this thread, with no
   * budget: a thread costs about 36 ms of CPU to start, a third of what
   * linting a short plan costs in all, and the linear-time patterns and shape
   * limits leave a short text nothing to hang on. Word files always go to the
   * worker (a few kilobytes may inflate a thousandfold). Undefined: every file
   * goes to the worker.
   */
  inThreadBelow?: number;
}

/**
 * What the bin and the Action set `inThreadBelow` to. A short plan is some
 * 60 KB of Markdown; below this its lint costs less than starting the worker
 * would add.
 */
export const IN_THREAD_BELOW = 64 * 1024;

/** Runs planlint as the command line does and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliOptions(argv);
    if (options.help) return write(io.stdout, HELP), 0;
    if (options.version) return write(io.stdout, `${version()}\n`), 0;
    if (options.lsp) return await serveEditor();
    if (io.lintWorker && !options.listRules && options.printConfig === undefined) return await lintIsolated(options, io, io.lintWorker);
    const stack = await loadStack();
    const { rules } = stack;
    if (options.listRules) return write(io.stdout, listRules(rules)), 0;
    const job = await toLintOptions(options, io.cwd);
    const lintOptions = { ...job, rules };
    if (options.printConfig !== undefined) return write(io.stdout, await printConfig(options.printConfig, lintOptions, io.cwd)), 0;
    requireInput(options);
    const baseline = openBaseline(options.baseline, options.stdin, io.cwd);
    const results = options.stdin
      ? [await lintStdin(io, options.stdinFilename, lintOptions)]
      : await lintNamed(options, io, job, () => Promise.resolve(stack));
    return await report(results, rulesMetaOf(rules), options, io, baseline);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof RunConfigError) {
      write(io.stderr, `planlint: ${escapeControl(error instanceof ConfigError ? error.messageFrom(io.cwd) : error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * The language server, loaded only when asked for, so that a lint run's
 * start-up pays nothing for it. It speaks on the process's own standard
 * input and output, and ends the process itself when the editor says
 * `exit` or closes its input; returning leaves it running.
 */
async function serveEditor(): Promise<number> {
  const { runServer } = await import('../lsp/run.js');
  runServer();
  return 0;
}

function requireInput(options: CliOptions): void {
  if (!options.stdin && options.patterns.length === 0) throw new UsageError('no files given: name the plans to lint, e.g. planlint plans/');
}

/**
 * Each file linted in the worker thread, under the budgets. This thread
 * loads none of the lint stack: the worker has it, and the rules' metadata
 * the formatters need comes back from it.
 */
async function lintIsolated(options: CliOptions, io: CliIo, entry: URL): Promise<number> {
  requireInput(options);
  const baseline = openBaseline(options.baseline, options.stdin, io.cwd);
  const budget = { seconds: options.maxTimePerFile, memoryMb: options.maxMemoryPerFile };
  let pool: LintPool | undefined;
  const workers = (size: number): LintPool => (pool ??= new LintPool(entry, budget, size));
  const limit = io.inThreadBelow;
  let here: Stack | undefined;
  try {
    const job = await toLintOptions(options, io.cwd);
    const results: LintResult[] = [];
    if (options.stdin) {
      const filePath = options.stdinFilename ?? STDIN_NAME;
      // Standard input is read here, no further than its config's size cap. Over the cap, or with a
      // broken config, it is linted here too, and refused as lintRead refuses it.
      const stack = (here ??= await loadStack());
      const lintOptions = { ...job, rules: stack.rules, filePath };
      const cap = stdinCap(stack, lintOptions, filePath);
      let bytes: Buffer | undefined;
      let unread: Error | undefined;
      if (cap !== undefined) {
        try {
          bytes = toBuffer(await io.readStdin(cap));
        } catch (error) {
          // Over the cap, or a read that failed: lintRead turns it into the file's one-line problem.
          unread = error instanceof Error ? error : new Error(String(error));
        }
      }
      const large = bytes !== undefined && bytes.length <= cap! && !(limit !== undefined && isSmallText(bytes, bytes.length, limit));
      const result = large
        ? await workers(1).lint({ kind: 'bytes', bytes: new Uint8Array(bytes!), filePath }, job)
        : await stack.lintRead(async (max) => {
            if (unread !== undefined) throw unread;
            return bytes ?? toBuffer(await io.readStdin(max));
          }, lintOptions);
      results.push(options.stdinFilename === undefined ? { ...result, filePath: STDIN_NAME } : result);
    } else {
      results.push(...(await lintNamed(options, io, job, async () => (here ??= await loadStack()), workers)));
    }
    return await report(results, here ? rulesMetaOf(here.rules) : await workers(1).rulesMeta(), options, io, baseline);
  } finally {
    await pool?.close();
  }
}

/**
 * The files the patterns name, each linted in this thread or by the
 * workers (`--concurrency`), or taken from the cache (`--cache`); the
 * results in the order of their sorted paths, after the patterns and
 * folders that failed.
 */
async function lintNamed(
  options: CliOptions,
  io: CliIo,
  job: JobOptions,
  stack: () => Promise<Stack>,
  workers?: (size: number) => LintPool,
): Promise<LintResult[]> {
  const { discoverFiles } = await import('../load/discover.js');
  const discovered = await discoverFiles(options.patterns, io.cwd);
  const { failures } = discovered;
  const files = options.annotate ? filesToAnnotate(options.annotate, discovered.files, failures.length, io.cwd) : discovered.files;
  const failed = failures.map((failure) => fatalResult(resolve(io.cwd, failure.path), failure.message));
  const here = async (file: string): Promise<LintResult> => {
    const loaded = await stack();
    return loaded.lintFile(file, { ...job, rules: loaded.rules });
  };
  const lintAll = async (todo: readonly string[]): Promise<LintResult[]> => {
    if (!workers) return lintEach(todo, { here, inThread: () => true });
    const threads = workersFor(options.concurrency, todo.length, availableParallelism());
    const limit = io.inThreadBelow;
    // With threads of their own every file goes to them; beside a single worker, short text is quicker here.
    const small = new Set(threads > 0 || limit === undefined ? [] : todo.filter((file) => isSmallTextFile(file, limit)));
    const pool = workers(Math.max(threads, 1));
    // The workers load while the small files are linted; a failure to start is met again, and thrown, by their first lint.
    if (small.size < todo.length) pool.start().catch(() => undefined);
    return lintEach(todo, { here, there: (file) => pool.lint({ kind: 'file', path: file }, job), inThread: (file) => small.has(file) });
  };
  if (!options.cache) return [...failed, ...(await lintAll(files))];
  const loaded = await stack();
  const cache = LintCache.open(options.cacheLocation, io.cwd);
  const results = await lintCached(files, { cache, job, planlint: version(), configFor: (file) => configFor(loaded, job, file) }, lintAll);
  try {
    cache.save();
  } catch (error) {
    // The results stand; the next run relints what could not be kept.
    write(io.stderr, `planlint: cannot write the cache to ${escapeControl(relative(io.cwd, cache.path) || cache.path)}: ${(error as Error).message}\n`);
  }
  return [...failed, ...results];
}

type Stack = Awaited<ReturnType<typeof loadStack>>;

function toBuffer(input: Buffer | string): Buffer {
  return Buffer.isBuffer(input) ? input : Buffer.from(input);
}

/** The size cap of standard input's config, or undefined when that config cannot be loaded (lintRead reports it). */
function stdinCap(stack: Stack, options: LintOptions, filePath: string): number | undefined {
  try {
    return configFor(stack, options, filePath).maxFileSize;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/** The config a file is linted under, resolved by the lint core itself. */
function configFor(stack: Stack, options: LintOptions, filePath: string): ResolvedConfig {
  return stack.resolveConfig(resolve(options.cwd ?? process.cwd(), filePath), { ...options, rules: stack.rules });
}

/**
 * A regular file of fewer than `limit` bytes that is not a package. Anything
 * else (a folder, a FIFO, a device, a file that cannot be read) goes to the
 * worker, which reports it as what it is.
 */
function isSmallTextFile(path: string, limit: number): boolean {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size >= limit) return false;
    const start = Buffer.alloc(2);
    const descriptor = openSync(path, 'r');
    try {
      return isSmallText(start.subarray(0, readSync(descriptor, start, 0, 2, 0)), stats.size, limit);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return false;
  }
}

/**
 * Text under the limit: not a zip (.docx), an OLE compound file (.doc, an
 * encrypted .docx) or a PDF (`%P`), small on disk but not to read: a few KB
 * of PDF can ask pdf.js for thousands of pages.
 */
function isSmallText(start: Uint8Array, size: number, limit: number): boolean {
  const zip = start[0] === 0x50 && start[1] === 0x4b;
  const compound = start[0] === 0xd0 && start[1] === 0xcf;
  const pdf = start[0] === 0x25 && start[1] === 0x50;
  return size < limit && !zip && !compound && !pdf;
}

async function toLintOptions(options: CliOptions, cwd: string): Promise<JobOptions> {
  const ruleOverrides: Record<string, RuleEntry> = {};
  if (options.rules.length) {
    const { parseRuleFlag } = await import('../config/rule-flag.js');
    for (const flag of options.rules) Object.assign(ruleOverrides, parseRuleFlag(flag));
  }
  return {
    cwd,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    // html and github show the concepts' names, and html quotes the passages and evidence: both are in the explanation.
    explain: options.explain || options.format === 'explain' || options.format === 'html' || options.format === 'github',
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.documentType ? { documentType: options.documentType } : {}),
    ...(options.rules.length ? { ruleOverrides } : {}),
  };
}

const STDIN_NAME = '<stdin>';

async function lintStdin(io: CliIo, name: string | undefined, options: LintOptions): Promise<LintResult> {
  // Unnamed input still finds its config from the working folder, but is not reported as a file there.
  const { lintRead } = await loadStack();
  const read = async (maxFileSize: number) => toBuffer(await io.readStdin(maxFileSize));
  const result = await lintRead(read, { ...options, filePath: name ?? STDIN_NAME });
  return name === undefined ? { ...result, filePath: STDIN_NAME } : result;
}

async function report(
  linted: LintResult[],
  rulesMeta: Record<string, RuleMeta>,
  options: CliOptions,
  io: CliIo,
  baseline: Baseline | undefined,
): Promise<number> {
  // The formatters load when there is something to report: --version and --help never pay for them.
  const { formatResults } = await import('../format/index.js');
  // Errors the baseline lets through count for nothing below: not shown, not in the exit code.
  const kept = baseline && keepBaseline(baseline, linted, rulesMeta, options.baseline, io.cwd);
  const results = kept ? kept.results : linted;
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const debug = options.debug || io.env['PLANLINT_DEBUG'] === '1';
  for (const result of results) {
    const fatal = result.messages.find((message) => message.fatal);
    if (!fatal) continue;
    const internal = internalFailureOf(result);
    // An internal error's message names the file itself, and is not the file's fault.
    // File names come from the user's disk: a newline or a terminal escape in one must not forge output.
    if (internal) write(io.stderr, `planlint: ${escapeControl(fatal.message)}\n${debug ? stackOf(internal.error) : ''}`);
    else write(io.stderr, `planlint: ${escapeControl(`${relative(io.cwd, result.filePath) || result.filePath}: ${fatal.message}`)}\n`);
  }
  // no-color.org: an empty NO_COLOR does not count.
  const color = options.color ?? (!options.outputFile && Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']);
  // A terminal's findings wrap to its width; a pipe or a file keeps one line a finding for problem matchers.
  const width = !options.outputFile && io.stdout.isTTY ? io.stdout.columns : undefined;
  const output = formatResults(shown, options.format, { color, cwd: io.cwd, rulesMeta, ...(width ? { width } : {}) });
  if (options.outputFile) writeReport(resolve(io.cwd, options.outputFile), options.outputFile, output);
  else write(io.stdout, output);
  const copied = options.annotate ? await writeAnnotatedCopies(shown, options.annotate, io) : true;
  const stepSummary = io.env['GITHUB_STEP_SUMMARY'];
  if (options.format === 'github' && stepSummary) await appendStepSummary(stepSummary, shown, io);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  // Without this line a run can fail with exit code 1 and, under --quiet, print nothing at all.
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    write(io.stderr, `planlint: too many warnings: ${warnings} (--max-warnings ${options.maxWarnings})\n`);
  }
  // As ESLint: a stale suppression fails the run (2), since the counts would let a new error in where one was fixed.
  const unused = baseline && kept && !options.baseline.passOnUnpruned ? unusedReport(baseline, kept.unused) : '';
  if (unused) return write(io.stderr, unused), 2;
  return copied ? exitCodeFor(results, options.maxWarnings) : 2;
}

/**
 * A report that cannot be written is a usage problem (a bad --output-file),
 * not a crash. It is written whole or not at all, so that CI never reads a
 * truncated JSON.
 */
function writeReport(target: string, given: string, output: string): void {
  try {
    writeAtomically(target, output);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${given}: ${fileFailure(error)}`);
  }
}

/**
 * The job summary beside GitHub's annotations, appended as the runner asks
 * (other steps' tools write to the same file), within what is left of its
 * 1 MiB. A summary that cannot be written costs the run nothing but a line
 * on stderr: the annotations, the output and the exit code stand.
 */
async function appendStepSummary(file: string, results: readonly LintResult[], io: CliIo): Promise<void> {
  const { formatStepSummary, STEP_SUMMARY_LIMIT } = await import('../format/step-summary.js');
  const target = resolve(io.cwd, file);
  let written = 0;
  try {
    written = statSync(target).size;
  } catch {
    // Not there yet: the append creates it.
  }
  const summary = formatStepSummary(results, { cwd: io.cwd }, STEP_SUMMARY_LIMIT - written);
  if (summary === '') return;
  try {
    appendFileSync(target, summary);
  } catch (error) {
    write(io.stderr, `planlint: cannot write the job summary to ${escapeControl(file)}: ${(error as Error).message}\n`);
  }
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, infoCount: 0 };
}

async function printConfig(file: string, options: LintOptions, cwd: string): Promise<string> {
  const { resolveConfig } = await loadStack();
  const config = resolveConfig(resolve(cwd, file), options);
  const documentType = options.documentType ?? config.documentType;
  return `${JSON.stringify({ ...config, ...(documentType ? { documentType } : {}) }, null, 2)}\n`;
}

/** The stack under the one-line report, for `--debug` and PLANLINT_DEBUG=1. */
export function stackOf(error: unknown): string {
  const stack = error instanceof Error && error.stack ? error.stack : String(error);
  return `${stack}\n`;
}

function listRules(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const lines = rules.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${rule.meta.docs.description}`);
  return `${lines.join('\n')}\n`;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text);
}

import type { ResolvedConfig } from '../config/types.js';
import type { LintResult } from '../engine/results.js';
import { readPlanFile } from '../load/read.js';
import type { LintCache } from './cache.js';
import { cacheKey } from './cache.js';
import type { JobOptions } from './isolation.js';
import type { Concurrency } from './options.js';

/** How the files of a run are linted: in this thread, or by a pool of worker threads. */
export interface Linters {
  here(file: string): Promise<LintResult>;
  /** Absent when the run has no worker threads: every file is linted here. */
  there?(file: string): Promise<LintResult>;
  /** Whether a file is linted here even when there are workers (small text beside a single worker). */
  inThread(file: string): boolean;
}

/**
 * Lints `files` and returns their results in the order given (sorted paths,
 * from discoverFiles), whatever order the workers finish in: the files sent
 * to workers are all queued at once and run as lanes come free, while those
 * linted here run one after another beside them.
 */
export async function lintEach(files: readonly string[], linters: Linters): Promise<LintResult[]> {
  const results = new Array<LintResult>(files.length);
  const away = Promise.all(
    files.map(async (file, index) => {
      if (linters.there && !linters.inThread(file)) results[index] = await linters.there(file);
    }),
  );
  // A run-stopping config fault from a worker is thrown below, after the files here; until then it must not count as unhandled.
  away.catch(() => undefined);
  for (const [index, file] of files.entries()) {
    if (!linters.there || linters.inThread(file)) results[index] = await linters.here(file);
  }
  await away;
  return results;
}

/** What the cache needs of the lint stack and the run to key a file. */
export interface CacheContext {
  cache: LintCache;
  /** The config resolved for a file, as its lint resolves it; throws as loadConfig does. */
  configFor(filePath: string): ResolvedConfig;
  job: JobOptions;
  planlint: string;
}

/**
 * Lints with the cache: a file whose key (its bytes, the config resolved
 * for it, the run's options, planlint's and Node's versions) matches the
 * stored one gets the stored result; the rest are linted by `lint` and
 * stored. Results with a fatal message are not stored: a budget overrun
 * depends on the machine's load, and an internal error is planlint's fault,
 * to be met again until it is fixed.
 */
export async function lintCached(
  files: readonly string[],
  context: CacheContext,
  lint: (files: readonly string[]) => Promise<LintResult[]>,
): Promise<LintResult[]> {
  const keys = await Promise.all(files.map((file) => keyOf(file, context)));
  const results: (LintResult | undefined)[] = files.map((file, index) => {
    const key = keys[index];
    return key === undefined ? undefined : context.cache.get(file, key);
  });
  const missed = files.flatMap((_file, index) => (results[index] === undefined ? [index] : []));
  const linted = await lint(missed.map((index) => files[index]!));
  for (const [position, index] of missed.entries()) {
    const result = linted[position]!;
    results[index] = result;
    const key = keys[index];
    if (key !== undefined && result.fatalErrorCount === 0) context.cache.set(files[index]!, key, result);
  }
  return results as LintResult[];
}

/**
 * The key of a file as this run would lint it, or undefined when it cannot
 * be had (a config that fails to load, a file that cannot be read or is over
 * the cap): such a file is linted, and its problem reported, as without the cache.
 */
async function keyOf(file: string, context: CacheContext): Promise<string | undefined> {
  try {
    const config = context.configFor(file);
    const content = await readPlanFile(file, config.maxFileSize);
    const { documentType, explain, reportUnusedDisableDirectives } = context.job;
    return cacheKey({
      content,
      config,
      run: {
        documentType: documentType ?? null,
        explain: explain ?? false,
        reportUnusedDisableDirectives: reportUnusedDisableDirectives ?? false,
      },
      planlint: context.planlint,
      node: process.version,
    });
  } catch {
    return undefined;
  }
}

/**
 * How many worker threads lint a run's `files` (0: the single-worker
 * arrangement, where short text is linted in this thread and the rest in
 * one worker). `auto` uses threads only with cores to spare and files
 * enough to pay for starting them (some 90 ms of CPU each): on 2 cores two
 * threads took 1.66× to 1.98× as long as none (`npm run bench`), so `auto` starts
 * them from 4 cores, one a core less the main thread's, at most one per
 * `AUTO_MIN_FILES_PER_WORKER` files.
 */
export function workersFor(concurrency: Concurrency, files: number, cores: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency !== 'auto') return Math.min(concurrency, Math.max(files, 1));
  if (cores < AUTO_MIN_CORES || files < AUTO_MIN_FILES_PER_WORKER * 2) return 0;
  return Math.min(cores - 1, Math.floor(files / AUTO_MIN_FILES_PER_WORKER));
}

const AUTO_MIN_CORES = 4;
/** A thread's start is paid back after some eight short plans, each about 30 ms of lint to its 90 ms of start. */
const AUTO_MIN_FILES_PER_WORKER = 8;

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { LintResult } from '../engine/results.js';

/** The cache's name in the working folder, or in the folder `--cache-location` names. */
export const CACHE_FILE = '.planlintcache';

/** Bumped when the stored shape changes, so an older planlint's cache is read as empty. */
const FORMAT = 1;

/** What a file's result depends on besides planlint itself. */
export interface CacheKeyParts {
  /** The file's bytes, as linted. */
  content: Uint8Array;
  /** The config resolved for the file: every rule's severity and options, the document type, the size cap, the config files. */
  config: ResolvedConfig;
  /** The run's options that change a result: `--document-type`, `--explain`, `--report-unused-disable-directives`. */
  run: Record<string, unknown>;
  /** planlint's version: its rules and framework data change between versions. */
  planlint: string;
  /** Node's version: a new V8 may segment, sort or match text differently. */
  node: string;
}

/** A file's key: any change to what its result depends on gives another. */
export function cacheKey(parts: CacheKeyParts): string {
  const content = createHash('sha256').update(parts.content).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, parts.planlint, parts.node, content, parts.config, parts.run]))
    .digest('hex');
}

interface Entry {
  key: string;
  result: LintResult;
}

interface Stored {
  format: number;
  entries: Record<string, Entry>;
}

/**
 * The full results of files linted before (findings, suppressed findings,
 * coverage, explanation), each under the key of what it was linted from, so
 * a run that finds a file unchanged prints exactly what a fresh lint would.
 * Files are named relative to the cache's folder: a cache restored into a
 * checkout at another path still serves it.
 */
export class LintCache {
  readonly #entries: Record<string, Entry>;
  readonly #folder: string;

  private constructor(
    readonly path: string,
    entries: Record<string, Entry>,
  ) {
    this.#entries = entries;
    this.#folder = dirname(path);
  }

  /**
   * The cache at `location` (a file, or a folder to hold `.planlintcache`;
   * the working folder's when none is given). One that is missing, unreadable
   * or of another format is empty: a cache only saves time, and the run
   * relints what it cannot vouch for.
   */
  static open(location: string | undefined, cwd: string): LintCache {
    const path = cachePath(location, cwd);
    let entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<Stored>;
      if (stored.format === FORMAT && stored.entries && typeof stored.entries === 'object') entries = Object.assign(entries, stored.entries);
    } catch {
      // Missing or unreadable: start empty.
    }
    return new LintCache(path, entries);
  }

  /** The stored result for `file` if it was linted from what `key` stands for, named by `file` as this run names it. */
  get(file: string, key: string): LintResult | undefined {
    const entry = this.#entries[this.#name(file)];
    if (entry?.key !== key) return undefined;
    return { ...entry.result, filePath: file };
  }

  set(file: string, key: string, result: LintResult): void {
    this.#entries[this.#name(file)] = { key, result };
  }

  /**
   * Writes the cache whole or not at all: to a temporary file beside it, then
   * renamed over it, so a run stopped mid-write, or two runs at once, leave
   * a cache that parses. Entries of files that no longer exist are dropped.
   */
  save(): void {
    const entries = Object.fromEntries(
      Object.entries(this.#entries)
        .filter(([name]) => exists(resolve(this.#folder, name)))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const temporary = join(this.#folder, `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      mkdirSync(this.#folder, { recursive: true });
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries } satisfies Stored));
      renameSync(temporary, this.path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }

  #name(file: string): string {
    const name = relative(this.#folder, file);
    return isAbsolute(name) ? file : name;
  }
}

/** `--cache-location`: a folder (existing, or written with a trailing separator) holds `.planlintcache`; anything else is the file. */
function cachePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, CACHE_FILE);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location) || isFolder(path)) return join(path, CACHE_FILE);
  return path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

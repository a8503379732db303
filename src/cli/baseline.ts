import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  applySuppressions,
  emptySuppressions,
  parseSuppressions,
  prune,
  serializeSuppressions,
  suppress,
  SUPPRESSIONS_FILE,
  SuppressionsFormatError,
  type Applied,
  type Suppressions,
} from '../core/suppressions.js';
import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import { fileFailure, writeAtomically } from './atomic.js';
import { UsageError, type BaselineOptions } from './options.js';

/** The suppressions file of a run, read before any file is linted, so that a broken one costs no lint. */
export interface Baseline {
  path: string;
  /** How messages name it: from the working folder. */
  name: string;
  suppressions: Suppressions;
}

/**
 * The baseline this run reads or writes, or undefined when there is none:
 * no file at the default place and no flag that writes one. Standard input
 * has no place on disk to be counted under, so it has no baseline, as in ESLint.
 */
export function openBaseline(options: BaselineOptions, stdin: boolean, cwd: string): Baseline | undefined {
  if (stdin) return undefined;
  const path = suppressionsPath(options.location, cwd);
  const name = relative(cwd, path) || path;
  const suppressing = options.suppressAll || options.suppressRules.length > 0;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    // ENOTDIR: a folder on the way is a file; the suppressions file is not there either, and writing it will say why.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UsageError(`cannot read the suppressions file ${name}: ${fileFailure(error)}`);
    // A location given by hand that is not there is a mistake, unless this run is to create it.
    if (options.location !== undefined && !suppressing) {
      throw new UsageError(`the suppressions file ${name} does not exist: create it with --suppress-all or --suppress-rule`);
    }
    return suppressing || options.prune ? { path, name, suppressions: emptySuppressions() } : undefined;
  }
  try {
    return { path, name, suppressions: parseSuppressions(text) };
  } catch (error) {
    if (error instanceof SuppressionsFormatError) throw new UsageError(`the suppressions file ${name} cannot be used: ${error.message}`);
    throw error;
  }
}

/**
 * A folder (one that exists, or a path ending in a separator) holds
 * planlint-suppressions.json. ESLint names the file in a folder after a hash
 * of the working folder, as its cache files are; a baseline is committed and
 * read by people, so planlint keeps the one name.
 */
function suppressionsPath(location: string | undefined, cwd: string): string {
  if (location === undefined) return resolve(cwd, SUPPRESSIONS_FILE);
  const path = resolve(cwd, location);
  const folder = location.endsWith('/') || location.endsWith(sep) || isFolder(path);
  return folder ? join(path, SUPPRESSIONS_FILE) : path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes the file if the flags ask for it, then lets through the errors its
 * counts allow. `--suppress-rule` ids are checked against the rules first: a
 * misspelt id would otherwise write nothing and say nothing.
 */
export function keepBaseline(
  baseline: Baseline,
  results: readonly LintResult[],
  rulesMeta: Record<string, RuleMeta>,
  options: BaselineOptions,
  cwd: string,
): Applied {
  const unknown = options.suppressRules.filter((ruleId) => !Object.hasOwn(rulesMeta, ruleId));
  if (unknown.length > 0) throw new UsageError(`--suppress-rule: unknown rule ${unknown.map((ruleId) => `"${ruleId}"`).join(', ')} (see --list-rules)`);
  let { suppressions } = baseline;
  if (options.suppressAll || options.suppressRules.length > 0) {
    suppressions = suppress(suppressions, results, cwd, options.suppressAll ? undefined : new Set(options.suppressRules));
    writeSuppressions(baseline, suppressions);
  }
  if (options.prune) {
    suppressions = prune(suppressions, results, cwd, existsSync);
    writeSuppressions(baseline, suppressions);
  }
  return applySuppressions(results, suppressions, cwd);
}

/** The stale suppressions, a line each, for standard error; empty when there are none. */
export function unusedReport(baseline: Baseline, unused: Suppressions): string {
  const lines = Object.entries(unused).flatMap(([file, rules]) =>
    Object.entries(rules).map(([ruleId, { count }]) => `planlint:   ${file}: ${ruleId} (${count} fewer ${count === 1 ? 'error' : 'errors'} than suppressed)\n`),
  );
  if (lines.length === 0) return '';
  return (
    `planlint: ${baseline.name} suppresses errors that no longer occur; run again with --prune-suppressions to remove them, ` +
    `or with --pass-on-unpruned-suppressions to let them be\n${lines.join('')}`
  );
}

/**
 * Written whole or not at all, to a temporary file beside it and renamed
 * over it: CI that is stopped mid-write, or a full disk, must not leave a
 * half file that fails every later run, nor lose the counts already committed.
 */
function writeSuppressions(baseline: Baseline, suppressions: Suppressions): void {
  try {
    writeAtomically(baseline.path, serializeSuppressions(suppressions));
  } catch (error) {
    throw new UsageError(`cannot write the suppressions file ${baseline.name}: ${fileFailure(error)}`);
  }
}

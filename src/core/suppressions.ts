import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { LintMessage, LintResult } from '../engine/results.js';

/*
 * The baseline, in the shape of ESLint's bulk suppressions
 * (eslint-suppressions.json, ESLint 9.24+), so that a team that knows one
 * knows the other: `{ "plans/a.md": { "outcome-coverage": { "count": 3 } } }`.
 *
 * Counts, not places: a Word plan has no lines, only paragraph ordinals, and
 * inserting one paragraph renumbers every finding below it, so a baseline
 * keyed by place would drift with each edit of the text above a gap.
 *
 * Errors only, as ESLint: a warning or an info finding never fails a run, so
 * a baseline has nothing to let through there, and hiding them would hide
 * the advice a reviewer reads each time; `--max-warnings` already holds the
 * number of warnings down.
 *
 * Results for files that could not be read or linted (`fatalErrorCount`)
 * say nothing about the file's findings, and are left out of every step
 * here. ESLint counts such a file's suppressions as unused, so that a
 * transient failure pruned them; planlint keeps them.
 */

export const SUPPRESSIONS_FILE = 'planlint-suppressions.json';

/** File (relative to the working folder, POSIX separators) → rule id → how many of its errors are let through. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** A suppressions file whose text is not the shape above. */
export class SuppressionsFormatError extends Error {
  override readonly name = 'SuppressionsFormatError';
}

export function emptySuppressions(): Suppressions {
  return record();
}

export function parseSuppressions(text: string): Suppressions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SuppressionsFormatError(`it is not JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new SuppressionsFormatError('it must hold an object of files');
  const suppressions: Suppressions = record();
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) throw new SuppressionsFormatError(`${JSON.stringify(file)} must hold an object of rule ids`);
    const counts: Record<string, { count: number }> = record();
    for (const [ruleId, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry['count'] : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        throw new SuppressionsFormatError(`${JSON.stringify(file)} › ${JSON.stringify(ruleId)} must be { "count": N } with N a whole number of at least 1`);
      }
      counts[ruleId] = { count };
    }
    suppressions[file] = counts;
  }
  return suppressions;
}

/** Keys sorted at both levels, two-space indents, a final newline: the file is committed, and its diffs must show only what changed. */
export function serializeSuppressions(suppressions: Suppressions): string {
  const sorted: Suppressions = record();
  for (const file of sortedKeys(suppressions)) {
    const rules = suppressions[file]!;
    sorted[file] = record();
    for (const ruleId of sortedKeys(rules)) sorted[file][ruleId] = { count: rules[ruleId]!.count };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** The file's key: its path from the working folder with POSIX separators, so a baseline written on Windows reads on Linux. */
export function suppressionKey(filePath: string, cwd: string): string {
  const path = relative(cwd, isAbsolute(filePath) ? filePath : resolve(cwd, filePath));
  return path.split(sep).join('/');
}

/**
 * `--suppress-all` (no `ruleIds`) or `--suppress-rule`: each linted file's
 * count for each rule becomes the number of its errors now. Entries for
 * rules without errors are left as they are, for `--prune-suppressions`.
 */
export function suppress(
  suppressions: Suppressions,
  results: readonly LintResult[],
  cwd: string,
  ruleIds?: ReadonlySet<string>,
): Suppressions {
  const updated = copy(suppressions);
  for (const result of linted(results)) {
    const key = suppressionKey(result.filePath, cwd);
    for (const [ruleId, count] of errorCounts(result.messages)) {
      if (ruleIds && !ruleIds.has(ruleId)) continue;
      (updated[key] ??= record())[ruleId] = { count };
    }
  }
  return updated;
}

export interface Applied {
  results: LintResult[];
  /** What the counts allow beyond the errors found, for the files linted: stale suppressions. */
  unused: Suppressions;
}

/**
 * ESLint's arithmetic: a rule's errors in a file are all let through when
 * there are no more of them than its count, and all reported when there are
 * more. A count says how many, not which, so no one of them can be told
 * to be the new one; the author sees the rule's findings in the file and
 * the count they went past. Let through, they move to `suppressedMessages`
 * marked `{ kind: "file" }`, and stop counting as errors.
 */
export function applySuppressions(results: readonly LintResult[], suppressions: Suppressions, cwd: string): Applied {
  const unused: Suppressions = record();
  const applied = results.map((result) => {
    const key = suppressionKey(result.filePath, cwd);
    const allowed = suppressions[key];
    if (!allowed || result.fatalErrorCount > 0) return result;
    const found = errorCounts(result.messages);
    const letThrough = new Set<string>();
    for (const [ruleId, { count }] of Object.entries(allowed)) {
      const errors = found.get(ruleId) ?? 0;
      if (errors <= count && errors > 0) letThrough.add(ruleId);
      if (errors < count) (unused[key] ??= record())[ruleId] = { count: count - errors };
    }
    if (letThrough.size === 0) return result;
    const moved = (message: LintMessage) => message.severity === 2 && message.ruleId !== null && letThrough.has(message.ruleId);
    const suppressed = result.messages.filter(moved).map((message) => ({ ...message, suppressions: [{ kind: 'file' as const, justification: '' }] }));
    return {
      ...result,
      messages: result.messages.filter((message) => !moved(message)),
      suppressedMessages: [...result.suppressedMessages, ...suppressed].sort(byPlace),
      errorCount: result.errorCount - suppressed.length,
    };
  });
  return { results: applied, unused };
}

/**
 * `--prune-suppressions`: counts lowered to the errors found, entries for
 * rules without errors removed, and files that no longer exist dropped.
 */
export function prune(
  suppressions: Suppressions,
  results: readonly LintResult[],
  cwd: string,
  exists: (path: string) => boolean,
): Suppressions {
  const { unused } = applySuppressions(results, suppressions, cwd);
  const pruned: Suppressions = record();
  for (const [file, rules] of Object.entries(suppressions)) {
    if (!exists(resolve(cwd, file))) continue;
    const kept: Record<string, { count: number }> = record();
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const left = count - (unused[file]?.[ruleId]?.count ?? 0);
      if (left > 0) kept[ruleId] = { count: left };
    }
    if (Object.keys(kept).length > 0) pruned[file] = kept;
  }
  return pruned;
}

/** Each rule's errors in a file; fatal messages have no rule and are never counted. */
function errorCounts(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.severity === 2 && message.ruleId !== null) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  return counts;
}

function linted(results: readonly LintResult[]): LintResult[] {
  return results.filter((result) => result.fatalErrorCount === 0);
}

function copy(suppressions: Suppressions): Suppressions {
  const copied: Suppressions = record();
  for (const [file, rules] of Object.entries(suppressions)) copied[file] = Object.assign(record<{ count: number }>(), rules);
  return copied;
}

/** Keys are file names from the user's disk and rule ids from a file anyone may edit: a `__proto__` among them must stay a key. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function sortedKeys(record: object): string[] {
  // Code-unit order, as ESLint's stable stringify sorts, whatever the locale.
  return Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The core's order of findings (src/core/lint.ts), repeated here: importing it would load the lint stack into the CLI's main thread. */
function byPlace(a: LintMessage, b: LintMessage): number {
  const left = a.ruleId ?? '';
  const right = b.ruleId ?? '';
  return a.line - b.line || a.column - b.column || (left < right ? -1 : left > right ? 1 : 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

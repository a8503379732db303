import type { LintResult } from '../engine/results.js';

/** The result for a file that could not be read or parsed (docs/design.md: `fatal`, `ruleId: null`). */
export function fatalResult(filePath: string, problem: string): LintResult {
  return {
    filePath,
    messages: [
      {
        ruleId: null,
        severity: 2,
        level: 'error',
        message: problem,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        sectionPath: [],
        fatal: true,
      },
    ],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fatalErrorCount: 1,
    coverage: null,
  };
}

/** A fault of planlint's own while linting one file, and where in the linting it happened. */
export interface InternalFailure {
  /** `read`, `parse (markdown)`, `analysis`, `rule outcome-evidence`, `directives`, … */
  phase: string;
  error: unknown;
}

/*
 * Kept beside the result rather than in it: the result's JSON shape is a
 * published contract, and the stack trace is for whoever reports the bug.
 */
const failures = new WeakMap<LintResult, InternalFailure>();

/**
 * A fatal result that says the fault is planlint's, not the plan's, so that
 * nobody rewrites a good plan to get round a bug. `shownPath` is the file as
 * the user named it (relative to the working folder).
 */
export function internalErrorResult(filePath: string, shownPath: string, failure: InternalFailure): LintResult {
  const { error, phase } = failure;
  const text = error instanceof Error ? error.message : String(error);
  // One line: the stack, when asked for, follows it on standard error.
  const message = text.split('\n')[0]?.trim() || (error instanceof Error ? error.name : 'unknown error');
  const result = fatalResult(filePath, `internal error while linting ${shownPath} (in ${phase}): ${message} — please report this`);
  failures.set(result, failure);
  return result;
}

/** The internal failure behind a fatal result, when the fault was planlint's. */
export function internalFailureOf(result: LintResult): InternalFailure | undefined {
  return failures.get(result);
}

import type { LintResult } from '../engine/results.js';

/** The result for a file that could not be read or parsed (docs/design.md: `fatal`, `ruleId: null`). */
export function fatalResult(filePath: string, problem: string): LintResult {
  return {
    filePath,
    messages: [
      {
        ruleId: null,
        severity: 2,
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
    fatalErrorCount: 1,
    coverage: null,
  };
}

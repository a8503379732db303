import type { LintResult } from '../engine/results.js';

/**
 * docs/design.md exit codes: 2 when any input failed (CI must tell "the pipeline
 * is broken" from "the plan has gaps"), 1 for lint errors or too many
 * warnings, 0 otherwise.
 */
export function exitCodeFor(results: readonly LintResult[], maxWarnings: number): 0 | 1 | 2 {
  if (results.some((result) => result.fatalErrorCount > 0)) return 2;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings)) return 1;
  return 0;
}

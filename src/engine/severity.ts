import type { LintMessage } from './results.js';
import type { RuleSeverity, SeverityName } from './types.js';

/** What a config may say for a rule's severity: ESLint's names and numbers, and `info`, which has no number. */
export const SEVERITIES = ['off', 'info', 'warn', 'error', 0, 1, 2] as const;

const BY_NAME: Record<SeverityName, RuleSeverity> = { off: 0, info: 'info', warn: 1, error: 2 };

/** A severity as a config names it, resolved. */
export function toRuleSeverity(value: SeverityName | RuleSeverity): RuleSeverity {
  return typeof value === 'number' ? value : BY_NAME[value];
}

/**
 * A finding's `severity` and `level`. Info is 0: ESLint's LintMessage type
 * allows it, and tools that read ESLint's JSON count only 1 and 2, so they
 * pass over an info finding instead of failing on a number they do not know.
 */
export function messageSeverity(severity: Exclude<RuleSeverity, 0>): Pick<LintMessage, 'severity' | 'level'> {
  if (severity === 'info') return { severity: 0, level: 'info' };
  return severity === 2 ? { severity: 2, level: 'error' } : { severity: 1, level: 'warning' };
}

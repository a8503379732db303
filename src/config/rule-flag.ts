import type { Rule } from '../engine/types.js';
import { ConfigError, formatJsonPath } from './errors.js';
import { parseJson } from './json.js';
import type { RuleEntry } from './types.js';
import { findConfigProblem } from './validate.js';

const USAGE = `must look like "rule-id: severity" or 'rule-id: ["severity", { options }]'`;

/**
 * Parses one `--rule` flag: `outcome-evidence: error` or
 * `outcome-evidence: ["error", {"minimum": "measure"}]`. The entry is checked
 * against the rule only in `loadConfig`, like a config file's.
 */
export function parseRuleFlag(text: string): Record<string, RuleEntry> {
  const colon = text.indexOf(':');
  const id = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (colon < 0 || !id || !value) throw new ConfigError('', '--rule', `${JSON.stringify(text)} ${USAGE}`);
  if (!/^[[{"]/.test(value)) return { [id]: (/^\d+$/.test(value) ? Number(value) : value) as RuleEntry };
  const parsed = parseJson(value);
  if ('problem' in parsed) {
    const column = text.indexOf(value, colon) + parsed.problem.offset + 1;
    throw new ConfigError('', `--rule ${id}`, `has invalid JSON at column ${column}: ${parsed.problem.reason}`);
  }
  return { [id]: parsed.value as RuleEntry };
}

/** Checks `--rule` entries as a config file's are, naming the flag instead of a file. */
export function validateCliRules(cliRules: Record<string, RuleEntry>, rules: readonly Rule[]): void {
  const problem = findConfigProblem({ rules: cliRules }, rules);
  if (!problem) return;
  const [, id, ...rest] = problem.path;
  const jsonPath = id === undefined ? '--rule' : `--rule ${String(id)}${formatJsonPath(rest)}`;
  throw new ConfigError('', jsonPath, problem.reason);
}

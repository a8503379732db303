import { rules } from '../rules/index.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { toRuleSeverity } from '../src/engine/severity.js';

/** Every rule at its recommended severity and default options, without config discovery, which would time the file system. */
export function everyRuleOn(): ResolvedConfig {
  const settings = rules.map(
    (rule) => [rule.meta.id, { severity: toRuleSeverity(rule.meta.severity), options: { ...rule.meta.defaultOptions } }] as const,
  );
  return { rules: Object.fromEntries(settings), maxFileSize: Infinity, configFiles: [] };
}

export { clearConfigCache } from './cache.js';
export { ConfigError } from './errors.js';
export { loadConfig, recommendedConfig } from './load.js';
export { parseRuleFlag } from './rule-flag.js';
export { buildConfigSchema } from './schema.js';
export type { ConfigOptions, ResolvedConfig, RuleEntry } from './types.js';

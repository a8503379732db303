export { clearConfigCache } from './cache.js';
export { CONFIG_FILE_NAMES } from './discover.js';
export { ConfigError } from './errors.js';
export { loadConfig } from './load.js';
export { PRESET_NAMES } from './presets.js';
export { parseRuleFlag } from './rule-flag.js';
export { buildConfigSchema } from './schema.js';
export { DEFAULT_MAX_FILE_SIZE } from './settings.js';
export type { ConfigOptions, ResolvedConfig, RuleEntry } from './types.js';

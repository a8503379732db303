/**
 * planlint's Node API. The CLI, the CI formats and the language server use
 * only what is exported here.
 */
export { lintBuffer, lintFile, lintFiles, lintText, type LintOptions, type LintTextOptions } from './core/lint.js';
export { ConfigError, loadConfig, type ResolvedConfig, type RuleEntry } from './config/index.js';
export { formatResults, FORMAT_NAMES, type FormatName, type FormatOptions } from './format/index.js';
export { rules } from '../rules/index.js';
export type { Coverage, CoverageEntry, LintMessage, LintResult } from './engine/results.js';
export type { Rule, RuleContext, RuleMeta } from './engine/types.js';
export type { DocumentType, PlanDocument } from './document/types.js';
export type { CoverageStatus } from './analysis/types.js';

/**
 * planlint's Node API. The CLI, the CI formats and the language server use
 * only what is exported here.
 */
import type { LintResult } from './engine/results.js';
import type { RuleMeta } from './engine/types.js';
import { formatResults as formatWith, rulesMetaOf, type FormatName, type FormatOptions } from './format/index.js';
import { rules } from '../rules/index.js';

export { lintBuffer, lintFile, lintFiles, lintText, type LintOptions, type LintTextOptions } from './core/lint.js';
export { ConfigError, loadConfig, type ResolvedConfig, type RuleEntry } from './config/index.js';
export { FORMAT_NAMES, rulesMetaOf, type FormatContext, type FormatName, type FormatOptions, type Formatter } from './format/index.js';
export { INPUT_FORMATS } from './parse/registry.js';
export type { InputFormat, LocationKind } from './parse/input-format.js';
export { rules };
export type { Coverage, CoverageEntry, LintMessage, LintResult } from './engine/results.js';
export type { Rule, RuleContext, RuleMeta } from './engine/types.js';
export type { DocumentType, PlanDocument } from './document/types.js';
export type { CoverageStatus } from './analysis/types.js';

/** The built-in rules' metadata by id: description, absolute docs URL, default severity, provisions enforced. */
export const rulesMeta: Readonly<Record<string, RuleMeta>> = Object.freeze(rulesMetaOf(rules));

/** Formats results; the formatter is told about the built-in rules unless `rulesMeta` names others. */
export function formatResults(
  results: readonly LintResult[],
  format: FormatName,
  options: FormatOptions & { rulesMeta?: Readonly<Record<string, RuleMeta>> },
): string {
  return formatWith(results, format, { ...options, rulesMeta: options.rulesMeta ?? rulesMeta });
}

import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import { formatExplain } from './explain.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatName } from './names.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export interface FormatOptions {
  /** Whether to style the output with ANSI escape codes; formats without styling ignore it. */
  color: boolean;
  /** The folder paths may be shown relative to; stylish and json print `filePath` as given, as ESLint does. */
  cwd: string;
  /**
   * The terminal's width in columns, when the output goes to a terminal:
   * stylish wraps its findings to it. Absent for a pipe, a file or CI, where
   * stylish keeps each finding to one line for ESLint's problem matchers.
   */
  width?: number;
}

/**
 * What a formatter receives beside the results, as ESLint's formatters get
 * `data.rulesMeta`: each rule's metadata by id (description, absolute docs
 * URL, default severity, the provisions it enforces), so a format such as
 * SARIF can describe and link every rule without importing the rules.
 */
export interface FormatContext extends FormatOptions {
  rulesMeta: Readonly<Record<string, RuleMeta>>;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

/** One entry per format; a new format is a file of its own and a line here. */
const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  explain: formatExplain,
  github: formatGithub,
  html: formatHtml,
  sarif: formatSarif,
  junit: formatJunit,
} satisfies Record<FormatName, Formatter>;

export { FORMAT_NAMES, isFormatName, rulesMetaOf, type FormatName } from './names.js';

/**
 * Formats results in the named format. Without `rulesMeta` the formatter is
 * told of no rules; the Node API (src/index.ts) and the CLI pass the rules
 * they ran.
 */
export function formatResults(
  results: readonly LintResult[],
  format: FormatName,
  options: FormatOptions & Partial<Pick<FormatContext, 'rulesMeta'>>,
): string {
  const context: FormatContext = { ...options, rulesMeta: options.rulesMeta ?? {} };
  return FORMATTERS[format](results, context);
}

import type { LintResult } from '../engine/results.js';
import { formatExplain } from './explain.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export interface FormatOptions {
  /** Whether to style the output with ANSI escape codes; formats without styling ignore it. */
  color: boolean;
  /** The folder paths may be shown relative to; stylish and json print `filePath` as given, as ESLint does. */
  cwd: string;
}

export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;

/** One entry per format; a new format is a file of its own and a line here. */
const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  explain: formatExplain,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES: readonly FormatName[] = Object.freeze(Object.keys(FORMATTERS) as FormatName[]);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export function formatResults(results: readonly LintResult[], format: FormatName, options: FormatOptions): string {
  return FORMATTERS[format](results, options);
}

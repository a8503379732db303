import type { Rule, RuleMeta } from '../engine/types.js';

/**
 * The output formats by name, apart from their code: the command line checks
 * `--format` and prints its help without loading a formatter (the registry in
 * ./index.ts must have exactly these; the compiler holds it to them).
 */
export const FORMAT_NAMES = Object.freeze(['stylish', 'json', 'explain', 'github', 'html', 'sarif', 'junit'] as const);

export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The metadata of the rules a run used, by id, for a FormatContext. */
export function rulesMetaOf(rules: readonly Rule[]): Record<string, RuleMeta> {
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]));
}

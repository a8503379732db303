import { DOCUMENT_TYPES } from '../document/types.js';
import type { Rule } from '../engine/types.js';
import type { ConfigLayer, RuleEntry } from './types.js';

export const PRESET_PREFIX = 'planlint:';

type Preset = (rules: readonly Rule[]) => ConfigLayer;

// `[severity, {}]` rather than a bare severity: a preset also resets options
// to the rule's defaults.
const recommended: Preset = (rules) => ({
  rules: Object.fromEntries(rules.map((rule): [string, RuleEntry] => [rule.meta.id, [rule.meta.severity, {}]])),
});

const PRESETS: Record<string, Preset> = {
  'planlint:recommended': recommended,
  'planlint:all': (rules) => ({
    rules: Object.fromEntries(rules.map((rule): [string, RuleEntry] => [rule.meta.id, ['error', {}]])),
  }),
  ...Object.fromEntries(
    DOCUMENT_TYPES.map((documentType): [string, Preset] => [
      `${PRESET_PREFIX}${documentType}`,
      (rules) => ({ ...recommended(rules), documentType }),
    ]),
  ),
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

export function recommendedLayer(rules: readonly Rule[]): ConfigLayer {
  return recommended(rules);
}

/** The preset's settings, or undefined for an unknown name. */
export function presetLayer(name: string, rules: readonly Rule[]): ConfigLayer | undefined {
  return PRESETS[name]?.(rules);
}

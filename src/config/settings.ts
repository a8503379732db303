import type { DocumentType } from '../document/types.js';
import { toRuleSeverity } from '../engine/severity.js';
import type { Rule, RuleSetting } from '../engine/types.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';
import type { ConfigLayer } from './types.js';

/** Settings while layers are applied, lowest first. */
export interface SettingsState {
  documentType?: DocumentType;
  maxFileSize: number;
  rules: Record<string, RuleSetting>;
}

export function emptySettings(): SettingsState {
  return { maxFileSize: DEFAULT_MAX_FILE_SIZE, rules: {} };
}

/**
 * Applies one layer over the state, as ESLint flat config does: a bare
 * severity (or `[severity]`) keeps the options set so far; `[severity,
 * options]` replaces them with the rule's defaults plus those options.
 */
export function applyLayer(state: SettingsState, layer: ConfigLayer, rulesById: ReadonlyMap<string, Rule>): void {
  if (layer.documentType !== undefined) state.documentType = layer.documentType;
  if (layer.maxFileSize !== undefined) state.maxFileSize = layer.maxFileSize;
  for (const [id, entry] of Object.entries(layer.rules ?? {})) {
    const defaults = rulesById.get(id)?.meta.defaultOptions ?? {};
    const [severity, options] = Array.isArray(entry) ? entry : [entry];
    state.rules[id] = {
      severity: toRuleSeverity(severity),
      options: options ? { ...defaults, ...options } : (state.rules[id]?.options ?? { ...defaults }),
    };
  }
}

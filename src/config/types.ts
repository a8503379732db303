import type { DocumentType } from '../document/types.js';
import type { Rule, RuleSetting, Severity, SeverityName } from '../engine/types.js';

/** How a config names a rule's setting, ESLint style: a severity, or a severity and an options object. */
export type RuleEntry =
  | SeverityName
  | Severity
  | [SeverityName | Severity]
  | [SeverityName | Severity, Record<string, unknown>];

/** Settings that a config file, an override, a preset or the command line contributes. */
export interface ConfigLayer {
  documentType?: DocumentType;
  maxFileSize?: number;
  rules?: Record<string, RuleEntry>;
}

export interface ConfigOverride extends ConfigLayer {
  files: string | string[];
}

/** A config file's contents once validated against `buildConfigSchema`. */
export interface ConfigData extends ConfigLayer {
  $schema?: string;
  extends?: string | string[];
  overrides?: ConfigOverride[];
  root?: boolean;
}

export interface ConfigOptions {
  rules: readonly Rule[];
  /** `--config FILE`: replaces discovery. Relative to the working directory. */
  configFile?: string;
  /** `--rule` settings, applied after every config file. */
  cliRules?: Record<string, RuleEntry>;
  /** `--document-type`: wins over every config file. */
  documentType?: DocumentType;
}

export interface ResolvedConfig {
  documentType?: DocumentType;
  /** Every known rule id, including those turned off. */
  rules: Record<string, RuleSetting>;
  maxFileSize: number;
  /** Config files that contributed, in the order they were applied. */
  configFiles: string[];
}

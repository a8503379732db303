import type { Analysis } from '../analysis/types.js';
import type { DocumentType, PlanDocument, SourceLocation } from '../document/types.js';

export type SeverityName = 'off' | 'info' | 'warn' | 'error';
/** ESLint's numbers for off, warn and error, which a config may use instead of the names. */
export type Severity = 0 | 1 | 2;
/**
 * A rule's severity once its config is read. `info` has no number: ESLint
 * has no such level, and 0 already means off in every config users have.
 */
export type RuleSeverity = Severity | 'info';

/** A JSON Schema (draft-07) object, as ajv takes it. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  id: string;
  type: 'problem' | 'suggestion';
  /** `url` is absolute (see src/engine/docs-url.ts), for SARIF, editors and reports. */
  docs: { description: string; url: string };
  /**
   * The provisions the rule enforces, as planlint cites them ("s29(2)(b)",
   * "s31", "SSI 2014/343"; docs/statute.md), for reports that link a finding to the law.
   * Every built-in rule has them; a rule of a user's own may enforce no provision.
   */
  provisions?: readonly string[];
  /** Severity under `planlint:recommended`. */
  severity: Exclude<SeverityName, 'off'>;
  /** Schema of the rule's options object; a rule without one takes no options. */
  schema?: JsonSchema;
  defaultOptions?: Record<string, unknown>;
  /**
   * Message templates by id; `{{name}}` is filled from the report's data. A
   * message's first sentence says what is wrong, in under 100 characters, so
   * that a finding fits one line of a terminal or a CI log.
   */
  messages: Record<string, string>;
  /**
   * What to do about each message, by message id, filled from the same data:
   * the remedy that `--explain`, the JSON output, editors' hovers and SARIF's
   * `help` show beside the message, kept out of the one line a finding gets.
   */
  help?: Record<string, string>;
  /** Document types the rule applies to; all when absent. */
  documentTypes?: readonly DocumentType[];
  hasSuggestions?: boolean;
  /**
   * A finding of this rule that offers exactly one suggestion has one right
   * fix, which an editor may apply unattended (`source.fixAll.planlint`, on
   * save) as ESLint applies a rule's `fix`. planlint reports suggestions only,
   * for most findings ask the author to write something; this marks the few
   * whose single suggestion follows from the text itself: the statutory
   * wording of the outcome a quotation departs from, the number of the
   * outcome a quotation's wording names. Editors read it from the rules'
   * metadata; the JSON output is unchanged.
   */
  fixable?: boolean;
}

/** A replacement of the text at `loc`; editors turn it into a quick fix. */
export interface TextEdit {
  loc: Pick<SourceLocation, 'line' | 'column' | 'endLine' | 'endColumn'>;
  text: string;
}

export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: TextEdit;
}

export interface RelatedLocation {
  message: string;
  loc: SourceLocation;
}

export interface ReportDescriptor {
  loc: SourceLocation;
  messageId: string;
  data?: Record<string, string | number>;
  suggest?: SuggestionDescriptor[];
  /** Other places that explain the finding ("outcome 6 addressed here"). */
  related?: RelatedLocation[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly filePath: string;
  readonly document: PlanDocument;
  readonly analysis: Analysis;
  readonly documentType: DocumentType;
  readonly options: Options;
  report(descriptor: ReportDescriptor): void;
}

/** What `create` returns: the rule decides and reports once the analysis is complete. */
export interface RuleHandlers {
  end?(): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): RuleHandlers;
}

/** Rule settings after config resolution. */
export interface RuleSetting {
  severity: RuleSeverity;
  options: Record<string, unknown>;
}

import type { CoverageStatus, DocumentTypeEvidence, EvidenceLevel, EvidenceRequirement } from '../analysis/types.js';
import type { DocumentType } from '../document/types.js';
import type { TextEdit } from './types.js';

/** One finding, in the shape of ESLint's `LintMessage` plus planlint's place fields. */
export interface LintMessage {
  /** `null` for a fatal message (the file could not be read or parsed). */
  ruleId: string | null;
  /** ESLint's: 2 an error, 1 a warning; 0 for info, which readers of ESLint's JSON count as neither. */
  severity: 0 | 1 | 2;
  /** The severity in words, info included: what stylish prints and what a reader of the JSON should go by. */
  level: 'error' | 'warning' | 'info';
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sectionPath: string[];
  /** In a PDF: the page the finding's line is on, and its line on that page (`line` counts through the document). */
  page?: number;
  pageLine?: number;
  /** What to do about it: the rule's `help` for the message id, filled with the finding's data. */
  help?: string;
  /** The start of the paragraph the finding stands in, for formats without line numbers. */
  quote?: string;
  suggestions?: { desc: string; messageId: string; fix: TextEdit }[];
  related?: { message: string; line: number; column: number; endLine: number; endColumn: number; page?: number; pageLine?: number }[];
  fatal?: true;
  /**
   * On a finding in `suppressedMessages`, what let it through, in ESLint's
   * shape: `directive` (an inline comment, its reason after `--` as the
   * justification, empty when none was given) or `file` (the baseline,
   * planlint-suppressions.json; no justification). SARIF carries both.
   */
  suppressions?: LintSuppression[];
}

export interface LintSuppression {
  kind: 'directive' | 'file';
  justification: string;
}

export interface CoverageEntry<Id> {
  id: Id;
  status: CoverageStatus;
  locations: { line: number; column: number }[];
}

export interface Coverage {
  documentType: DocumentType;
  /** Where the document type came from. */
  documentTypeSource: 'config' | 'front-matter' | 'detected';
  /** For a detected type: what it was read from (`title`, `subject`, `heading`, `content`, `default`) and how firmly. */
  documentTypeEvidence?: DocumentTypeEvidence;
  /** The document is a board or committee paper about a document of `documentType`. */
  boardPaper?: true;
  outcomes: CoverageEntry<number>[];
  principles: CoverageEntry<string>[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings silenced by inline directives, kept for `--report-unused-disable-directives` and editors. */
  suppressedMessages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** Info findings: shown, never counted towards the exit code or `--max-warnings`. */
  infoCount: number;
  fatalErrorCount: number;
  /** `null` when the file could not be read or parsed. */
  coverage: Coverage | null;
  /** Why each verdict was reached; only when asked for (`--explain`). */
  explanation?: Explanation;
}

/** A passage or a piece of evidence, and how it was recognised. */
export interface ExplainedPlace {
  line: number;
  column: number;
  /**
   * For passages: reference, wording, indicator, phrase, paraphrase, table or
   * catalogue; for evidence: indicator, percentage, owner, date…
   */
  kind: string;
  text: string;
  sectionPath: string[];
  /** Passages: the BM25 score of the passage's words against the concept's profile, to two decimals. */
  score?: number;
  /** Passages: the words that speak for the concept, strongest first. */
  terms?: string[];
  /** Passages: it says the provision is not there yet, so no evidence can back it. */
  deferred?: true;
}

export interface ConceptExplanation {
  family: 'outcome' | 'principle';
  id: number | string;
  label: string;
  status: CoverageStatus;
  /** The strongest evidence in the scopes of the passages that address it. */
  evidence: EvidenceLevel;
  /** The first passages that address or list it. */
  passages: ExplainedPlace[];
  passageCount: number;
  /** The strongest evidence in those scopes. */
  backing: ExplainedPlace[];
}

/** A place in the document, as a reader goes to it. */
export interface ExplainedPoint {
  line: number;
  column: number;
  sectionPath: string[];
}

/** A tick of an outcome-mapping table and the passage in its priority's section that bears it out, if any. */
export interface ExplainedTick extends ExplainedPoint {
  outcome: number;
  priority?: string;
  /** The heading path of the priority's section, when one was found by its title. */
  section?: string[];
  support?: ExplainedPlace;
}

export interface ExplainedMapping extends ExplainedPoint {
  /** Outcomes no tick maps. */
  unmapped: number[];
  ticks: ExplainedTick[];
}

/** What the text shows of the duties of the Act, as the statutory-duty rule reads it. */
export interface ExplainedSignals {
  regard: {
    outcomes: { regarded: number[]; addressed: number[] };
    principles: { regarded: string[]; addressed: string[] };
  };
  /** Each locality's section and the first action, owner, date or measure in it (s29(3)). */
  localities: (ExplainedPoint & { title: string; arrangement?: ExplainedPlace })[];
  /** Where the strategic planning group's views are given (s37(2)(b)). */
  planningGroup: { effectiveness?: ExplainedPlace; replacement?: ExplainedPlace };
  fiveYearComparison?: ExplainedPlace;
  significantDecisions?: ExplainedPlace;
  spending?: ExplainedPoint & { sums: number };
}

export interface Explanation {
  documentType: Coverage['documentType'];
  documentTypeSource: Coverage['documentTypeSource'];
  documentTypeEvidence?: Coverage['documentTypeEvidence'];
  boardPaper?: true;
  /** What a passage needs to address a concept in its own words (a `paraphrase`). */
  paraphrase: { threshold: number; minTerms: number };
  /** The evidence each family's verdicts require: the `within` and `minimum` of its evidence rule for this file. */
  requirements: { outcomes: EvidenceRequirement; principles: EvidenceRequirement };
  concepts: ConceptExplanation[];
  signals: ExplainedSignals;
  mappings: ExplainedMapping[];
}

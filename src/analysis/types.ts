import type { DocumentType } from '../document/types.js';
import type { OutcomeId } from '../framework/types.js';
import type { MappingTable } from './tables.js';

export type CoverageStatus = 'missing' | 'mentioned' | 'evidenced';

/**
 * How a passage addresses a concept. `catalogue` marks a passage that only
 * reproduces the list of outcomes or principles: listing is not addressing.
 */
export type MatchKind = 'reference' | 'wording' | 'indicator' | 'phrase' | 'paraphrase' | 'table' | 'catalogue';

export interface ConceptMatch {
  blockId: number;
  /** Character range in the block's text. */
  start: number;
  end: number;
  kind: MatchKind;
  /** The text that matched, as written. */
  matched: string;
  /** For a paraphrase: how strongly the passage's words speak for the concept (BM25 against its profile). */
  score?: number;
  /** For a paraphrase: the passage's words that speak for the concept, strongest first. */
  terms?: string[];
  /**
   * The passage says the provision is not there yet ("we have not yet
   * developed a carers strategy", "a workforce plan will follow"): it
   * mentions the concept but no evidence can back it.
   */
  deferred?: boolean;
}

/** The evidence ladder, weakest first. */
export const EVIDENCE_LEVELS = ['none', 'claim', 'commitment', 'measure', 'target'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export type EvidenceKind =
  | 'indicator'
  | 'percentage'
  | 'rate'
  | 'money'
  | 'quantity'
  | 'baseline'
  | 'target'
  | 'data-source'
  | 'owner'
  | 'date';

export interface Evidence {
  blockId: number;
  start: number;
  end: number;
  kind: EvidenceKind;
  level: Exclude<EvidenceLevel, 'none' | 'claim'>;
  text: string;
}

/** Where evidence may stand for it to back a passage. */
export type EvidenceScope = 'section' | 'chapter' | 'document';

export interface ConceptCoverage<Id> {
  id: Id;
  status: CoverageStatus;
  /** Every passage that addresses or lists the concept, in document order. */
  matches: ConceptMatch[];
}

/** A number cited as a national outcome ("Outcome 10"), valid or not. */
export interface OutcomeReference {
  blockId: number;
  /** The citation when it names one outcome, else the number within the list. */
  start: number;
  end: number;
  number: number;
}

/**
 * A passage that quotes an outcome's wording. `exact` when it is the wording
 * of the regulations or a variant in official circulation; `label` when the
 * author numbered it ("Outcome 3: …" or the third item of a numbered list).
 */
export interface WordingQuote {
  blockId: number;
  start: number;
  end: number;
  outcome: OutcomeId;
  exact: boolean;
  /** Where the number is written in the block; absent when a list's numbering implies it. */
  label?: { number: number; start?: number; end?: number };
}

/** An assertion of alignment with the outcomes as a whole, which addresses none of them. */
export interface Claim {
  blockId: number;
  start: number;
  end: number;
}

export interface Analysis {
  documentType: DocumentType;
  documentTypeSource: 'config' | 'front-matter' | 'detected';
  outcomes: ConceptCoverage<OutcomeId>[];
  principles: ConceptCoverage<string>[];
  references: OutcomeReference[];
  quotes: WordingQuote[];
  claims: Claim[];
  /** Tables mapping priorities to outcomes with ticks. */
  mappings: MappingTable[];
  /** Evidence found in each block, by block id. */
  evidence: Evidence[][];
  /** Evidence that backs a passage in the given section, for the given scope. */
  evidenceFor(sectionIndex: number, scope: EvidenceScope): Evidence[];
  /**
   * How strongly a match's passage speaks for the concept (BM25 against its
   * profile) and the words that do, worked out when asked: only a few matches
   * are ever shown.
   */
  passageScore(family: 'outcome' | 'principle', id: OutcomeId | string, match: ConceptMatch): { score: number; terms: string[] } | undefined;
  /** Section where the plan deals with the outcomes as a whole, if it has one. */
  outcomesSection?: number;
  principlesSection?: number;
}

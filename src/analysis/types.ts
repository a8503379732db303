import type { DocumentType } from '../document/types.js';
import type { OutcomeId } from '../framework/types.js';

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

/**
 * The evidence ladder, weakest first. `context` is a figure that describes
 * the setting (the population, its projections, the workforce, the area):
 * shown by `--explain`, never enough to evidence a concept.
 */
export const EVIDENCE_LEVELS = ['none', 'claim', 'context', 'commitment', 'measure', 'target'] as const;
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

/** The levels a verdict can require: a claim, context or nothing at all never evidences a concept. */
export type RequiredLevel = Exclude<EvidenceLevel, 'none' | 'claim' | 'context'>;

/**
 * What evidence a concept needs to be `evidenced`: the `within` and
 * `minimum` options of the family's evidence rule for this file, so that the
 * coverage, `--explain` and the rule reach one verdict.
 */
export interface EvidenceRequirement {
  within: EvidenceScope;
  minimum: RequiredLevel;
}

export interface EvidenceRequirements {
  outcomes: EvidenceRequirement;
  principles: EvidenceRequirement;
}

/** An addressing passage and the evidence in its scope that backs it. */
export interface Backing {
  match: ConceptMatch;
  evidence: Evidence;
}

/** One concept's verdict, reached once per document and read by coverage, `--explain` and the rules. */
export interface ConceptCoverage<Id> {
  id: Id;
  status: CoverageStatus;
  /** Every passage that addresses or lists the concept, in document order. */
  matches: ConceptMatch[];
  /** The requirement the verdict was reached under. */
  requirement: EvidenceRequirement;
  /** The first addressing passage with evidence of the required level in its scope; absent unless `evidenced`. */
  backing?: Backing;
  /** The top of the evidence ladder the concept reaches in the scopes of its passages, whatever the requirement. */
  level: EvidenceLevel;
  /**
   * The evidence in the scopes of the passages that can be backed, strongest
   * first, each piece once. Sorted when first read: only explanations read it.
   */
  readonly evidence: readonly Evidence[];
}

/** A run of a block's text. */
export interface Passage {
  blockId: number;
  start: number;
  end: number;
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

/** A tick of an outcome-mapping table and whether its priority's own section bears it out. */
export interface MappingTick {
  outcome: OutcomeId;
  /** The ticked cell, as the passage that claims the outcome. */
  match: ConceptMatch;
  /** The priority the tick maps, as written in its row's first cell (or its column's header). */
  priority?: string;
  /** The section the priority stands for: the one whose title shares most of the priority's words. */
  section?: number;
  /** The first passage in that section (or below it) that addresses the outcome, neither a list nor a tick. */
  support?: ConceptMatch;
}

/** A table mapping priorities to outcomes with ticks, as a claim that the priorities' sections must bear out. */
export interface MappingSupport {
  tableId: number;
  /** The outcomes the grid has a column (or row) for. */
  outcomes: OutcomeId[];
  /** Outcomes 1-9 that no tick maps. */
  unmapped: OutcomeId[];
  ticks: MappingTick[];
}

/** Which outcomes or principles a document shows regard to, and which it addresses beyond a list. */
export interface FamilyRegard<Id> {
  /** Named anywhere, a list of them included: regard in preparing a document (s3(2), s30(2), s37(2)). */
  regarded: Id[];
  /** Addressed by a passage that is not only a list: regard in delivery (s40), how each is served (s29(2)(b), s42). */
  addressed: Id[];
}

/** A section setting out one locality (s29(3)). */
export interface LocalitySignal {
  section: number;
  /** The first action, owner, date or measure in its section: arrangements of its own (s29(3)(b)). */
  arrangement?: Evidence;
}

/**
 * What the text shows of the duties of the Act (docs/statute.md), read once
 * so that `--explain` can show it and the statutory-duty rule only decides.
 */
export interface StatutorySignals {
  regard: { outcomes: FamilyRegard<OutcomeId>; principles: FamilyRegard<string> };
  /** Sections under a heading about the localities, or titled "… locality" (s29(3)). */
  localities: LocalitySignal[];
  /** The strategic planning group's views (s37(2)(b)): wording on effectiveness, and on a replacement plan, where the group is named. */
  planningGroup: { effectiveness?: Passage; replacement?: Passage };
  /** A measure compared with the five preceding reporting years: a header of six years, or the comparison in words (SSI 2014/326). */
  fiveYearComparison?: Passage;
  /** Where the report speaks of significant decisions taken outside the plan (s36, s42). */
  significantDecisions?: Passage;
  /** A finance section showing spending: at least three sums (SSI 2014/326 reg 4). */
  spending?: { section: number; sums: number };
}

/**
 * What a detected document type rests on, so a reader can see what was
 * assumed and how firmly: the title, a board paper's subject, a heading, the
 * document's words about itself, or nothing (the default).
 */
export interface DocumentTypeEvidence {
  from: 'title' | 'subject' | 'heading' | 'content' | 'default';
  /** The title, subject or heading read, or the words that counted. */
  text?: string;
  /** Where it stands. */
  line?: number;
  /** `weak` for the default and for a narrow lead of the document's words over another type's. */
  confidence: 'strong' | 'weak';
}

export interface Analysis {
  documentType: DocumentType;
  documentTypeSource: 'config' | 'front-matter' | 'detected';
  /** Only for a detected type. */
  documentTypeEvidence?: DocumentTypeEvidence;
  /** A board or committee paper about a document of `documentType`, not the document itself. */
  boardPaper?: true;
  /** Block id of the document's title: its first heading or a plain title line standing first. */
  titleBlock?: number;
  /** What evidence the verdicts of each family required. */
  requirements: EvidenceRequirements;
  outcomes: ConceptCoverage<OutcomeId>[];
  principles: ConceptCoverage<string>[];
  references: OutcomeReference[];
  quotes: WordingQuote[];
  claims: Claim[];
  /** Tables mapping priorities to outcomes with ticks, each tick checked against its priority's section. */
  mappings: MappingSupport[];
  /** Evidence found in each block, by block id. */
  evidence: readonly Evidence[][];
  /** Evidence that backs a passage in the given section, for the given scope. */
  evidenceFor: (sectionIndex: number, scope: EvidenceScope) => Evidence[];
  /** Evidence that backs a passage in the given block: its section's, or only its window's where the text has no structure. */
  evidenceAround: (blockId: number, scope: EvidenceScope) => Evidence[];
  /**
   * How strongly a match's passage speaks for the concept (BM25 against its
   * profile) and the words that do, worked out when asked: only a few matches
   * are ever shown.
   */
  passageScore(family: 'outcome' | 'principle', id: OutcomeId | string, match: ConceptMatch): { score: number; terms: string[] } | undefined;
  /** Section where the plan deals with the outcomes as a whole, if it has one. */
  outcomesSection?: number;
  principlesSection?: number;
  signals: StatutorySignals;
}

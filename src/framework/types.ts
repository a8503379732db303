import type { DocumentType } from '../document/types.js';

export type OutcomeId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Words next to a phrase that give it another sense ("fraud prevention", "data quality"). */
export interface OtherSenses {
  before?: string[];
  after?: string[];
}

export interface Outcome {
  id: OutcomeId;
  /** Short name used in messages ("unpaid carers"). */
  shortName: string;
  /** Wording of SSI 2014/343, as made. */
  wording: string;
  /** Other wordings in circulation that are the same outcome (docs/statute.md). */
  variants: string[];
  /** "What people can expect" statements (framework guidance, section 8). */
  expectations: string[];
  /** Names and phrasings plans use to address the outcome without its number. */
  phrases: string[];
  /** Everyday words for it, which together (not alone) say a passage is about it. */
  vocabulary: string[];
  otherSenses?: OtherSenses;
}

export interface Principle {
  /** Stable slug (docs/design.md). */
  id: string;
  shortName: string;
  /** Section 31 wording, as it completes "services should be provided in a way which…". */
  wording: string;
  phrases: string[];
  /** Everyday words for it, which together (not alone) say a passage is about it. */
  vocabulary: string[];
  /** Principles that take a sentence over when it speaks for both. */
  yieldsTo?: string[];
  otherSenses?: OtherSenses;
  /**
   * Sentences that address it as groups of words, all of which must appear,
   * each at a place of its own: who, what and how for "planned and led locally".
   */
  statements?: string[][][];
}

export interface Duty {
  /** Stable id, e.g. "s29(2)(b)". */
  id: string;
  /** Other citations accepted for the same duty in configs and directives. */
  aliases: string[];
  provision: string;
  summary: string;
  appliesTo: DocumentType[];
  /** Checked on a board paper about such a document too: the paper is where a plan review is reported. */
  inBoardPapers?: boolean;
  /** What the duty asks the document to have regard to or show. */
  concerns: ('outcomes' | 'principles' | 'localities' | 'strategic-planning-group' | 'performance')[];
}

export interface Indicator {
  /** "NI-1".."NI-23". */
  id: string;
  number: number;
  name: string;
  /** Distinctive words of the measure's name, for finding it without its number. */
  phrases: string[];
  outcomes: OutcomeId[];
  source: 'survey' | 'administrative';
  reportedNationally: boolean;
}

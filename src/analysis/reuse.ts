import { Reused } from '../document/reuse.js';
import type { OutcomeId } from '../framework/types.js';
import type { IndicatorCitation } from './indicators.js';
import type { Citation } from './references.js';
import type { Tokens } from './tokens.js';
import type { ConceptMatch, Evidence } from './types.js';

/** A block's phrase matches, each concept's in the order found. */
export interface BlockPhrases {
  outcomes: [OutcomeId, ConceptMatch[]][];
  principles: [string, ConceptMatch[]][];
}

/**
 * What the analysis of one lint keeps for the next lint of the same
 * document: the readings of a block that depend only on its text (and what
 * each key adds). The passes that read the document as a whole (document
 * type, scopes, catalogues, verdicts, signals) run again every time, on
 * these readings, so a result is the one a fresh analysis gives.
 */
export class AnalysisReuse {
  readonly tokens = new Reused<string, Tokens>();
  readonly citations = new Reused<string, readonly Citation[]>();
  readonly indicators = new Reused<string, readonly IndicatorCitation[]>();
  /** Keyed by the text and the kind of block: a heading reads names differently. */
  readonly phrases = new Reused<string, BlockPhrases>();
  /** Keyed by the text and whether results are reported (a performance report's figures are evidence of another kind). */
  readonly evidence = new Reused<string, readonly Evidence[]>();

  /** Ends a lint: readings no block of it used are dropped. */
  sweep(): void {
    for (const kept of [this.tokens, this.citations, this.indicators, this.phrases, this.evidence]) kept.sweep();
  }
}

/** `compute()`, or what a lint before kept for `key` where there is one. */
export function reused<Value>(kept: Reused<string, Value> | undefined, key: string, compute: () => Value): Value {
  return kept ? kept.get(key, compute) : compute();
}

/**
 * A kept finding, copied into the block it stands in now: an edit above it
 * renumbers the blocks, and no result shares an object with an earlier one.
 */
export function placedIn<Found extends { blockId: number }>(blockId: number, found: Found): Found {
  return { ...found, blockId };
}


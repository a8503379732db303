import type { Block } from '../document/types.js';
import type { PassageScore } from './relevance.js';
import type { ConceptMatch } from './types.js';

export interface ParaphraseSettings {
  /** The least BM25 score at which a passage addresses a concept in its own words. */
  threshold: number;
  /** The least number of different distinctive words it must use: one word is a topic, not a passage about it. */
  minTerms: number;
}

/**
 * Calibrated on the development corpus (`npm run bench:calibrate`): the
 * strictest setting whose mean F1 is within a quarter of a point of the best.
 */
export const PARAPHRASE: ParaphraseSettings = { threshold: 4.5, minTerms: 3 };

export function isParaphrase(score: number, distinctiveTerms: number, settings: ParaphraseSettings): boolean {
  return score >= settings.threshold && distinctiveTerms >= settings.minTerms;
}

/** A passage that speaks for a concept without any of the framework's phrases. */
export function paraphraseMatch(block: Block, passage: PassageScore): ConceptMatch {
  return {
    blockId: block.id,
    start: passage.start,
    end: passage.end,
    kind: 'paraphrase',
    matched: block.text.slice(passage.start, passage.end),
    score: passage.score,
    terms: passage.terms.map((term) => term.written),
  };
}

import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import { isParaphrase, paraphraseMatch } from '../paraphrase.js';
import { CONCEPTS, conceptIndex, PassageScorer } from '../relevance.js';
import type { ConceptMatch } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface ParaphraseOutput {
  outcomes: ConceptMatches<OutcomeId>;
  principles: ConceptMatches<string>;
  /** Every block scored against every concept's profile (BM25), kept for explaining a passage's score. */
  scorer: PassageScorer;
}

/**
 * Passages that speak for a concept in their own words: a block scoring at
 * least the threshold against the concept's profile, on enough distinctive
 * words, where nothing stronger already found the concept in that block.
 */
export const paraphrasePass = definePass({
  name: 'paraphrase',
  reads: ['tokens', 'references', 'indicators', 'wording', 'phrases'],
  run: ({ document, paraphrase }, { tokens, references, indicators, wording, phrases }): ParaphraseOutput => {
    const blocks = document.blocks.length;
    const found = new Set<number>();
    const note = (family: 'outcome' | 'principle', matches: ConceptMatches<OutcomeId | string>) => {
      for (const [id, list] of matches) {
        const concept = conceptIndex(family, id);
        for (const match of list) found.add(concept * blocks + match.blockId);
      }
    };
    for (const matches of [references.matches, indicators.matches, wording.matches, phrases.outcomes]) note('outcome', matches);
    note('principle', phrases.principles);

    const scorer = new PassageScorer(tokens);
    const outcomes = new Map<OutcomeId, ConceptMatch[]>();
    const principles = new Map<string, ConceptMatch[]>();
    for (const block of document.blocks) {
      const tally = scorer.tally(block.id);
      CONCEPTS.forEach((concept, index) => {
        if (!isParaphrase(tally.scores[index]!, tally.distinctive[index]!, paraphrase) || found.has(index * blocks + block.id)) return;
        const match = paraphraseMatch(block, scorer.passage(block.id, block.text, index)!);
        if (concept.family === 'outcome') addMatch(outcomes, concept.id, match);
        else addMatch(principles, concept.id, match);
      });
    }
    return { outcomes, principles, scorer };
  },
});

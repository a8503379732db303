import type { OutcomeId } from '../../framework/types.js';
import { outcomePhraseMatches, principlePhraseMatches } from '../concepts.js';
import { definePass } from '../pass.js';
import type { ConceptMatch } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface PhrasesOutput {
  outcomes: ConceptMatches<OutcomeId>;
  principles: ConceptMatches<string>;
}

/** The framework's phrases for each outcome and principle, stemmed (src/framework/*.json). */
export const phrasesPass = definePass({
  name: 'phrases',
  reads: ['tokens'],
  run: ({ document }, { tokens }): PhrasesOutput => {
    const outcomes = new Map<OutcomeId, ConceptMatch[]>();
    const principles = new Map<string, ConceptMatch[]>();
    for (const block of document.blocks) {
      const blockTokens = tokens[block.id]!;
      for (const [id, matches] of outcomePhraseMatches(block, blockTokens)) for (const match of matches) addMatch(outcomes, id, match);
      for (const [id, matches] of principlePhraseMatches(block, blockTokens)) for (const match of matches) addMatch(principles, id, match);
    }
    return { outcomes, principles };
  },
});

import type { OutcomeId } from '../../framework/types.js';
import { outcomePhraseMatches, principlePhraseMatches } from '../concepts.js';
import { definePass } from '../pass.js';
import { isInName } from '../senses.js';
import type { Tokens } from '../tokens.js';
import type { ConceptMatch } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface PhrasesOutput {
  outcomes: ConceptMatches<OutcomeId>;
  principles: ConceptMatches<string>;
}

/**
 * The framework's phrases for each outcome and principle, stemmed
 * (src/framework/*.json), except where a phrase is only part of a name: the
 * document's title ("Carers Strategy"), a body or a post.
 */
export const phrasesPass = definePass({
  name: 'phrases',
  reads: ['tokens', 'documentType'],
  run: ({ document }, { tokens, documentType }): PhrasesOutput => {
    const outcomes = new Map<OutcomeId, ConceptMatch[]>();
    const principles = new Map<string, ConceptMatch[]>();
    for (const block of document.blocks) {
      if (block.id === documentType.titleBlock) continue;
      const blockTokens = tokens[block.id]!;
      const said = (match: ConceptMatch): boolean => !inName(block.text, blockTokens, match, block.kind === 'heading');
      for (const [id, matches] of outcomePhraseMatches(block, blockTokens)) {
        for (const match of matches.filter(said)) addMatch(outcomes, id, match);
      }
      for (const [id, matches] of principlePhraseMatches(block, blockTokens)) {
        for (const match of matches.filter(said)) addMatch(principles, id, match);
      }
    }
    return { outcomes, principles };
  },
});

function inName(text: string, tokens: Tokens, match: ConceptMatch, heading: boolean): boolean {
  const { from, to } = tokens.within(match.start, match.end);
  return to > from && isInName(text, tokens, from, to - 1, heading);
}

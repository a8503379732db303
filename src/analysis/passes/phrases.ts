import { OUTCOMES, PRINCIPLES } from '../../framework/index.js';
import type { OutcomeId } from '../../framework/types.js';
import { aboutServiceUsers, functionListBlocks, procedural, saidOfStaff } from '../contexts.js';
import { outcomePhraseMatches, principlePhraseMatches } from '../concepts.js';
import { definePass } from '../pass.js';
import { isInName, SenseModifiers } from '../senses.js';
import { statementMatches } from '../statements.js';
import type { ConceptMatch } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface PhrasesOutput {
  outcomes: ConceptMatches<OutcomeId>;
  principles: ConceptMatches<string>;
}

const outcomeSenses = new Map(OUTCOMES.map((outcome) => [outcome.id, new SenseModifiers(outcome.otherSenses)]));
const principleSenses = new Map(PRINCIPLES.map((principle) => [principle.id, new SenseModifiers(principle.otherSenses)]));

/**
 * The framework's phrases for each outcome and principle, stemmed
 * (src/framework/*.json), except where a phrase is only part of a name: the
 * document's title ("Carers Strategy"), a body or a post; where it is an
 * entry in a schedule of delegated functions; where what it says of service
 * users is said of staff; where a procedure is only listed or amended; or
 * where a word beside it gives it another sense ("fraud prevention").
 */
export const phrasesPass = definePass({
  name: 'phrases',
  reads: ['tokens', 'documentType'],
  run: ({ document }, { tokens, documentType }): PhrasesOutput => {
    const outcomes = new Map<OutcomeId, ConceptMatch[]>();
    const principles = new Map<string, ConceptMatch[]>();
    const schedules = functionListBlocks(document, tokens);
    for (const block of document.blocks) {
      if (block.id === documentType.titleBlock || schedules.has(block.id)) continue;
      const blockTokens = tokens[block.id]!;
      const heading = block.kind === 'heading';
      const said = (concept: number | string, senses: SenseModifiers | undefined) => (match: ConceptMatch): boolean => {
        const { from, to } = blockTokens.within(match.start, match.end);
        if (to <= from) return true;
        return (
          !isInName(block.text, blockTokens, from, to - 1, heading) &&
          !senses?.changeSense(blockTokens, from, to - 1) &&
          !(aboutServiceUsers(concept) && saidOfStaff(block.text, blockTokens, from, to - 1)) &&
          !procedural(block.text, blockTokens, match.start)
        );
      };
      for (const [id, matches] of outcomePhraseMatches(block, blockTokens)) {
        for (const match of matches.filter(said(id, outcomeSenses.get(id)))) addMatch(outcomes, id, match);
      }
      for (const found of [principlePhraseMatches(block, blockTokens), statementMatches(block, blockTokens)]) {
        for (const [id, matches] of found) {
          for (const match of matches.filter(said(id, principleSenses.get(id)))) addMatch(principles, id, match);
        }
      }
    }
    return { outcomes, principles };
  },
});

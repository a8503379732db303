import type { Block } from '../../document/types.js';
import { OUTCOMES, PRINCIPLES } from '../../framework/index.js';
import type { OutcomeId } from '../../framework/types.js';
import { aboutServiceUsers, functionListBlocks, procedural, saidOfStaff } from '../contexts.js';
import { outcomePhraseMatches, principlePhraseMatches } from '../concepts.js';
import { definePass } from '../pass.js';
import { type BlockPhrases, placedIn, reused } from '../reuse.js';
import { isInName, SenseModifiers } from '../senses.js';
import { statementMatches } from '../statements.js';
import type { Tokens } from '../tokens.js';
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
  run: ({ document, reuse }, { tokens, documentType }): PhrasesOutput => {
    const outcomes = new Map<OutcomeId, ConceptMatch[]>();
    const principles = new Map<string, ConceptMatch[]>();
    const schedules = functionListBlocks(document, tokens);
    for (const block of document.blocks) {
      if (block.id === documentType.titleBlock || schedules.has(block.id)) continue;
      const found = reused(reuse?.phrases, `${block.kind}\u0000${block.text}`, () => blockPhrases(block, tokens[block.id]!));
      for (const [id, matches] of found.outcomes) for (const match of matches) addMatch(outcomes, id, placedIn(block.id, match));
      for (const [id, matches] of found.principles) for (const match of matches) addMatch(principles, id, placedIn(block.id, match));
    }
    return { outcomes, principles };
  },
});

/** A block's phrases that say what the concept's phrase says: all of it depends on the block's text and kind alone. */
function blockPhrases(block: Block, blockTokens: Tokens): BlockPhrases {
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
  const found: BlockPhrases = { outcomes: [], principles: [] };
  for (const [id, matches] of outcomePhraseMatches(block, blockTokens)) {
    found.outcomes.push([id, matches.filter(said(id, outcomeSenses.get(id)))]);
  }
  for (const each of [principlePhraseMatches(block, blockTokens), statementMatches(block, blockTokens)]) {
    for (const [id, matches] of each) found.principles.push([id, matches.filter(said(id, principleSenses.get(id)))]);
  }
  return found;
}

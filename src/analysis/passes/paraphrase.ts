import type { PlanDocument } from '../../document/types.js';
import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import { listWithLeadIn } from '../lists.js';
import { isParaphrase, paraphraseMatch } from '../paraphrase.js';
import { CONCEPTS, conceptIndex, PassageScorer, type Tally } from '../relevance.js';
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
    const headingTallies = new Map<number, Tally>();
    for (const block of document.blocks) {
      const tally = scorer.tally(block.id);
      // Plans name a concept in a short heading and give the everyday detail
      // below it; scored apart, neither heading nor block passes the gate. The
      // heading lends its score, not its words: the block must still use enough
      // distinctive words of its own, or a trap's heading would carry it.
      const heading = document.sections[block.sectionIndex]?.headingBlock;
      if (heading !== undefined && heading !== block.id) {
        let context = headingTallies.get(heading);
        if (!context) headingTallies.set(heading, (context = scorer.tally(heading)));
        addTally(tally, context);
      }
      CONCEPTS.forEach((concept, index) => {
        if (!isParaphrase(tally.scores[index]!, tally.distinctive[index]!, paraphrase) || found.has(index * blocks + block.id)) return;
        // The score shown is the one that passed the gate, the heading's share included.
        const match = paraphraseMatch(block, { ...scorer.passage(block.id, block.text, index)!, score: tally.scores[index]! });
        if (concept.family === 'outcome') addMatch(outcomes, concept.id, match);
        else addMatch(principles, concept.id, match);
      });
    }
    for (const passage of listPassages(document)) {
      const tally = scorer.tallyPassage(passage);
      const heading = document.sections[document.blocks[passage[0]!]!.sectionIndex]?.headingBlock;
      if (heading !== undefined) addTally(tally, headingTallies.get(heading) ?? scorer.tally(heading));
      CONCEPTS.forEach((concept, index) => {
        if (!isParaphrase(tally.scores[index]!, tally.distinctive[index]!, paraphrase)) return;
        const has = concept.family === 'outcome' ? outcomes.get(concept.id) : principles.get(concept.id);
        if (passage.some((blockId) => found.has(index * blocks + blockId) || has?.some((match) => match.blockId === blockId))) return;
        // Reported on the lead-in, or the first block that uses the concept's
        // words, with the whole list's score and the words of every item.
        const accounts = passage.flatMap((blockId) => {
          const account = scorer.passage(blockId, document.blocks[blockId]!.text, index);
          return account ? [{ block: document.blocks[blockId]!, account }] : [];
        });
        // The passage passed the gate, so at least one of its blocks has the concept's words.
        const where = accounts[0]!;
        const terms = accounts.flatMap((entry) => entry.account.terms).sort((a, b) => b.contribution - a.contribution);
        const written = terms.map((term) => term.written.toLowerCase());
        const unique = terms.filter((_, at) => written.indexOf(written[at]!) === at);
        const match = paraphraseMatch(where.block, { ...where.account, score: tally.scores[index]!, terms: unique });
        if (concept.family === 'outcome') addMatch(outcomes, concept.id, match);
        else addMatch(principles, concept.id, match);
      });
    }
    return { outcomes, principles, scorer };
  },
});

/** Each list with the paragraph that leads into it, scored as one passage. */
function listPassages(document: PlanDocument): number[][] {
  const passages: number[][] = [];
  for (const block of document.blocks) {
    if (block.listId === undefined || document.blocks[block.id - 1]?.listId === block.listId) continue;
    const { first, last } = listWithLeadIn(document, block.id)!;
    if (last > first) passages.push(Array.from({ length: last - first + 1 }, (_, index) => first + index));
  }
  return passages;
}

function addTally(tally: Tally, context: Tally): void {
  tally.scores.forEach((score, index) => (tally.scores[index] = score + context.scores[index]!));
}

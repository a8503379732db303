import type { OutcomeId } from '../../framework/types.js';
import { findCatalogueBlocks, NAME_ONLY_WORDS, type BlockConcepts } from '../catalogue.js';
import { isPrincipleListing } from '../concepts.js';
import { definePass } from '../pass.js';
import type { Tokens } from '../tokens.js';
import type { ConceptMatches } from './matches.js';

/**
 * Blocks that only reproduce the list of outcomes or of principles. A list
 * of the outcomes quotes "dignity" and "safe"; it addresses no principle
 * either, and vice versa, so one set serves both families.
 */
export const cataloguesPass = definePass({
  name: 'catalogues',
  reads: ['candidates', 'wording', 'tokens', 'evidence'],
  run: ({ document }, { candidates, wording, tokens, evidence }): ReadonlySet<number> => {
    const quoted = new Set(wording.quotes.map((quote) => quote.blockId));
    const outcomeListings = new Map<number, BlockConcepts<OutcomeId>>();
    for (const [blockId, { ids, matchedWords }] of perBlock(candidates.outcomes, tokens)) {
      outcomeListings.set(blockId, { ids, listing: quoted.has(blockId) || tokens[blockId]!.length - matchedWords <= NAME_ONLY_WORDS });
    }
    const principleListings = new Map<number, BlockConcepts<string>>();
    for (const [blockId, { ids, matchedWords }] of perBlock(candidates.principles, tokens)) {
      principleListings.set(blockId, { ids, listing: isPrincipleListing(tokens[blockId]!, ids, matchedWords) });
    }
    return new Set([
      ...findCatalogueBlocks(document, outcomeListings, evidence.byBlock),
      ...findCatalogueBlocks(document, principleListings, evidence.byBlock),
    ]);
  },
});

/** Concepts matched in each block, with how much of the block the matches cover. */
function perBlock<Id>(
  matchesOf: ConceptMatches<Id>,
  tokens: readonly Tokens[],
): Map<number, { ids: Set<Id>; matchedWords: number }> {
  const blocks = new Map<number, { ids: Set<Id>; matchedWords: number }>();
  for (const [id, matches] of matchesOf) {
    for (const match of matches) {
      // Neither a tick nor a paraphrase spread over a paragraph says how much of the block is a name.
      if (match.kind === 'table' || match.kind === 'paraphrase') continue;
      const entry = blocks.get(match.blockId) ?? { ids: new Set<Id>(), matchedWords: 0 };
      entry.ids.add(id);
      const { from, to } = tokens[match.blockId]!.within(match.start, match.end);
      entry.matchedWords += to - from;
      blocks.set(match.blockId, entry);
    }
  }
  return blocks;
}

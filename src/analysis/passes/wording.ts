import type { PlanDocument } from '../../document/types.js';
import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import type { ConceptMatch, WordingQuote } from '../types.js';
import { findQuotes } from '../wording.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface WordingOutput {
  /** Passages quoting an outcome's wording, with the number the author gave each. */
  quotes: readonly WordingQuote[];
  matches: ConceptMatches<OutcomeId>;
}

export const wordingPass = definePass({
  name: 'wording',
  reads: ['tokens'],
  run: ({ document }, { tokens }): WordingOutput => {
    const quotes: WordingQuote[] = [];
    const matches = new Map<OutcomeId, ConceptMatch[]>();
    for (const block of document.blocks) {
      for (const quote of findQuotes(block, tokens[block.id]!)) {
        quotes.push(quote);
        addMatch(matches, quote.outcome, { blockId: block.id, start: quote.start, end: quote.end, kind: 'wording', matched: block.text.slice(quote.start, quote.end) });
      }
    }
    return { quotes: numberedByList(document, quotes), matches };
  },
});

/**
 * In a numbered list that quotes outcomes, the list's own numbers are the
 * author's labels ("3." before the wording of outcome 5 is a wrong number).
 */
function numberedByList(document: PlanDocument, quotes: readonly WordingQuote[]): WordingQuote[] {
  const perList = new Map<number, number>();
  for (const quote of quotes) {
    const listId = document.blocks[quote.blockId]?.listId;
    if (listId !== undefined) perList.set(listId, (perList.get(listId) ?? 0) + 1);
  }
  return quotes.map((quote) => {
    const block = document.blocks[quote.blockId];
    const ordinal = block?.ordinal;
    if (quote.label || ordinal === undefined || block?.listId === undefined || (perList.get(block.listId) ?? 0) < 3) return quote;
    return { ...quote, label: { number: ordinal } };
  });
}

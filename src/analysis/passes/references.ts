import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import { findCitations } from '../references.js';
import { reused } from '../reuse.js';
import type { ConceptMatch, OutcomeReference } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface ReferencesOutput {
  /** Every number cited as an outcome, valid or not. */
  references: readonly OutcomeReference[];
  /** Outcomes addressed by citation ("Outcome 6", "NHWO 6", "outcomes 2, 4 and 9"). */
  matches: ConceptMatches<OutcomeId>;
}

/**
 * "Outcomes 1 to 9" claims them all and addresses none (docs/design.md: a bare
 * claim addresses no particular outcome); it is still checked for numbers
 * that do not exist.
 */
const CLAIM_OF_ALL = 7;

export const referencesPass = definePass({
  name: 'references',
  reads: [],
  run: ({ document, reuse }): ReferencesOutput => {
    const references: OutcomeReference[] = [];
    const matches = new Map<OutcomeId, ConceptMatch[]>();
    for (const block of document.blocks) {
      for (const citation of reused(reuse?.citations, block.text, () => findCitations(block.text))) {
        const claimsAll = new Set(citation.numbers.map((cited) => cited.number).filter((n) => n >= 1 && n <= 9)).size >= CLAIM_OF_ALL;
        for (const cited of citation.numbers) {
          // "Outcome 10" is reported whole; in "outcomes 2, 4 and 10" only the wrong number is.
          const span = citation.numbers.length === 1 ? citation : cited;
          references.push({ blockId: block.id, start: span.start, end: span.end, number: cited.number });
          if (claimsAll || cited.number < 1 || cited.number > 9) continue;
          const matched = block.text.slice(citation.start, citation.end);
          addMatch(matches, cited.number as OutcomeId, { blockId: block.id, start: citation.start, end: citation.end, kind: 'reference', matched });
        }
      }
    }
    return { references, matches };
  },
});

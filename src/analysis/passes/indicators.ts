import { indicatorById } from '../../framework/index.js';
import type { OutcomeId } from '../../framework/types.js';
import { findIndicators, type IndicatorCitation } from '../indicators.js';
import { definePass } from '../pass.js';
import { reused } from '../reuse.js';
import type { ConceptMatch } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface IndicatorsOutput {
  /** Core integration indicators cited in each block, by block id. */
  citations: readonly (readonly IndicatorCitation[])[];
  /** Outcomes addressed by naming an indicator of theirs alone. */
  matches: ConceptMatches<OutcomeId>;
}

/**
 * A core integration indicator measures its outcome: "NI-8", or "carers who
 * feel supported to continue in their caring role", is outcome 6. Only
 * indicators of a single outcome count; NI-14 serves four and names none.
 */
export const indicatorsPass = definePass({
  name: 'indicators',
  reads: ['tokens'],
  run: ({ document, reuse }, { tokens }): IndicatorsOutput => {
    const matches = new Map<OutcomeId, ConceptMatch[]>();
    const citations = document.blocks.map((block) => {
      const found = reused(reuse?.indicators, block.text, () => findIndicators(block.text, tokens[block.id]!));
      for (const citation of found) {
        const measured = indicatorById(citation.number)?.outcomes ?? [];
        if (measured.length !== 1) continue;
        const matched = block.text.slice(citation.start, citation.end);
        addMatch(matches, measured[0]!, { blockId: block.id, start: citation.start, end: citation.end, kind: 'indicator', matched });
      }
      return found;
    });
    return { citations, matches };
  },
});

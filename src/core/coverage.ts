import { locateSpan } from '../document/locate.js';
import type { PlanDocument } from '../document/types.js';
import type { Analysis, ConceptCoverage } from '../analysis/types.js';
import type { Coverage, CoverageEntry } from '../engine/results.js';

/** The coverage part of the JSON contract: one status and the places for each outcome and principle. */
export function coverageOf(document: PlanDocument, analysis: Analysis): Coverage {
  const entry = <Id>(concept: ConceptCoverage<Id>): CoverageEntry<Id> => ({
    id: concept.id,
    status: concept.status,
    locations: concept.matches.map((match) => {
      const { line, column } = locateSpan(document.blocks[match.blockId]!, match.start, match.end);
      return { line, column };
    }),
  });
  return {
    documentType: analysis.documentType,
    documentTypeSource: analysis.documentTypeSource,
    outcomes: analysis.outcomes.map(entry),
    principles: analysis.principles.map(entry),
  };
}

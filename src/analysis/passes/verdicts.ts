import { OUTCOMES, PRINCIPLES } from '../../framework/index.js';
import type { OutcomeId } from '../../framework/types.js';
import { DEFAULT_REQUIREMENT, verdict } from '../coverage.js';
import { definePass } from '../pass.js';
import { within, type Span } from '../sentences.js';
import type { ConceptCoverage, ConceptMatch, EvidenceRequirements } from '../types.js';

export interface VerdictsOutput {
  requirements: EvidenceRequirements;
  outcomes: ConceptCoverage<OutcomeId>[];
  principles: ConceptCoverage<string>[];
}

const DEFAULTS: EvidenceRequirements = { outcomes: DEFAULT_REQUIREMENT, principles: DEFAULT_REQUIREMENT };

/** Match kinds by strength, for keeping one of two overlapping matches. */
const STRENGTH: Record<ConceptMatch['kind'], number> = { reference: 6, wording: 5, indicator: 4, table: 3, phrase: 2, paraphrase: 1, catalogue: 0 };

/**
 * Each concept's passages as a reader sees them (a catalogue entry marked as
 * one, a deferral marked as such, one passage per place) and its one verdict
 * under the evidence the family's rule requires for this document.
 */
export const verdictsPass = definePass({
  name: 'verdicts',
  reads: ['candidates', 'catalogues', 'deferral', 'evidence', 'documentType'],
  run: ({ settings }, { candidates, catalogues, deferral, evidence, documentType }): VerdictsOutput => {
    const required = settings.evidence?.(documentType.documentType) ?? DEFAULTS;
    const passages = (matches: readonly ConceptMatch[] | undefined): ConceptMatch[] =>
      strongestPerPlace(
        (matches ?? []).map((match) => {
          const read: ConceptMatch = catalogues.has(match.blockId) ? { ...match, kind: 'catalogue' } : match;
          return within(deferral.get(match.blockId) ?? NONE, match.start) ? { ...read, deferred: true } : read;
        }),
      );
    return {
      requirements: required,
      outcomes: OUTCOMES.map((outcome) =>
        verdict(evidence, outcome.id, passages(candidates.outcomes.get(outcome.id)), required.outcomes),
      ),
      principles: PRINCIPLES.map((principle) =>
        verdict(evidence, principle.id, passages(candidates.principles.get(principle.id)), required.principles),
      ),
    };
  },
});

const NONE: readonly Span[] = [];

/** In document order, one match per place: the strongest of overlapping ones. */
function strongestPerPlace(matches: readonly ConceptMatch[]): ConceptMatch[] {
  const sorted = [...matches].sort((a, b) => a.blockId - b.blockId || a.start - b.start || STRENGTH[b.kind] - STRENGTH[a.kind]);
  const kept: ConceptMatch[] = [];
  for (const match of sorted) {
    const previous = kept.at(-1);
    if (previous && previous.blockId === match.blockId && match.start < previous.end) {
      if (STRENGTH[match.kind] > STRENGTH[previous.kind]) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

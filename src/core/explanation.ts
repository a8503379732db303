import { locateSpan } from '../document/locate.js';
import type { PlanDocument } from '../document/types.js';
import { outcomeById, principleById, type OutcomeId } from '../framework/index.js';
import { evidenceBehind, strongestLevel } from '../analysis/coverage.js';
import { PARAPHRASE } from '../analysis/paraphrase.js';
import type { Analysis, ConceptCoverage } from '../analysis/types.js';
import type { ConceptExplanation, Explanation, ExplainedPlace } from '../engine/results.js';

/** How many passages and pieces of evidence to show for each concept. */
const SHOWN = 5;

/**
 * Why each outcome and principle got its status: the passages that address
 * it, how each was recognised, and the evidence in their sections. What a
 * reviewer reads to trust or overrule a verdict.
 */
export function explain(document: PlanDocument, analysis: Analysis): Explanation {
  const place = (blockId: number, start: number, end: number, kind: string, text: string): ExplainedPlace => {
    const loc = locateSpan(document.blocks[blockId]!, start, end);
    return { line: loc.line, column: loc.column, kind, text, sectionPath: loc.sectionPath };
  };
  const concept = (family: ConceptExplanation['family'], label: string, coverage: ConceptCoverage<OutcomeId | string>): ConceptExplanation => {
    const evidence = evidenceBehind(document, analysis, coverage.matches, 'section');
    return {
      family,
      id: coverage.id,
      label,
      status: coverage.status,
      evidence: strongestLevel(evidence, coverage.matches),
      passages: coverage.matches.slice(0, SHOWN).map((match) => {
        const why = analysis.passageScore(family, coverage.id, match);
        return {
          ...place(match.blockId, match.start, match.end, match.kind, match.matched),
          ...(why ? { score: Math.round(why.score * 100) / 100, terms: why.terms } : {}),
          ...(match.deferred ? { deferred: true as const } : {}),
        };
      }),
      passageCount: coverage.matches.length,
      backing: evidence.slice(0, SHOWN).map((item) => place(item.blockId, item.start, item.end, item.kind, item.text)),
    };
  };
  return {
    documentType: analysis.documentType,
    documentTypeSource: analysis.documentTypeSource,
    paraphrase: { ...PARAPHRASE },
    concepts: [
      ...analysis.outcomes.map((outcome) => concept('outcome', `Outcome ${outcome.id} (${outcomeById(outcome.id)?.shortName ?? ''})`, outcome)),
      ...analysis.principles.map((principle) => concept('principle', `${principle.id} (${principleById(principle.id)?.shortName ?? ''})`, principle)),
    ],
  };
}

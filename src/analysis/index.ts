import type { PlanDocument } from '../document/types.js';
import { PARAPHRASE, type ParaphraseSettings } from './paraphrase.js';
import { runPasses, type AnalysisSettings } from './pass.js';
import { PASSES } from './passes/index.js';
import { conceptIndex } from './relevance.js';
import type { AnalysisReuse } from './reuse.js';
import type { Analysis } from './types.js';

export type { DocumentTypeSettings } from './document-type.js';
export type { AnalysisSettings } from './pass.js';

/**
 * Reads a parsed plan once, pass by pass (passes/index.ts): where each
 * outcome and principle is addressed, which passages are catalogues, what
 * evidence stands where, each concept's verdict under the evidence its rule
 * requires, and what the text shows of the statutory duties. Rules only read
 * the result. `reuse` holds what an earlier lint of the same document kept.
 */
export function analyse(
  document: PlanDocument,
  settings: AnalysisSettings = {},
  paraphrase: ParaphraseSettings = PARAPHRASE,
  reuse?: AnalysisReuse,
): Analysis {
  const found = runPasses(PASSES, { document, settings, paraphrase, ...(reuse ? { reuse } : {}) });
  const { scorer } = found.paraphrase;
  return {
    ...found.documentType,
    requirements: found.verdicts.requirements,
    outcomes: found.verdicts.outcomes,
    principles: found.verdicts.principles,
    references: [...found.references.references],
    quotes: [...found.wording.quotes],
    claims: [...found.claims],
    mappings: found.mappings,
    evidence: found.evidence.byBlock,
    evidenceFor: found.evidence.evidenceFor,
    evidenceAround: found.evidence.evidenceAround,
    passageScore: (family, id, match) => {
      if (match.score !== undefined) return { score: match.score, terms: match.terms ?? [] };
      const passage = scorer.passage(match.blockId, document.blocks[match.blockId]!.text, conceptIndex(family, id));
      return passage && { score: passage.score, terms: passage.terms.map((term) => term.written) };
    },
    ...(found.familySections.outcomes === undefined ? {} : { outcomesSection: found.familySections.outcomes }),
    ...(found.familySections.principles === undefined ? {} : { principlesSection: found.familySections.principles }),
    signals: found.signals,
  };
}

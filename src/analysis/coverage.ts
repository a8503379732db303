import type { PlanDocument } from '../document/types.js';
import type { Analysis, ConceptMatch, CoverageStatus, Evidence, EvidenceLevel, EvidenceScope } from './types.js';
import { EVIDENCE_LEVELS } from './types.js';

export interface EvidenceRequirement {
  scope: EvidenceScope;
  minimum: EvidenceLevel;
}

export const DEFAULT_REQUIREMENT: EvidenceRequirement = { scope: 'section', minimum: 'commitment' };

export interface Backing {
  match: ConceptMatch;
  evidence: Evidence;
}

/** The first addressing passage that has evidence of the required level in its scope. */
export function findBacking(
  document: PlanDocument,
  analysis: Pick<Analysis, 'evidenceFor'>,
  matches: readonly ConceptMatch[],
  requirement: EvidenceRequirement,
): Backing | undefined {
  const floor = EVIDENCE_LEVELS.indexOf(requirement.minimum);
  for (const match of matches) {
    if (match.kind === 'catalogue') continue;
    const sectionIndex = document.blocks[match.blockId]!.sectionIndex;
    const evidence = analysis
      .evidenceFor(sectionIndex, requirement.scope)
      .find((item) => EVIDENCE_LEVELS.indexOf(item.level) >= floor);
    if (evidence) return { match, evidence };
  }
  return undefined;
}

export function statusOf(
  document: PlanDocument,
  analysis: Pick<Analysis, 'evidenceFor'>,
  matches: readonly ConceptMatch[],
  requirement: EvidenceRequirement = DEFAULT_REQUIREMENT,
): CoverageStatus {
  if (matches.length === 0) return 'missing';
  return findBacking(document, analysis, matches, requirement) ? 'evidenced' : 'mentioned';
}

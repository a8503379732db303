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

/** A catalogue entry lists a concept and a deferral puts it off: neither can be backed by evidence near it. */
function backable(match: ConceptMatch): boolean {
  return match.kind !== 'catalogue' && !match.deferred;
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
    if (!backable(match)) continue;
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

/**
 * The evidence in the scopes of the passages that address a concept
 * and can be backed, strongest first, each piece once.
 */
export function evidenceBehind(
  document: PlanDocument,
  analysis: Pick<Analysis, 'evidenceFor'>,
  matches: readonly ConceptMatch[],
  scope: EvidenceScope,
): Evidence[] {
  const sections = new Set(matches.filter(backable).map((match) => document.blocks[match.blockId]!.sectionIndex));
  const found = new Set<Evidence>();
  for (const section of sections) for (const item of analysis.evidenceFor(section, scope)) found.add(item);
  return [...found].sort((a, b) => EVIDENCE_LEVELS.indexOf(b.level) - EVIDENCE_LEVELS.indexOf(a.level) || a.blockId - b.blockId);
}

/**
 * The top of the ladder a concept reaches: its strongest evidence (as
 * `evidenceBehind` gives it, strongest first), else `claim` when the plan
 * tags it by number or with a tick, an assertion of alignment with nothing
 * behind it.
 */
export function strongestLevel(evidence: readonly Evidence[], matches: readonly ConceptMatch[]): EvidenceLevel {
  if (evidence[0]) return evidence[0].level;
  return matches.some((match) => backable(match) && (match.kind === 'reference' || match.kind === 'table')) ? 'claim' : 'none';
}

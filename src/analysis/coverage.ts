import type { PlanDocument } from '../document/types.js';
import type { Analysis, Backing, ConceptCoverage, ConceptMatch, Evidence, EvidenceLevel, EvidenceRequirement, EvidenceScope } from './types.js';
import { EVIDENCE_LEVELS } from './types.js';

/** The evidence rules' default options: what a verdict requires when no rule says otherwise. */
export const DEFAULT_REQUIREMENT: EvidenceRequirement = { within: 'section', minimum: 'commitment' };

type EvidenceSource = Pick<Analysis, 'evidenceFor'>;

/** A catalogue entry lists a concept and a deferral puts it off: neither can be backed by evidence near it. */
function backable(match: ConceptMatch): boolean {
  return match.kind !== 'catalogue' && !match.deferred;
}

/** The first addressing passage that has evidence of the required level in its scope. */
function findBacking(
  document: PlanDocument,
  analysis: EvidenceSource,
  matches: readonly ConceptMatch[],
  requirement: EvidenceRequirement,
): Backing | undefined {
  const floor = EVIDENCE_LEVELS.indexOf(requirement.minimum);
  for (const match of matches) {
    if (!backable(match)) continue;
    const sectionIndex = document.blocks[match.blockId]!.sectionIndex;
    const evidence = analysis.evidenceFor(sectionIndex, requirement.within).find((item) => EVIDENCE_LEVELS.indexOf(item.level) >= floor);
    if (evidence) return { match, evidence };
  }
  return undefined;
}

function backedSections(document: PlanDocument, matches: readonly ConceptMatch[]): Set<number> {
  return new Set(matches.filter(backable).map((match) => document.blocks[match.blockId]!.sectionIndex));
}

/**
 * The evidence in the scopes of the passages that address a concept
 * and can be backed, strongest first, each piece once.
 */
export function evidenceBehind(
  document: PlanDocument,
  analysis: EvidenceSource,
  matches: readonly ConceptMatch[],
  scope: EvidenceScope,
): Evidence[] {
  const found = new Set<Evidence>();
  for (const section of backedSections(document, matches)) for (const item of analysis.evidenceFor(section, scope)) found.add(item);
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
  return claimLevel(matches);
}

function claimLevel(matches: readonly ConceptMatch[]): EvidenceLevel {
  return matches.some((match) => backable(match) && (match.kind === 'reference' || match.kind === 'table')) ? 'claim' : 'none';
}

const TOP = EVIDENCE_LEVELS.length - 1;

/**
 * `strongestLevel` without sorting the evidence: every concept of a plan
 * gets a level, and a concept spoken of in every chapter of a long plan has
 * thousands of pieces of evidence behind it.
 */
function topLevel(document: PlanDocument, analysis: EvidenceSource, matches: readonly ConceptMatch[], scope: EvidenceScope): EvidenceLevel {
  let top = -1;
  for (const section of backedSections(document, matches)) {
    for (const item of analysis.evidenceFor(section, scope)) {
      top = Math.max(top, EVIDENCE_LEVELS.indexOf(item.level));
      if (top === TOP) return 'target';
    }
  }
  return top < 0 ? claimLevel(matches) : EVIDENCE_LEVELS[top]!;
}

/**
 * A concept's one verdict: `missing` with no passage, `evidenced` when a
 * passage that can be backed has evidence of the required level in the
 * required scope, else `mentioned`; with the level it reaches and the
 * evidence behind it.
 */
export function verdict<Id>(
  document: PlanDocument,
  analysis: EvidenceSource,
  id: Id,
  matches: ConceptMatch[],
  requirement: EvidenceRequirement,
): ConceptCoverage<Id> {
  const backing = matches.length === 0 ? undefined : findBacking(document, analysis, matches, requirement);
  let behind: Evidence[] | undefined;
  return {
    id,
    status: matches.length === 0 ? 'missing' : backing ? 'evidenced' : 'mentioned',
    matches,
    requirement,
    ...(backing ? { backing } : {}),
    level: topLevel(document, analysis, matches, requirement.within),
    get evidence() {
      behind ??= evidenceBehind(document, analysis, matches, requirement.within);
      return behind;
    },
  };
}

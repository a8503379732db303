import type { Analysis, Backing, ConceptCoverage, ConceptMatch, Evidence, EvidenceLevel, EvidenceRequirement, EvidenceScope } from './types.js';
import { EVIDENCE_LEVELS } from './types.js';

/** The evidence rules' default options: what a verdict requires when no rule says otherwise. */
export const DEFAULT_REQUIREMENT: EvidenceRequirement = { within: 'section', minimum: 'commitment' };

type EvidenceSource = Pick<Analysis, 'evidenceAround'>;

/** A catalogue entry lists a concept and a deferral puts it off: neither can be backed by evidence near it. */
function backable(match: ConceptMatch): boolean {
  return match.kind !== 'catalogue' && !match.deferred;
}

/** The first addressing passage that has evidence of the required level in its scope. */
function findBacking(
  analysis: EvidenceSource,
  matches: readonly ConceptMatch[],
  requirement: EvidenceRequirement,
): Backing | undefined {
  const floor = EVIDENCE_LEVELS.indexOf(requirement.minimum);
  for (const match of matches) {
    if (!backable(match)) continue;
    const inScope = analysis.evidenceAround(match.blockId, requirement.within);
    const evidence = inScope.find((item) => EVIDENCE_LEVELS.indexOf(item.level) >= floor);
    if (evidence) return { match, evidence };
  }
  return undefined;
}

/** The evidence in the scope of each passage that can be backed; passages sharing a scope share one list. */
function backedScopes(analysis: EvidenceSource, matches: readonly ConceptMatch[], scope: EvidenceScope): Set<readonly Evidence[]> {
  return new Set(matches.filter(backable).map((match) => analysis.evidenceAround(match.blockId, scope)));
}

/**
 * The evidence in the scopes of the passages that address a concept
 * and can be backed, strongest first, each piece once.
 */
export function evidenceBehind(
  analysis: EvidenceSource,
  matches: readonly ConceptMatch[],
  scope: EvidenceScope,
): Evidence[] {
  const found = new Set<Evidence>();
  for (const inScope of backedScopes(analysis, matches, scope)) for (const item of inScope) found.add(item);
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
function topLevel(analysis: EvidenceSource, matches: readonly ConceptMatch[], scope: EvidenceScope): EvidenceLevel {
  let top = -1;
  for (const inScope of backedScopes(analysis, matches, scope)) {
    for (const item of inScope) {
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
  analysis: EvidenceSource,
  id: Id,
  matches: ConceptMatch[],
  requirement: EvidenceRequirement,
): ConceptCoverage<Id> {
  const backing = matches.length === 0 ? undefined : findBacking(analysis, matches, requirement);
  let behind: Evidence[] | undefined;
  return {
    id,
    status: matches.length === 0 ? 'missing' : backing ? 'evidenced' : 'mentioned',
    matches,
    requirement,
    ...(backing ? { backing } : {}),
    level: topLevel(analysis, matches, requirement.within),
    get evidence() {
      behind ??= evidenceBehind(analysis, matches, requirement.within);
      return behind;
    },
  };
}

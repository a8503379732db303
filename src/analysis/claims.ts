import type { Block } from '../document/types.js';
import type { Claim } from './types.js';

/**
 * Assertions of alignment with the outcomes as a whole: "this plan is aligned
 * to the nine national outcomes", "supports National Outcomes 1 to 9". Real
 * plans make them often; they address no outcome in particular (docs/design.md).
 */
const CLAIM = new RegExp(
  String.raw`\b(?:aligned?|aligns|supports?|contribut\w*|deliver\w*|reflects?|meets?|underpinned by|in line with|has regard to|have regard to)\b[^.;]{1,80}?` +
    String.raw`(?:\b(?:all|the|each of the)\s+(?:nine|9)\s+(?:national\s+)?(?:health\s+(?:and|&)\s+well-?being\s+)?outcomes\b|\bnational\s+(?:health\s+(?:and|&)\s+well-?being\s+)?outcomes\s+1\s*(?:to|-|–)\s*9\b|\bthe\s+national\s+(?:health\s+(?:and|&)\s+well-?being\s+)?outcomes\b)`,
  'gi',
);

export function findClaims(block: Block): Claim[] {
  return [...block.text.matchAll(CLAIM)].map((match) => ({ blockId: block.id, start: match.index, end: match.index + match[0].length }));
}

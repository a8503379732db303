import type { ConceptMatch } from '../types.js';

/** Passages found for each concept by one pass, in the order found. */
export type ConceptMatches<Id> = ReadonlyMap<Id, readonly ConceptMatch[]>;

export function addMatch<Id>(found: Map<Id, ConceptMatch[]>, id: Id, match: ConceptMatch): void {
  const list = found.get(id);
  if (list) list.push(match);
  else found.set(id, [match]);
}

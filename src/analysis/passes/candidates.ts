import type { PlanDocument } from '../../document/types.js';
import { PRINCIPLES } from '../../framework/index.js';
import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import { sentenceSpans, type Span } from '../sentences.js';
import type { ConceptMatch } from '../types.js';
import { addMatch, type ConceptMatches } from './matches.js';

export interface CandidatesOutput {
  outcomes: ConceptMatches<OutcomeId>;
  principles: ConceptMatches<string>;
}

/**
 * Every passage found for each concept, strongest kinds first within a
 * block: citations, indicators, wording, phrases, paraphrase, ticks. A
 * mapping grid's header cells are its labels, not passages; a principle gives
 * way where one sentence also speaks for a principle it yields to.
 */
export const candidatesPass = definePass({
  name: 'candidates',
  reads: ['references', 'indicators', 'wording', 'phrases', 'paraphrase', 'tables'],
  run: ({ document }, { references, indicators, wording, phrases, paraphrase, tables }): CandidatesOutput => {
    const ticks = new Map<OutcomeId, ConceptMatch[]>();
    for (const mapping of tables.tables) {
      for (const mark of mapping.marks) addMatch(ticks, mark.outcome, mark.match);
    }
    const outcomes = merge(
      [references.matches, indicators.matches, wording.matches, phrases.outcomes, paraphrase.outcomes, ticks],
      (match) => !tables.labelCells.has(match.blockId),
    );
    const principles = merge([phrases.principles, paraphrase.principles], () => true);
    const cited = [...references.matches.values()].flat().map((match) => match.blockId);
    const naming = new Set([...tables.labelCells, ...wording.quotes.map((quote) => quote.blockId), ...cited]);
    const own = principles.get(RESOURCES) ?? [];
    principles.set(RESOURCES, [...own, ...resourcesOfOutcome9(own, [phrases.outcomes, paraphrase.outcomes], naming)]);
    return { outcomes, principles: yielded(document, principles) };
  },
});

/**
 * Prose about using money, buildings or staff time well addresses outcome 9
 * and the resources principle alike (fixtures/corpus/README.md, convention
 * 3), but the principle's own phrases are abstract: a plan that speaks of
 * efficiencies or financial sustainability found the outcome alone. The
 * principle takes the outcome's phrases and paraphrases in blocks where it
 * has none of its own. Citations, indicators, ticks and a grid's labels name
 * the outcome, not a use of resources, and so do the blocks that cite an
 * outcome ("Outcome 9: best value", an item of an outcome-by-outcome list) or
 * quote the statutory wording (a list of the outcomes).
 */
function resourcesOfOutcome9(
  own: readonly ConceptMatch[],
  sources: readonly ConceptMatches<OutcomeId>[],
  naming: ReadonlySet<number>,
): ConceptMatch[] {
  const covered = new Set(own.map((match) => match.blockId));
  return sources.flatMap((source) => source.get(9) ?? []).filter((match) => !naming.has(match.blockId) && !covered.has(match.blockId));
}

const RESOURCES = 'resources';

function merge<Id>(sources: readonly ConceptMatches<Id>[], keep: (match: ConceptMatch) => boolean): Map<Id, readonly ConceptMatch[]> {
  const merged = new Map<Id, ConceptMatch[]>();
  for (const source of sources) {
    for (const [id, matches] of source) merged.set(id, [...(merged.get(id) ?? []), ...matches.filter(keep)]);
  }
  return merged;
}

/**
 * "The localities have different needs" is about areas, not about different
 * service-users: a principle's passages give way, sentence by sentence, to
 * those of the principles it yields to (principles.json `yieldsTo`).
 */
function yielded(document: PlanDocument, principles: Map<string, readonly ConceptMatch[]>): Map<string, readonly ConceptMatch[]> {
  const sentences = new Map<number, Span[]>();
  const sentenceOf = (match: ConceptMatch) => {
    let spans = sentences.get(match.blockId);
    if (!spans) sentences.set(match.blockId, (spans = sentenceSpans(document.blocks[match.blockId]!.text)));
    return spans.find((span) => match.start >= span.start && match.start < span.end);
  };
  const result = new Map(principles);
  for (const principle of PRINCIPLES) {
    for (const other of principle.yieldsTo ?? []) {
      // The sentences the other principle takes, by block: a long plan has thousands of passages of each.
      const taken = new Map<number, Set<Span | undefined>>();
      for (const claim of result.get(other) ?? []) {
        const sentences = taken.get(claim.blockId) ?? new Set<Span | undefined>();
        sentences.add(sentenceOf(claim));
        taken.set(claim.blockId, sentences);
      }
      const kept = (result.get(principle.id) ?? []).filter((match) => !taken.get(match.blockId)?.has(sentenceOf(match)));
      result.set(principle.id, kept);
    }
  }
  return result;
}

import { PROFILE_PHRASES, PROFILES, type ConceptKey } from './profiles.js';
import type { Token } from './tokens.js';

/** Every concept, in the order of the profiles: outcomes 1–9, then the principles. */
export const CONCEPTS: readonly ConceptKey[] = PROFILES.map((profile) => profile.concept);

export function conceptIndex(family: ConceptKey['family'], id: ConceptKey['id']): number {
  return CONCEPTS.findIndex((concept) => concept.family === family && concept.id === id);
}

/** One word of a passage that speaks for a concept, and how much it adds. */
export interface TermContribution {
  /** The word as first written in the passage. */
  written: string;
  contribution: number;
  /** One of the few words that tell this concept apart from the others. */
  distinctive: boolean;
}

export interface PassageScore {
  /** BM25 over the document's blocks, the concept's profile as the query. */
  score: number;
  /** Largest contribution first. */
  terms: TermContribution[];
  /** Character range from the first matched word to the last. */
  start: number;
  end: number;
}

/** Every concept's score for one block, by index in CONCEPTS, and how many distinctive words each rests on. */
export interface Tally {
  scores: Float64Array;
  distinctive: Uint8Array;
}

// Okapi BM25's usual constants: term frequency saturates quickly, and a long
// block gains less from each word than a short one.
const K1 = 1.2;
const B = 0.75;

interface Holder {
  concept: number;
  weight: number;
  distinctive: boolean;
}

const holdersByTerm = new Map<string, Holder[]>();
PROFILES.forEach((profile, concept) => {
  for (const [term, weight] of profile.weights) {
    const holders = holdersByTerm.get(term) ?? [];
    holders.push({ concept, weight, distinctive: profile.distinctive.has(term) });
    holdersByTerm.set(term, holders);
  }
});

interface Span {
  start: number;
  end: number;
}

/**
 * Where each profile term occurs in a block: phrases as whole sequences, and
 * the stems outside them, so "care homes" is one term and not also "homes".
 */
function termOccurrences(tokens: readonly Token[]): Map<string, Span[]> {
  const occurrences = new Map<string, Span[]>();
  const add = (term: string, span: Span) => {
    const list = occurrences.get(term);
    if (list) list.push(span);
    else occurrences.set(term, [span]);
  };
  // Most blocks hold no profile phrase; their words are all counted singly.
  let phraseEnd = -1;
  const hits = PROFILE_PHRASES.find(tokens);
  let next = 0;
  tokens.forEach((token, index) => {
    while (next < hits.length && hits[next]!.first === index) {
      const hit = hits[next]!;
      add(hit.key, { start: tokens[hit.first]!.start, end: tokens[hit.last]!.end });
      phraseEnd = Math.max(phraseEnd, hit.last);
      next += 1;
    }
    if (index > phraseEnd && holdersByTerm.has(token.stem)) add(token.stem, token);
  });
  return occurrences;
}

/**
 * Scores each block of a document against every concept's profile. A term's
 * weight is its profile weight (how specific it is to the concept) times its
 * BM25 inverse document frequency over the document's blocks, scaled so a
 * term found in one block counts fully: a plan that says "services" in every
 * paragraph learns nothing from the word. natural has TF-IDF but not BM25,
 * and neither gives the per-word contributions `--explain` shows, hence this.
 */
export class PassageScorer {
  private readonly occurrencesOf: Map<string, Span[]>[];
  private readonly blockFrequency = new Map<string, number>();
  private readonly averageLength: number;
  private readonly singleBlockIdf: number;

  constructor(private readonly tokensOf: readonly (readonly Token[])[]) {
    this.occurrencesOf = tokensOf.map(termOccurrences);
    for (const occurrences of this.occurrencesOf) {
      for (const term of occurrences.keys()) this.blockFrequency.set(term, (this.blockFrequency.get(term) ?? 0) + 1);
    }
    const totalLength = tokensOf.reduce((sum, tokens) => sum + tokens.length, 0);
    this.averageLength = Math.max(1, totalLength / Math.max(1, tokensOf.length));
    this.singleBlockIdf = this.idf(1);
  }

  private idf(frequency: number): number {
    const blocks = this.tokensOf.length;
    return Math.log(1 + (blocks - frequency + 0.5) / (frequency + 0.5));
  }

  /** What one occurrence list of a term is worth in a block, before the concept's own weight. */
  private termFactor(blockId: number, term: string, occurrences: number): number {
    const lengthFactor = 1 - B + (B * (this.tokensOf[blockId]?.length ?? 0)) / this.averageLength;
    const rarity = this.idf(this.blockFrequency.get(term) ?? 1) / this.singleBlockIdf;
    return (rarity * occurrences * (K1 + 1)) / (occurrences + K1 * lengthFactor);
  }

  /** Every concept's score for the block: cheap enough to ask of every block. */
  tally(blockId: number): Tally {
    const scores = new Float64Array(CONCEPTS.length);
    const distinctive = new Uint8Array(CONCEPTS.length);
    for (const [term, found] of this.occurrencesOf[blockId] ?? []) {
      const factor = this.termFactor(blockId, term, found.length);
      for (const holder of holdersByTerm.get(term)!) {
        scores[holder.concept]! += holder.weight * factor;
        if (holder.distinctive) distinctive[holder.concept]! += 1;
      }
    }
    return { scores, distinctive };
  }

  /** The full account of one concept in the block: its score and the words it rests on. */
  passage(blockId: number, text: string, concept: number): PassageScore | undefined {
    const passage: PassageScore = { score: 0, terms: [], start: Infinity, end: -Infinity };
    for (const [term, found] of this.occurrencesOf[blockId] ?? []) {
      const holder = holdersByTerm.get(term)!.find((candidate) => candidate.concept === concept);
      if (!holder) continue;
      const contribution = holder.weight * this.termFactor(blockId, term, found.length);
      passage.score += contribution;
      passage.terms.push({ written: text.slice(found[0]!.start, found[0]!.end), contribution, distinctive: holder.distinctive });
      for (const span of found) {
        passage.start = Math.min(passage.start, span.start);
        passage.end = Math.max(passage.end, span.end);
      }
    }
    if (passage.terms.length === 0) return undefined;
    passage.terms.sort((a, b) => b.contribution - a.contribution);
    return passage;
  }
}

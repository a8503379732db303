import { PROFILE_PHRASES, PROFILES, type ConceptKey } from './profiles.js';
import type { Token } from './tokens.js';

/** One word of a passage that speaks for a concept, and how much it adds. */
export interface TermContribution {
  /** A stem, or a phrase's stems joined by spaces. */
  term: string;
  /** The word as first written in the passage. */
  written: string;
  contribution: number;
  /** One of the few words that tell this concept apart from the others. */
  distinctive: boolean;
}

export interface PassageScore {
  concept: ConceptKey;
  /** BM25 over the document's blocks, the concept's profile as the query. */
  score: number;
  /** Largest contribution first. */
  terms: TermContribution[];
  /** Character range from the first matched word to the last. */
  start: number;
  end: number;
}

// Okapi BM25's usual constants: term frequency saturates quickly, and a long
// block gains less from each word than a short one.
const K1 = 1.2;
const B = 0.75;

const profilesByTerm = new Map<string, { concept: ConceptKey; weight: number; distinctive: boolean }[]>();
for (const profile of PROFILES) {
  for (const [term, weight] of profile.weights) {
    const holders = profilesByTerm.get(term) ?? [];
    holders.push({ concept: profile.concept, weight, distinctive: profile.distinctive.has(term) });
    profilesByTerm.set(term, holders);
  }
}

function conceptKeyString(concept: ConceptKey): string {
  return `${concept.family}:${concept.id}`;
}

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
    const list = occurrences.get(term) ?? [];
    list.push(span);
    occurrences.set(term, list);
  };
  const inPhrase = new Set<number>();
  for (const hit of PROFILE_PHRASES.find(tokens)) {
    add(hit.key, { start: tokens[hit.first]!.start, end: tokens[hit.last]!.end });
    for (let index = hit.first; index <= hit.last; index += 1) inPhrase.add(index);
  }
  tokens.forEach((token, index) => {
    if (!inPhrase.has(index) && profilesByTerm.has(token.stem)) add(token.stem, token);
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

  /** Every concept whose profile shares a term with the block, best first. */
  score(blockId: number, text: string): PassageScore[] {
    const length = this.tokensOf[blockId]?.length ?? 0;
    const lengthFactor = 1 - B + (B * length) / this.averageLength;
    const byConcept = new Map<string, PassageScore>();
    for (const [term, found] of this.occurrencesOf[blockId] ?? []) {
      const rarity = this.idf(this.blockFrequency.get(term) ?? 1) / this.singleBlockIdf;
      const saturation = (found.length * (K1 + 1)) / (found.length + K1 * lengthFactor);
      for (const { concept, weight, distinctive } of profilesByTerm.get(term)!) {
        const key = conceptKeyString(concept);
        const entry = byConcept.get(key) ?? { concept, score: 0, terms: [], start: Infinity, end: -Infinity };
        const contribution = weight * rarity * saturation;
        entry.score += contribution;
        entry.terms.push({ term, written: text.slice(found[0]!.start, found[0]!.end), contribution, distinctive });
        entry.start = Math.min(entry.start, ...found.map((span) => span.start));
        entry.end = Math.max(entry.end, ...found.map((span) => span.end));
        byConcept.set(key, entry);
      }
    }
    for (const entry of byConcept.values()) entry.terms.sort((a, b) => b.contribution - a.contribution);
    return [...byConcept.values()].sort((a, b) => b.score - a.score);
  }
}

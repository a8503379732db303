import { PROFILE_PHRASES, PROFILES, type ConceptKey } from './profiles.js';
import { GrowingInts } from './growing-ints.js';
import { tokenize, type Tokens } from './tokens.js';

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

/** The profiles' terms by number, so a block's tally is kept as numbers. */
const TERMS = [...holdersByTerm.keys()];
const termNumber = new Map(TERMS.map((term, index) => [term, index]));
const HOLDERS = TERMS.map((term) => holdersByTerm.get(term)!);

interface Span {
  start: number;
  end: number;
}

/**
 * Each profile term in a block, in order: phrases as whole sequences, and
 * the stems outside them, so "care homes" is one term and not also "homes".
 */
function visitTerms(tokens: Tokens, visit: (term: string, start: number, end: number) => void): void {
  // Most blocks hold no profile phrase; their words are all counted singly.
  let phraseEnd = -1;
  const hits = PROFILE_PHRASES.find(tokens);
  let next = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    while (next < hits.length && hits[next]!.first === index) {
      const hit = hits[next]!;
      visit(hit.key, tokens.start(hit.first), tokens.end(hit.last));
      phraseEnd = Math.max(phraseEnd, hit.last);
      next += 1;
    }
    const stem = tokens.stem(index);
    if (index > phraseEnd && holdersByTerm.has(stem)) visit(stem, tokens.start(index), tokens.end(index));
  }
}

/** Where each profile term occurs in a block, terms in the order first found. */
function termOccurrences(tokens: Tokens): Map<string, Span[]> {
  const occurrences = new Map<string, Span[]>();
  visitTerms(tokens, (term, start, end) => {
    const list = occurrences.get(term);
    if (list) list.push({ start, end });
    else occurrences.set(term, [{ start, end }]);
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
 *
 * A tally needs only how often each term occurs in the block; those counts
 * are kept for every block, flat, in the order the terms are first found
 * (the order their contributions are added in). Where they occur is worked
 * out again for the few passages explained: a list of places for every term
 * of every block held some 100 MB at the size cap.
 */
export class PassageScorer {
  /** Block b's terms and their counts are at [termStart[b], termStart[b + 1]). */
  private readonly termStart: Int32Array;
  private readonly terms: Int32Array;
  private readonly counts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly blockFrequency = new Int32Array(TERMS.length);
  private readonly averageLength: number;
  private readonly singleBlockIdf: number;

  constructor(tokensOf: readonly Tokens[]) {
    const terms = new GrowingInts();
    const counts = new GrowingInts();
    const found = new Int32Array(TERMS.length);
    const order: number[] = [];
    this.termStart = new Int32Array(tokensOf.length + 1);
    this.lengths = new Int32Array(tokensOf.length);
    tokensOf.forEach((tokens, blockId) => {
      visitTerms(tokens, (term) => {
        const number = termNumber.get(term)!;
        if (found[number] === 0) order.push(number);
        found[number]! += 1;
      });
      for (const number of order) {
        terms.push(number);
        counts.push(found[number]!);
        this.blockFrequency[number]! += 1;
        found[number] = 0;
      }
      order.length = 0;
      this.termStart[blockId + 1] = terms.length;
      this.lengths[blockId] = tokens.length;
    });
    this.terms = terms.values();
    this.counts = counts.values();
    const totalLength = tokensOf.reduce((sum, tokens) => sum + tokens.length, 0);
    this.averageLength = Math.max(1, totalLength / Math.max(1, tokensOf.length));
    this.singleBlockIdf = this.idf(1);
  }

  private idf(frequency: number): number {
    const blocks = this.lengths.length;
    return Math.log(1 + (blocks - frequency + 0.5) / (frequency + 0.5));
  }

  /** What one occurrence list of a term is worth in a block, before the concept's own weight. */
  private termFactor(blockId: number, term: number, occurrences: number): number {
    return this.factorAtLength(this.lengths[blockId] ?? 0, term, occurrences);
  }

  private factorAtLength(length: number, term: number, occurrences: number): number {
    const lengthFactor = 1 - B + (B * length) / this.averageLength;
    const rarity = this.idf(this.blockFrequency[term] || 1) / this.singleBlockIdf;
    return (rarity * occurrences * (K1 + 1)) / (occurrences + K1 * lengthFactor);
  }

  /** Every concept's score for the block: cheap enough to ask of every block. */
  tally(blockId: number): Tally {
    const scores = new Float64Array(CONCEPTS.length);
    const distinctive = new Uint8Array(CONCEPTS.length);
    const end = this.termStart[blockId + 1] ?? 0;
    for (let entry = this.termStart[blockId] ?? 0; entry < end; entry += 1) {
      const term = this.terms[entry]!;
      const factor = this.termFactor(blockId, term, this.counts[entry]!);
      for (const holder of HOLDERS[term]!) {
        scores[holder.concept]! += holder.weight * factor;
        if (holder.distinctive) distinctive[holder.concept]! += 1;
      }
    }
    return { scores, distinctive };
  }

  /**
   * Every concept's score for several blocks read as one passage (a list and
   * its lead-in): their words counted together, as in one block of their
   * combined length, so a word repeated item after item still saturates
   * and a long list's few words on a concept are as diluted as in a long
   * paragraph.
   */
  tallyPassage(blockIds: readonly number[]): Tally {
    const counts = new Map<number, number>();
    let length = 0;
    for (const blockId of blockIds) {
      length += this.lengths[blockId] ?? 0;
      const end = this.termStart[blockId + 1] ?? 0;
      for (let entry = this.termStart[blockId] ?? 0; entry < end; entry += 1) {
        const term = this.terms[entry]!;
        counts.set(term, (counts.get(term) ?? 0) + this.counts[entry]!);
      }
    }
    const scores = new Float64Array(CONCEPTS.length);
    const distinctive = new Uint8Array(CONCEPTS.length);
    for (const [term, occurrences] of counts) {
      const factor = this.factorAtLength(length, term, occurrences);
      for (const holder of HOLDERS[term]!) {
        scores[holder.concept]! += holder.weight * factor;
        if (holder.distinctive) distinctive[holder.concept]! += 1;
      }
    }
    return { scores, distinctive };
  }

  /** The full account of one concept in the block (whose text is given): its score and the words it rests on. */
  passage(blockId: number, text: string, concept: number): PassageScore | undefined {
    const passage: PassageScore = { score: 0, terms: [], start: Infinity, end: -Infinity };
    for (const [term, found] of termOccurrences(tokenize(text))) {
      const holder = holdersByTerm.get(term)!.find((candidate) => candidate.concept === concept);
      if (!holder) continue;
      const contribution = holder.weight * this.termFactor(blockId, termNumber.get(term)!, found.length);
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

import { phraseStems, type Tokens } from './tokens.js';

export interface PhraseEntry<Key> {
  key: Key;
  phrase: string;
  stems: string[];
}

export interface PhraseHit<Key> {
  key: Key;
  phrase: string;
  /** Token range [first, last] in the token list. */
  first: number;
  last: number;
}

/**
 * Multi-word phrases indexed by their first stem, so a block is scanned once
 * whatever the number of concepts and phrases.
 */
export class PhraseIndex<Key> {
  private readonly byFirstStem = new Map<string, PhraseEntry<Key>[]>();

  constructor(entries: Iterable<{ key: Key; phrase: string }>) {
    for (const { key, phrase } of entries) {
      const stems = phraseStems(phrase);
      const first = stems[0];
      if (first === undefined) continue;
      const bucket = this.byFirstStem.get(first) ?? [];
      bucket.push({ key, phrase, stems });
      this.byFirstStem.set(first, bucket);
    }
    // Longest first, so "unpaid carers" wins over "carers" at the same place.
    for (const bucket of this.byFirstStem.values()) bucket.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Every place a phrase occurs; at one place, only the longest phrase of each key. */
  find(tokens: Tokens): PhraseHit<Key>[] {
    const hits: PhraseHit<Key>[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const bucket = this.byFirstStem.get(tokens.stem(i));
      if (!bucket) continue;
      const seen = new Set<Key>();
      for (const entry of bucket) {
        if (seen.has(entry.key) || !matchesAt(tokens, i, entry.stems)) continue;
        seen.add(entry.key);
        hits.push({ key: entry.key, phrase: entry.phrase, first: i, last: i + entry.stems.length - 1 });
      }
    }
    return hits;
  }
}

function matchesAt(tokens: Tokens, at: number, stems: readonly string[]): boolean {
  if (at + stems.length > tokens.length) return false;
  return stems.every((stem, offset) => tokens.stem(at + offset) === stem);
}

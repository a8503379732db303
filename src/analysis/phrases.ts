import { phraseStems, stem, type Tokens } from './tokens.js';

export interface PhraseEntry<Key> {
  key: Key;
  phrase: string;
  stems: string[];
  /** The first word must be a possessive, as in "people's rights" for "rights of people". */
  possessive?: boolean;
  /** A verb and its object, as in "improve health" for "health improvement": the object may not go on with "of". */
  verbal?: boolean;
}

export interface PhraseHit<Key> {
  key: Key;
  phrase: string;
  /** Token range [first, last] in the token list. */
  first: number;
  last: number;
}

/** Whether the word at a position may stand between a phrase's words without changing what it says. */
export type FillerTest = (index: number) => boolean;

/**
 * Words a plan puts between a phrase's words at will: "best use of our
 * resources", "use the resources" and "use of available resources" say one
 * thing. In a phrase of the vocabulary they are optional, in a passage up to
 * MAX_FILLERS of them may stand in each gap.
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  ['the', 'a', 'an', 'our', 'their', 'its', 'your', 'his', 'her', 'each', 'every', 'all', 'available'].map(stem),
);
const MAX_FILLERS = 2;
const OF = stem('of');
/** A noun made from a verb, which Porter stems as the verb: prevention, improvement, assurance. */
const NOMINAL = /\w(?:tion|sion|ment|ance|ence)$/;

/**
 * Multi-word phrases indexed by their first stem, so a block is scanned once
 * whatever the number of concepts and phrases. With `fillers`, phrases are
 * matched by their content words (see DETERMINERS), and "rights of people"
 * also matches "people's rights": one entry stands for the variants a plan
 * may write, rather than one entry each.
 */
export class PhraseIndex<Key> {
  private readonly byFirstStem = new Map<string, PhraseEntry<Key>[]>();

  constructor(
    entries: Iterable<{ key: Key; phrase: string }>,
    private readonly fillers = false,
  ) {
    for (const { key, phrase } of entries) {
      for (const { stems, possessive, verbal } of this.variants(phrase)) {
        const first = stems[0];
        if (first === undefined) continue;
        const bucket = this.byFirstStem.get(first) ?? [];
        bucket.push({ key, phrase, stems, possessive, verbal });
        this.byFirstStem.set(first, bucket);
      }
    }
    // Longest first, so "unpaid carers" wins over "carers" at the same place.
    for (const bucket of this.byFirstStem.values()) bucket.sort((a, b) => b.stems.length - a.stems.length);
  }

  private variants(phrase: string): { stems: string[]; possessive?: boolean; verbal?: boolean }[] {
    const stems = phraseStems(phrase);
    if (!this.fillers) return [{ stems }];
    const content = stems.filter((word) => !DETERMINERS.has(word));
    if (content.length === 0) return [{ stems }];
    const [head, second, third] = content;
    if (content.length === 3 && second === OF) {
      // "rights of people" is also "people's rights"; not "people rights", as "care experience" is not "experience of care".
      return [{ stems: content }, { stems: [third!, head!], possessive: true }];
    }
    if (content.length === 2 && NOMINAL.test(phrase)) {
      // "falls prevention" is also "preventing falls", "health improvement" "improve their health";
      // "improve the quality of life" is not "quality improvement", so the object may not go on with "of".
      return [{ stems: content }, { stems: [second!, head!], verbal: true }];
    }
    return [{ stems: content }];
  }

  /**
   * Every place a phrase occurs; at one place, only the longest phrase of each
   * key. `isFiller` says which words may stand in a phrase's gaps; by default
   * determiners do.
   */
  find(tokens: Tokens, isFiller: FillerTest = (index) => DETERMINERS.has(tokens.stem(index))): PhraseHit<Key>[] {
    const hits: PhraseHit<Key>[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const bucket = this.byFirstStem.get(tokens.stem(i));
      if (!bucket) continue;
      const seen = new Set<Key>();
      for (const entry of bucket) {
        if (seen.has(entry.key)) continue;
        if (entry.possessive && !isFiller(i)) continue;
        const last = this.fillers ? matchWithFillers(tokens, i, entry.stems, isFiller) : matchesAt(tokens, i, entry.stems);
        if (last < 0 || (entry.verbal && last + 1 < tokens.length && tokens.stem(last + 1) === OF)) continue;
        seen.add(entry.key);
        hits.push({ key: entry.key, phrase: entry.phrase, first: i, last });
      }
    }
    return hits;
  }
}

/** The position of the phrase's last word if it occurs at `at` word for word, else -1. */
function matchesAt(tokens: Tokens, at: number, stems: readonly string[]): number {
  if (at + stems.length > tokens.length) return -1;
  return stems.every((stem, offset) => tokens.stem(at + offset) === stem) ? at + stems.length - 1 : -1;
}

/** As matchesAt, letting up to MAX_FILLERS filler words stand in each gap between the phrase's words. */
function matchWithFillers(tokens: Tokens, at: number, stems: readonly string[], isFiller: FillerTest): number {
  let position = at;
  for (let word = 1; word < stems.length; word += 1) {
    position += 1;
    let skipped = 0;
    while (position < tokens.length && tokens.stem(position) !== stems[word] && skipped < MAX_FILLERS && isFiller(position)) {
      position += 1;
      skipped += 1;
    }
    if (position >= tokens.length || tokens.stem(position) !== stems[word]) return -1;
  }
  return position;
}

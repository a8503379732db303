import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import startupStems from './stems.json' with { type: 'json' };

/** Stems and offsets of words, one entry a word, shared by the token lists of many blocks. */
interface WordTable {
  stems: string[];
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The words of a text, each a Porter stem of the lower-cased word and its
 * offsets, read by position. A plan at the size cap has some three million
 * words: one object each held 210 MB through the whole analysis, where the
 * flat table every block's list points into holds about 50 MB.
 */
export class Tokens {
  constructor(
    private readonly table: WordTable,
    private readonly first: number,
    readonly length: number,
  ) {}

  stem(index: number): string {
    return this.table.stems[this.first + index]!;
  }

  start(index: number): number {
    return this.table.starts[this.first + index]!;
  }

  end(index: number): number {
    return this.table.ends[this.first + index]!;
  }

  /** Every stem, in order. */
  stems(): string[] {
    return this.table.stems.slice(this.first, this.first + this.length);
  }

  /**
   * The words wholly inside text[start, end), as a range of positions [from,
   * to): words are in order and do not overlap, so they are a run.
   */
  within(start: number, end: number): { from: number; to: number } {
    const from = this.firstIndex((index) => this.start(index) >= start);
    return { from, to: Math.max(from, this.firstIndex((index) => this.end(index) > end)) };
  }

  /** The first position where `past` holds, given that it holds from there on; the length if nowhere. */
  private firstIndex(past: (index: number) => boolean): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (past(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

// "&" is a word so that "health & social care" reads as "health and social care".
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|&/gu;

/**
 * Plans repeat a small vocabulary many times; stemming each word (as written)
 * once pays. The cache starts with the words the framework's profiles and
 * phrase lists stem as the analysis loads, stemmed when planlint is built
 * (`npm run stems` writes stems.json; a test keeps it true): stemming them on
 * every start was a tenth of a short plan's lint.
 */
const stemCache = new Map<string, string>(Object.entries(startupStems.words));

/** The framework's phrases as stem sequences, likewise worked out when planlint is built. */
const phraseCache = new Map<string, readonly string[]>(Object.entries(startupStems.phrases));

/**
 * Spellings that plans use interchangeably (docs/statute.md: "well-being",
 * "long-term"); folded before stemming so each pair stems alike.
 */
const SPELLINGS: Record<string, string> = {
  'well-being': 'wellbeing',
  'long-term': 'long term',
  'co-ordinated': 'coordinated',
  'co-production': 'coproduction',
  'co-produce': 'coproduce',
  'co-produced': 'coproduced',
};

/**
 * Words Porter stems onto a commoner word with another meaning: "localities"
 * (the statutory areas of s29(3)) would otherwise match every "local"; a
 * "consultant" is a senior doctor, not a consultation of the public (s32);
 * a plan's "values" are its own, not value for money; and "the right care at
 * the right time" or "get it right" says nothing of people's rights (s31).
 */
const UNSTEMMED: Record<string, string> = {
  locality: 'locality',
  localities: 'locality',
  consultant: 'consultant',
  consultants: 'consultant',
  values: 'values',
  rights: 'rights',
  // Porter makes "one" the preposition "on": "one assessment" would be "assessment on".
  one: 'one',
};

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemAfresh(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Longer than any word of English (the longest in the big dictionaries has 45 letters): a run of digits or
 * letters this long is kept as written, since the Porter stemmer's patterns take time quadratic in a word's
 * length (a minute for a 150 kB run of consonants).
 */
const MAX_STEMMED_LENGTH = 64;

/** The stem of a word as written, worked out without the cache. */
export function stemAfresh(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (lower.length > MAX_STEMMED_LENGTH) return lower;
  return word === '&' ? 'and' : (UNSTEMMED[lower] ?? PorterStemmer.stem(lower.replace(/'s$/, '')));
}

/**
 * Empties the caches and returns a view of them, so that the build can see
 * which words and phrases the analysis stems as it loads (scripts/stem-table.ts).
 */
export function watchStems(): { words: ReadonlyMap<string, string>; phrases: ReadonlyMap<string, readonly string[]> } {
  stemCache.clear();
  phraseCache.clear();
  return { words: stemCache, phrases: phraseCache };
}

/**
 * Words of a text with their offsets. Hyphenated spellings listed above are
 * folded in place, so offsets still point into the original text.
 */
export function tokenize(text: string): Tokens {
  const words = new WordList();
  words.read(text);
  const table = newTable(words.length);
  words.copyTo(table, 0);
  return new Tokens(table, 0, words.length);
}

/** Words a table holds: a block's words stay in one table, so a table is this long or as long as one block's words. */
const TABLE_WORDS = 1 << 16;

/**
 * The words of each text, in tables of fixed size filled in turn: a
 * document's blocks are tokenized together. Filling tables that are never
 * resized keeps the tokenizing of a plan at the size cap from copying
 * growing arrays, which cost as much memory again as the words themselves.
 */
export function tokenizeAll(texts: readonly string[]): Tokens[] {
  const words = new WordList();
  let table = newTable(0);
  let used = 0;
  return texts.map((text) => {
    words.read(text);
    if (used + words.length > table.starts.length) {
      table = newTable(Math.max(TABLE_WORDS, words.length));
      used = 0;
    }
    words.copyTo(table, used);
    used += words.length;
    return new Tokens(table, used - words.length, words.length);
  });
}

function newTable(size: number): WordTable {
  return { stems: new Array<string>(size), starts: new Int32Array(size), ends: new Int32Array(size) };
}

/** The words of one text, read into arrays used again for the next. */
class WordList {
  private readonly stems: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  get length(): number {
    return this.stems.length;
  }

  read(text: string): void {
    this.stems.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    for (const match of foldSpellings(text).matchAll(WORD)) {
      this.stems.push(stem(match[0]));
      this.starts.push(match.index);
      this.ends.push(match.index + match[0].length);
    }
  }

  copyTo(table: WordTable, at: number): void {
    this.stems.forEach((stem, index) => {
      table.stems[at + index] = stem;
      table.starts[at + index] = this.starts[index]!;
      table.ends[at + index] = this.ends[index]!;
    });
  }
}

/** Same length as the input, so offsets survive: hyphens become spaces or vanish into padding. */
function foldSpellings(text: string): string {
  return text.replace(/\b(?:well|long|co)-(?:being|term|ordinated|production|produced?)\b/gi, (written) => {
    const canonical = SPELLINGS[written.toLowerCase()];
    if (!canonical) return written;
    return canonical.length === written.length ? canonical : canonical.padEnd(written.length, ' ');
  });
}

/** Stems of a phrase as a sequence, for matching against a block's tokens. */
export function phraseStems(phrase: string): string[] {
  let stems = phraseCache.get(phrase);
  if (stems === undefined) phraseCache.set(phrase, (stems = tokenize(phrase).stems()));
  return [...stems];
}

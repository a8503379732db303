import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import startupStems from './stems.json' with { type: 'json' };

export interface Token {
  /** Porter stem of the lower-cased word. */
  stem: string;
  start: number;
  end: number;
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
const stemCache = new Map<string, string>(Object.entries(startupStems));

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
 * (the statutory areas of s29(3)) would otherwise match every "local".
 */
const UNSTEMMED: Record<string, string> = {
  locality: 'locality',
  localities: 'locality',
};

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemAfresh(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** The stem of a word as written, worked out without the cache. */
export function stemAfresh(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return word === '&' ? 'and' : (UNSTEMMED[lower] ?? PorterStemmer.stem(lower.replace(/'s$/, '')));
}

/**
 * Empties the cache and returns a view of it, so that the build can see which
 * words the analysis stems as it loads (scripts/stem-table.ts).
 */
export function watchStems(): ReadonlyMap<string, string> {
  stemCache.clear();
  return stemCache;
}

/**
 * Words of a text with their offsets. Hyphenated spellings listed above are
 * folded in place, so offsets still point into the original text.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const folded = foldSpellings(text);
  for (const match of folded.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ stem: stem(match[0]), start, end: start + match[0].length });
  }
  return tokens;
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
  return tokenize(phrase).map((token) => token.stem);
}

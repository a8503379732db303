import stopwords from 'natural/lib/natural/util/stopwords.js';
import { OUTCOMES, PRINCIPLES } from '../framework/index.js';
import type { OutcomeId } from '../framework/types.js';
import { PhraseIndex } from './phrases.js';
import { phraseStems, tokenize } from './tokens.js';

/** Which family a concept belongs to, and its id there. */
export type ConceptKey = { family: 'outcome'; id: OutcomeId } | { family: 'principle'; id: string };

/** A concept as a bag of terms (stems and phrases), each weighted by how much it alone says about the concept. */
export interface Profile {
  concept: ConceptKey;
  weights: ReadonlyMap<string, number>;
  /** Terms of its own vocabulary that few other concepts share: the words that tell it apart. */
  distinctive: ReadonlySet<string>;
}

// natural's list lacks some function words that the "what people can expect" statements use often.
const STOPWORDS = new Set([...stopwords.words, 'us', 'will', 'can', 'may', 'every', 'everyone', 'anyone', 'someone', '&']);

/** Held by at most this many concepts, a stem of a concept's vocabulary is distinctive of it. */
const DISTINCTIVE_HOLDERS = 3;

/**
 * Words that appear only in the statutory sentences and the "what people can
 * expect" statements ("able", "things", "feel") are there for grammar more
 * than meaning; they count for half.
 */
const SENTENCE_ONLY_WEIGHT = 0.5;

function contentStems(text: string): string[] {
  const tokens = tokenize(text);
  const stems: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const stem = tokens.stem(index);
    if (!STOPWORDS.has(text.slice(tokens.start(index), tokens.end(index)).toLowerCase()) && stem.length > 1 && !/^\d+$/.test(stem)) stems.push(stem);
  }
  return stems;
}

/** Each multi-word term of the profiles, with a phrase it was written as. */
const phraseOfTerm = new Map<string, string>();

/** A term of a profile: one stem, or the stems of a phrase joined by spaces. */
function termsOf(entries: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const entry of entries) {
    const term = phraseStems(entry).join(' ');
    if (term.includes(' ')) phraseOfTerm.set(term, entry);
    if (term) terms.add(term);
  }
  return terms;
}

interface Bag {
  concept: ConceptKey;
  /** Its names, phrases and vocabulary, each a term whole: "short breaks" is not "short". */
  vocabulary: Set<string>;
  /** Content words of its statutory wording and of the statements of what people can expect. */
  sentences: Set<string>;
}

/**
 * Profiles built from everything the framework says of each concept. A term
 * that many concepts share ("people", "services", "support") tells them
 * apart poorly, so each weighs ln(1 + concepts / concepts holding it):
 * inverse concept frequency, the IDF of a collection whose documents are the
 * profiles.
 */
function buildProfiles(): Profile[] {
  const bags: Bag[] = [
    ...OUTCOMES.map((outcome) => ({
      concept: { family: 'outcome', id: outcome.id } as const,
      vocabulary: termsOf([outcome.shortName, ...outcome.phrases, ...outcome.vocabulary]),
      sentences: new Set([outcome.wording, ...outcome.variants, ...outcome.expectations].flatMap(contentStems)),
    })),
    ...PRINCIPLES.map((principle) => ({
      concept: { family: 'principle', id: principle.id } as const,
      vocabulary: termsOf([principle.shortName, ...principle.phrases, ...principle.vocabulary]),
      sentences: new Set(contentStems(principle.wording)),
    })),
  ];
  const holders = new Map<string, number>();
  for (const bag of bags) {
    for (const term of new Set([...bag.vocabulary, ...bag.sentences])) holders.set(term, (holders.get(term) ?? 0) + 1);
  }
  return bags.map(({ concept, vocabulary, sentences }) => {
    const weights = new Map<string, number>();
    for (const term of new Set([...vocabulary, ...sentences])) {
      const specificity = Math.log(1 + bags.length / holders.get(term)!);
      weights.set(term, vocabulary.has(term) ? specificity : specificity * SENTENCE_ONLY_WEIGHT);
    }
    const distinctive = new Set([...vocabulary].filter((term) => holders.get(term)! <= DISTINCTIVE_HOLDERS));
    return { concept, weights, distinctive };
  });
}

export const PROFILES: readonly Profile[] = buildProfiles();

/** The profiles' multi-word terms, found in a block as sequences of stems. */
export const PROFILE_PHRASES = new PhraseIndex<string>([...phraseOfTerm].map(([term, phrase]) => ({ key: term, phrase })));

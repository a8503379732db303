import { sentenceSpans, type Span } from './sentences.js';

/**
 * Sentences that say the evidence is not there: "we have not yet developed a
 * carers strategy", "NI-9 is not available", "a target will follow". The
 * indicator or date they name is what is missing, not what is shown.
 */
const ABSENT =
  /\b(?:not yet|have not|has not|had not|are not|is not|was not|were not|will not|cannot|no \w+(?: \w+)? (?:has|have) been|(?:will|to) follow|to be (?:confirmed|agreed|decided|developed|set|determined)|in due course|tb[cd])\b/i;

/**
 * Sentences that put the provision itself off: a plan that "has not yet
 * developed a carers strategy" mentions carers but does nothing for them yet.
 * Narrower than ABSENT, because "carers are not always recognised" is still
 * about carers and may well be backed by what follows.
 */
const DEFERRED =
  /\b(?:not yet|(?:have|has|had) not (?:yet )?(?:been )?\w+ed|no \w+(?: \w+)? (?:has|have) (?:yet )?been|(?:will|to) follow|to be (?:developed|agreed|confirmed|decided|determined|set)|in due course|at a later (?:date|stage))\b/i;

function sentencesMatching(text: string, pattern: RegExp): Span[] {
  return sentenceSpans(text).filter((span) => pattern.test(text.slice(span.start, span.end)));
}

export function absentSentences(text: string): Span[] {
  return sentencesMatching(text, ABSENT);
}

export function deferredSentences(text: string): Span[] {
  return sentencesMatching(text, DEFERRED);
}

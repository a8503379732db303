import type { OtherSenses } from '../framework/types.js';
import { DETERMINERS } from './phrases.js';
import { stem, type Tokens } from './tokens.js';

/**
 * Nouns that end the name of a body, a scheme or a post: "Carers Support
 * Group", "Public Protection Committee", "Dementia Nurse Lead". Real plans
 * cite such bodies as reporting lines and list such posts among their staff,
 * which says nothing of the concept their name carries.
 */
const NAME_HEADS = new Set([
  'Committee', 'Committees', 'Group', 'Groups', 'Board', 'Boards', 'Policy', 'Policies', 'Programme', 'Programmes',
  'Service', 'Services', 'Team', 'Teams', 'Centre', 'Centres', 'Forum', 'Forums', 'Network', 'Networks', 'Fund',
  'Funds', 'Officer', 'Officers', 'Manager', 'Managers', 'Lead', 'Leads', 'Worker', 'Workers',
]);

/** Small words that a capitalised name keeps in lower case ("Chief Officer for Health and Social Care", "Dignity at Work"). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'at', 'to', 'with', '&']);

/** What may stand between two words of one name. */
const WITHIN_NAME = /^[ \t]+$/;

/**
 * Whether the words [first, last] of a block are part of a proper name rather
 * than a statement about their subject: followed by a name's head noun, or
 * inside a longer run of capitalised words that is not a heading's title case.
 * Such a phrase does not address its concept on its own.
 */
export function isInName(text: string, tokens: Tokens, first: number, last: number, heading: boolean): boolean {
  const word = (index: number): string => text.slice(tokens.start(index), tokens.end(index));
  const joined = (left: number): boolean => WITHIN_NAME.test(text.slice(tokens.end(left), tokens.start(left + 1)));
  if (last + 1 < tokens.length && joined(last) && NAME_HEADS.has(word(last + 1))) return true;
  if (heading) return false;
  const capital = (index: number): boolean => /^\p{Lu}/u.test(word(index));
  if (namesSomething(tokens.length, word, joined, capital, first, last)) return true;
  for (let index = first; index <= last; index += 1) {
    if (!capital(index) && !NAME_JOINERS.has(word(index))) return false;
  }
  if (!capital(first) || !capital(last)) return false;
  const after = last + 1 < tokens.length && joined(last) && capital(last + 1);
  const before = first > 0 && joined(first - 1) && capital(first - 1) && !startsSentence(text, tokens, first - 1);
  return after || before;
}

/**
 * Employers and councils write a policy's or a service's name in title case
 * and its head noun in lower case: "the Council's Dignity at Work policy",
 * "the Care at Home service". A run of two or more capitalised words through
 * the phrase, ending in such a head, is a name; one capitalised word before a
 * head ("Prevention services will grow") is only a sentence's first word.
 */
function namesSomething(
  count: number,
  word: (index: number) => string,
  joined: (left: number) => boolean,
  capital: (index: number) => boolean,
  first: number,
  last: number,
): boolean {
  const inRun = (index: number): boolean => capital(index) || NAME_JOINERS.has(word(index));
  let start = first;
  while (start > 0 && joined(start - 1) && capital(start - 1)) start -= 1;
  let end = last;
  while (end + 1 < count && joined(end) && inRun(end + 1)) end += 1;
  while (end > last && !capital(end)) end -= 1;
  if (end + 1 >= count || !joined(end) || !NAME_HEADS.has(capitalised(word(end + 1)))) return false;
  let capitals = 0;
  for (let index = start; index <= end; index += 1) {
    if (!inRun(index)) return false;
    if (capital(index)) capitals += 1;
  }
  return capitals >= 2;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A sentence's first word is capitalised whatever it is. */
function startsSentence(text: string, tokens: Tokens, index: number): boolean {
  const preceding = text.slice(index === 0 ? 0 : tokens.end(index - 1), tokens.start(index));
  return index === 0 || /[.!?:;•]\s*$|\n(?<!\n[^\S\n]*\n)\s*(?:[-*•–]\s*)?$/u.test(preceding);
}

/** Words that may stand between a phrase and its object: "prevention of the fraud". */
const OBJECT_GAP: ReadonlySet<string> = new Set([...DETERMINERS, stem('of')]);
const MAX_OBJECT_GAP = 2;

/** A concept's sense-changing words (src/framework/*.json `otherSenses`), stemmed. */
export class SenseModifiers {
  private readonly before: ReadonlySet<string>;
  private readonly after: ReadonlySet<string>;

  constructor(senses: OtherSenses | undefined) {
    this.before = new Set((senses?.before ?? []).map(stem));
    this.after = new Set((senses?.after ?? []).map(stem));
  }

  /**
   * Whether a word just before or just after the words [first, last] gives
   * them another sense. A word that qualifies the phrase from before also
   * does so as its object after it, past "of" and determiners: "prevention
   * of fraud" and "to prevent an overspend" are "fraud prevention".
   */
  changeSense(tokens: Tokens, first: number, last: number): boolean {
    if (first > 0 && this.before.has(tokens.stem(first - 1))) return true;
    if (last + 1 < tokens.length && this.after.has(tokens.stem(last + 1))) return true;
    let next = last + 1;
    while (next < tokens.length && next <= last + MAX_OBJECT_GAP && OBJECT_GAP.has(tokens.stem(next))) next += 1;
    return next > last + 1 && next < tokens.length && this.before.has(tokens.stem(next));
  }
}

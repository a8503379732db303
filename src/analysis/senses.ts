import type { OtherSenses } from '../framework/types.js';
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

/** Small words that a capitalised name keeps in lower case ("Chief Officer for Health and Social Care"). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']);

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
  for (let index = first; index <= last; index += 1) {
    if (!capital(index) && !NAME_JOINERS.has(word(index))) return false;
  }
  if (!capital(first) || !capital(last)) return false;
  const after = last + 1 < tokens.length && joined(last) && capital(last + 1);
  const before = first > 0 && joined(first - 1) && capital(first - 1) && !startsSentence(text, tokens, first - 1);
  return after || before;
}

/** A sentence's first word is capitalised whatever it is. */
function startsSentence(text: string, tokens: Tokens, index: number): boolean {
  const preceding = text.slice(index === 0 ? 0 : tokens.end(index - 1), tokens.start(index));
  return index === 0 || /[.!?:;•]\s*$|\n(?<!\n[^\S\n]*\n)\s*(?:[-*•–]\s*)?$/u.test(preceding);
}

/** A concept's sense-changing words (src/framework/*.json `otherSenses`), stemmed. */
export class SenseModifiers {
  private readonly before: ReadonlySet<string>;
  private readonly after: ReadonlySet<string>;

  constructor(senses: OtherSenses | undefined) {
    this.before = new Set((senses?.before ?? []).map(stem));
    this.after = new Set((senses?.after ?? []).map(stem));
  }

  /** Whether a word just before or just after the words [first, last] gives them another sense. */
  changeSense(tokens: Tokens, first: number, last: number): boolean {
    return (first > 0 && this.before.has(tokens.stem(first - 1))) || (last + 1 < tokens.length && this.after.has(tokens.stem(last + 1)));
  }
}

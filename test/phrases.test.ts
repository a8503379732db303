import { describe, expect, test } from 'vitest';
import { PhraseIndex } from '../src/analysis/phrases.js';
import { tokenize } from '../src/analysis/tokens.js';

const index = (fillers: boolean) => new PhraseIndex([{ key: 'resources', phrase: 'best use of the resources' }], fillers);
const found = (phrases: PhraseIndex<string>, text: string) => phrases.find(tokenize(text)).map((hit) => hit.key);

describe('phrase matching by content words', () => {
  test.each([
    'We will make best use of resources.',
    'We will make best use of our resources.',
    'We will make best use of all available resources.',
  ])('determiners in the phrase are optional and may stand in its gaps: %s', (text) => {
    expect(found(index(true), text)).toEqual(['resources']);
  });

  test('no more than two fillers stand in one gap, and other words break the phrase', () => {
    expect(found(index(true), 'best use of all our available resources')).toEqual([]);
    expect(found(index(true), 'best use of staff resources')).toEqual([]);
  });

  test('an index without fillers matches word for word', () => {
    expect(found(index(false), 'best use of our resources')).toEqual([]);
    expect(found(index(false), 'best use of the resources')).toEqual(['resources']);
  });

  test('a filler test can admit possessive nouns', () => {
    const rights = new PhraseIndex([{ key: 'rights', phrase: 'respect rights' }], true);
    const text = "We respect people's rights.";
    const tokens = tokenize(text);
    const possessive = (at: number) => text.slice(tokens.start(at), tokens.end(at)).endsWith("'s");
    expect(rights.find(tokens, possessive).map((hit) => text.slice(tokens.start(hit.first), tokens.end(hit.last)))).toEqual([
      "respect people's rights",
    ]);
    expect(rights.find(tokens)).toEqual([]);
  });
});

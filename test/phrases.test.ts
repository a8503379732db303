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

describe('phrase variants in another word order', () => {
  const rights = new PhraseIndex([{ key: 'rights', phrase: 'rights of people' }], true);
  const falls = new PhraseIndex([{ key: 'falls', phrase: 'falls prevention' }], true);
  const possessive = (text: string) => {
    const tokens = tokenize(text);
    return rights.find(tokens, (at) => text.slice(tokens.start(at), tokens.end(at)).endsWith("'s")).map((hit) => hit.key);
  };

  test('"A of B" is also "B\'s A", but not "B A"', () => {
    expect(possessive("We uphold people's rights.")).toEqual(['rights']);
    expect(possessive('We uphold people rights.')).toEqual([]);
  });

  test('a noun made from a verb is also the verb before its object', () => {
    expect(found(falls, 'We are preventing falls at home.')).toEqual(['falls']);
    expect(found(falls, 'We will prevent their falls.')).toEqual(['falls']);
  });

  test('the verb\'s object may not go on with "of"', () => {
    const quality = new PhraseIndex([{ key: 'quality', phrase: 'quality improvement' }], true);
    expect(found(quality, 'We will improve the quality of care.')).toEqual([]);
    expect(found(quality, 'We will improve quality across services.')).toEqual(['quality']);
  });
});

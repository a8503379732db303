import { describe, expect, test } from 'vitest';
import { principlePhraseMatches } from '../src/analysis/concepts.js';
import { stem, tokenize } from '../src/analysis/tokens.js';
import type { Block } from '../src/document/types.js';

const principlesIn = (text: string) => [...principlePhraseMatches({ id: 0, text } as Block, tokenize(text)).keys()];

describe('stems that would join words of other senses', () => {
  test.each([
    ['consultant', 'consult'],
    ['consultants', 'consultation'],
    ['values', 'value'],
    ['right', 'rights'],
  ])('"%s" does not stem with "%s"', (word, other) => {
    expect(stem(word)).not.toBe(stem(other));
  });

  test('"the right care at the right time" speaks of no rights', () => {
    expect(principlesIn('People get the right care at the right time.')).not.toContain('rights');
    expect(principlesIn('We will uphold the rights of people who use our services.')).toContain('rights');
  });
});

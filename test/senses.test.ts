import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { principlePhraseMatches } from '../src/analysis/concepts.js';
import { OUTCOMES } from '../src/framework/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';
import { stem, tokenize } from '../src/analysis/tokens.js';
import type { Block } from '../src/document/types.js';

const outcomeKinds = (markdown: string) =>
  analyse(parseMarkdown(markdown, 'plan.md')).outcomes.map((outcome) => [...new Set(outcome.matches.map((match) => match.kind))]);
const statutory = (id: number) => `Outcome ${id}: ${OUTCOMES[id - 1]!.wording}`;

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

describe('catalogues in every shape', () => {
  const lead = '# Plan\n\n## Outcomes\n\nThe plan is aligned to the national outcomes.\n\n';

  test('a run of paragraphs, one outcome each, is a catalogue', () => {
    const kinds = outcomeKinds(lead + [1, 2, 3, 4, 5].map(statutory).join('\n\n') + '\n');
    expect(kinds.slice(0, 5)).toEqual([['catalogue'], ['catalogue'], ['catalogue'], ['catalogue'], ['catalogue']]);
  });

  test('paragraphs running into a list under one lead-in are one catalogue', () => {
    const items = [4, 5, 6].map((id) => `- ${statutory(id)}`).join('\n');
    const kinds = outcomeKinds(lead + [1, 2, 3].map(statutory).join('\n\n') + '\n\n' + items + '\n');
    expect(kinds.slice(0, 6).every((found) => found.length === 1 && found[0] === 'catalogue')).toBe(true);
  });

  test('four outcomes listed, or a heading between runs, is no catalogue', () => {
    expect(outcomeKinds(lead + [1, 2, 3, 4].map(statutory).join('\n\n') + '\n')[0]).not.toContain('catalogue');
    const split = lead + [1, 2, 3].map(statutory).join('\n\n') + '\n\n## More\n\n' + [4, 5].map(statutory).join('\n\n') + '\n';
    expect(outcomeKinds(split)[0]).not.toContain('catalogue');
  });
});

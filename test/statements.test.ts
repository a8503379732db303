import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { statementMatches } from '../src/analysis/statements.js';
import { stem, tokenize } from '../src/analysis/tokens.js';
import type { Block } from '../src/document/types.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const stated = (text: string) => [...statementMatches({ id: 0, text, kind: 'paragraph' } as Block, tokenize(text)).keys()];
const status = (text: string, id: string) =>
  analyse(parseMarkdown(`# Plan\n\n## How we work\n\n${text}\n`, 'plan.md')).principles.find((principle) => principle.id === id)!.status;

describe('a plan shaped by the people it serves is planned and led locally (s31)', () => {
  test.each([
    'A panel of 14 local people chose the priorities in this plan from what we had heard.',
    'We wanted people who use services and their families to shape this plan.',
    "Each Locality Planning Group, which includes community members, agreed its locality's actions.",
    'Every Locality Planning Group brings together local residents and front-line staff.',
    'Carers told us what the plan should change first.',
  ])('"%s"', (text) => {
    expect(stated(text)).toContain('local-engagement');
    expect(status(text, 'local-engagement')).not.toBe('missing');
  });

  test.each([
    // "carers" names the strategy; it does not say who shaped anything.
    'We have developed a carers strategy.',
    // "the public" of an Act's name is no member of the public.
    'This report reviews the Strategic Plan under section 37 of the Public Bodies (Joint Working) (Scotland) Act 2014.',
    // People, a plan and a review, but each in a sentence of its own.
    'We will review the plan in 2027. Local people are welcome at board meetings.',
    // Words of two groups only: no one is said to have planned anything.
    'Local people use the priorities of the health centre.',
  ])('not "%s"', (text) => {
    expect(stated(text)).not.toContain('local-engagement');
  });
});

test('"one" is not stemmed to "on", so "one assessment" is not "assessment on"', () => {
  expect(stem('one')).toBe('one');
  expect(status('Each person will have one assessment, shared by every team that supports them.', 'integrated')).not.toBe('missing');
  expect(status('The chapter of the needs assessment on deprivation was not completed.', 'integrated')).toBe('missing');
});

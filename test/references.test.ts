import { describe, expect, test } from 'vitest';
import { findCitations } from '../src/analysis/references.js';

const cited = (text: string) => findCitations(text).map((c) => c.numbers.map((n) => n.number));

describe('findCitations', () => {
  test.each([
    ['This supports Outcome 6 and National Outcome 3.', [[6], [3]]],
    ['outcomes 2, 4 and 9', [[2, 4, 9]]],
    ['outcomes 1–3 and NHWO 7', [[1, 2, 3], [7]]],
    ['(Outcomes 1-3, 5)', [[1, 2, 3, 5]]],
    ['National Health and Wellbeing Outcomes 1 to 9', [[1, 2, 3, 4, 5, 6, 7, 8, 9]]],
    ['HWBO5 and HWBO 8', [[5], [8]]],
    ['This contributes to Outcome 10', [[10]]],
    ['Health & Wellbeing Outcome 4', [[4]]],
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  test.each([
    'Our local outcome 3 is about town centres',
    'better outcomes for 2,000 people',
    'outcomes 2024/25',
    'outcome 45% better',
    'Strategic Outcome 2: a thriving economy',
  ])('ignores %s', (text) => {
    expect(cited(text)).toEqual([]);
  });

  test('locates each number', () => {
    const text = 'See outcomes 2 and 9.';
    const [citation] = findCitations(text);
    expect(citation?.numbers.map((n) => text.slice(n.start, n.end))).toEqual(['2', '9']);
    expect(text.slice(citation!.start, citation!.end)).toBe('outcomes 2 and 9');
  });
});

describe('findCitations edge cases', () => {
  test('a number followed by a unit of time is not an outcome', () => {
    expect(cited('outcomes 12 weeks after discharge')).toEqual([]);
    expect(cited('outcomes 6 months after a short break')).toEqual([]);
  });

  test('a range past nine reports the wrong end once', () => {
    expect(cited('outcomes 1–12')).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 12]]);
  });

  test('single quotation marks', () => {
    expect(cited("‘Outcome 6’ and 'Outcome 7'")).toEqual([[6], [7]]);
  });
});

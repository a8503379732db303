import { describe, expect, test } from 'vitest';
import { evidenceBehind, strongestLevel } from '../src/analysis/coverage.js';
import { findEvidence } from '../src/analysis/evidence.js';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const targets = (text: string) => findEvidence(text, 0).filter((item) => item.level === 'target').map((item) => item.text);

describe('targets and baselines', () => {
  test.each([
    ['Raise the share of carers who feel supported from 29.4% to 34%.', 'from 29.4% to 34%'],
    ['Admissions fell from 480 in 2021/22 to 455 in 2023/24.', 'from 480 in 2021/22 to 455'],
    ['We want that to be 63% by March 2028.', '63% by March 2028'],
    ['Our aim is to reach 66% by 2027/28.', 'aim is to reach 66%'],
    ['Delayed discharge bed days below 450 a month (2024/25: 610)', '(2024/25: 610)'],
  ])('%s', (text, expected) => {
    expect(targets(text)).toContain(expected);
  });

  test.each([
    'In 2023/24, 29.4% of carers said they felt supported.',
    'Our ambition under Outcome 2 is that people can live at home.',
    'The Carers (Scotland) Act 2016 applies from April 2018.',
  ])('no target in "%s"', (text) => {
    expect(targets(text)).toEqual([]);
  });
});

describe('the claim level', () => {
  const levelOf = (markdown: string, id: number) => {
    const document = parseMarkdown(markdown, 'plan.md');
    const analysis = analyse(document);
    const { matches } = analysis.outcomes.find((item) => item.id === id)!;
    return strongestLevel(evidenceBehind(document, analysis, matches, 'section'), matches);
  };

  test('a priority tagged with an outcome number and nothing behind it is a claim', () => {
    expect(levelOf('# Plan\n\n## Priority 2\n\nStronger communities (NHWO 6).\n', 6)).toBe('claim');
  });

  test('a tick in a mapping table is a claim', () => {
    const table = '# Plan\n\n## Mapping\n\n| Priority | Outcome 5 | Outcome 6 |\n|---|---|---|\n| Stronger communities | ✓ | ✓ |\n';
    expect(levelOf(table, 6)).toBe('claim');
  });

  test('addressed in words only, with nothing behind it, is none', () => {
    expect(levelOf('# Plan\n\n## Carers\n\nWe value unpaid carers.\n', 6)).toBe('none');
  });

  test('evidence beside the tag outranks the claim', () => {
    expect(levelOf('# Plan\n\n## Priority 2\n\nShort breaks for carers (NHWO 6), by March 2026.\n', 6)).toBe('commitment');
  });
});

describe('an indicator named in words', () => {
  const evidenceIn = (markdown: string) =>
    analyse(parseMarkdown(markdown, 'plan.md'))
      .evidence.flat()
      .filter((item) => item.kind === 'indicator')
      .map((item) => item.text);

  test('is a measure where it is reported', () => {
    expect(evidenceIn('# Plan\n\nWe will report the percentage of carers who feel supported each year.\n')).toEqual(['carers who feel supported']);
  });

  test('is a measure in a table', () => {
    expect(evidenceIn('# Plan\n\n| What we watch | Direction |\n|---|---|\n| Carers who feel supported | Higher |\n')).toEqual(['Carers who feel supported']);
  });

  test('is not evidence where an aim only borrows its words', () => {
    expect(evidenceIn('# Plan\n\nWe want more carers who feel supported in their role.\n')).toEqual([]);
  });

  test('is not evidence where it is said to be unavailable', () => {
    expect(evidenceIn('# Plan\n\nThe percentage of carers who feel supported is not available this year.\n')).toEqual([]);
  });
});

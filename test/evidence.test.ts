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
    return strongestLevel(evidenceBehind(analysis, matches, 'section'), matches);
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

describe('dates', () => {
  const dates = (text: string, options = {}) =>
    findEvidence(text, 0, options)
      .filter((item) => item.kind === 'date')
      .map((item) => item.text);

  test.each([
    ['We will open two community hubs by March 2027.', 'by March 2027'],
    ['In 2026/27 we will extend reablement to every locality.', '2026/27'],
    ['Short breaks for carers, by 31 March.', 'by 31 March'],
    ['The Chief Social Work Officer will report to the board at least twice a year.', 'twice a year'],
    ['We will refresh the carers strategy in April 2026.', 'April 2026'],
  ])('a timescale of an action counts: %s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  test.each([
    'Our Strategic Plan 2025–2028 sets out our priorities.',
    'The plan was approved by the Integration Joint Board on 19 March 2025.',
    'Published April 2025',
    'In October 2024 carers told us that support is hard to find.',
    'Since January 2025 the service has run in two localities.',
    'Under the Carers (Scotland) Act 2016 you have the right to a support plan.',
    'The Biennial Report 2022–2024 was published in October 2024.',
    'The IJB must publish its annual performance report by 31 July 2025.',
    'Page last updated: 12 March 2025',
    'We held an information day in May 2024, and we will hold another next year.',
  ])('a date that is not an action\'s timescale does not: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  test('in a performance report, the period of a reported result counts', () => {
    const text = 'The service received 1,164 referrals in 2024/25.';
    expect(dates(text, { reportedResults: true })).toEqual(['2024/25']);
    expect(dates(text)).toEqual([]);
  });

  test('a year is never read as a count', () => {
    const quantities = findEvidence('The Public Bodies (Joint Working) (Scotland) Act 2014 places duties on the partners.', 0).filter((item) => item.kind === 'quantity');
    expect(quantities).toEqual([]);
  });
});

describe('context', () => {
  const levels = (text: string) => findEvidence(text, 0).map((item) => `${item.level} ${item.text}`);

  test.each([
    ['About 9,300 residents provide unpaid care.', 'context 9,300 residents'],
    ['The number of people aged over 85 is projected to rise by 41% by 2043.', 'context 41%'],
    ['Our workforce is made up of 1,950 people.', 'context 1,950 people'],
    ["12% of the population live in the most deprived areas.", "context 12%"],
  ])('describing the setting is context, not a measure or a target: %s', (text, expected) => {
    expect(levels(text)).toContain(expected);
    expect(levels(text).filter((item) => /^(?:measure|target)/.test(item))).toEqual([]);
  });

  test('what the partnership sets out to do for an area is no description of it', () => {
    const text = 'We will offer advice to residents of our most deprived areas, with a target of 1,500 people advised a year.';
    expect(levels(text)).toContain('measure 1,500 people');
    expect(levels(text).filter((item) => item.startsWith('context'))).toEqual([]);
  });

  test('a rate per head of population is still a measure', () => {
    expect(levels('Emergency admissions fell to 98 per 1,000 population.')).toContain('measure per 1,000');
  });

  test('context never evidences a concept', () => {
    const analysis = analyse(parseMarkdown('# Plan\n\n## Carers\n\nAbout 9,300 residents provide unpaid care to a relative or friend.\n', 'plan.md'));
    const carers = analysis.outcomes.find((item) => item.id === 6)!;
    expect(carers.status).toBe('mentioned');
    expect(carers.level).toBe('context');
  });
});

describe('owners and measurement in general', () => {
  const kinds = (text: string) => findEvidence(text, 0).map((item) => `${item.kind} ${item.text}`);

  test.each(['Lead: Head of Community Health and Care Services', 'Lead – Carers Centre'])('an owner: %s', (text) => {
    expect(kinds(text)[0]).toMatch(/^owner /);
  });

  test.each(['The lead-agency model applies to hosted services.', 'The lead-in to the consultation took six weeks.'])('a lead- compound is no owner: %s', (text) => {
    expect(kinds(text).filter((item) => item.startsWith('owner'))).toEqual([]);
  });

  test('measuring progress in general names no measure', () => {
    expect(kinds('We will measure our progress using a range of key performance indicators.')).toEqual([]);
    expect(kinds('Carer support is tracked through NI-8.')).toEqual(['indicator NI-8']);
  });

  test('a figure under a year column is a dated value, and under an aim a target', () => {
    const analysis = analyse(parseMarkdown('# Plan\n\n## Carers\n\n| Carers | 2022/23 | 2024/25 | Aim for 2027/28 |\n|---|---|---|---|\n| Carers with a support plan | 214 | 371 | 600 |\n', 'plan.md'));
    expect(analysis.evidence.flat().map((item) => `${item.level} ${item.text}`)).toEqual(['measure 214', 'measure 371', 'target 600']);
  });
});

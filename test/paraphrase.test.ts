import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { PARAPHRASE } from '../src/analysis/paraphrase.js';
import { PRINCIPLES } from '../src/framework/index.js';
import { PROFILES } from '../src/analysis/profiles.js';
import { conceptIndex, PassageScorer } from '../src/analysis/relevance.js';
import { stem, tokenize } from '../src/analysis/tokens.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const analysed = (markdown: string) => analyse(parseMarkdown(markdown, 'plan.md'));
const outcome = (markdown: string, id: number) => analysed(markdown).outcomes.find((item) => item.id === id)!;
const principle = (markdown: string, id: string) => analysed(markdown).principles.find((item) => item.id === id)!;
const profileOf = (family: 'outcome' | 'principle', id: number | string) => PROFILES.find((profile) => profile.concept.family === family && profile.concept.id === id)!;

describe('concept profiles', () => {
  test('a word every concept uses weighs less than one that belongs to a single concept', () => {
    const carers = profileOf('outcome', 6).weights;
    expect(carers.get(stem('respite'))!).toBeGreaterThan(2 * carers.get(stem('people'))!);
  });

  test('a phrase of the vocabulary is one term: "short breaks" is not also "short"', () => {
    const carers = profileOf('outcome', 6);
    expect(carers.distinctive.has('short break')).toBe(true);
    expect(carers.weights.has('short')).toBe(false);
  });
});

describe('BM25 over the document’s blocks', () => {
  const passage = 'Anyone who looks after a relative or friend can book a break.';
  const carers = conceptIndex('outcome', 6);
  const scoreIn = (blocks: string[]) => new PassageScorer(blocks.map(tokenize)).tally(0).scores[carers]!;

  test('words that the document uses everywhere count for less', () => {
    const alone = scoreIn([passage, 'The budget is set each year.', 'Our buildings are old.']);
    const everywhere = scoreIn([passage, 'A relative told us.', 'Friend or relative, all are welcome.']);
    expect(everywhere).toBeLessThan(alone);
  });

  test('records each word that spoke for the concept, strongest first', () => {
    const scorer = new PassageScorer([tokenize(passage)]);
    const account = scorer.passage(0, passage, carers)!;
    expect(account.terms.map((term) => term.written)).toEqual(expect.arrayContaining(['looks after', 'relative', 'friend']));
    const contributions = account.terms.map((term) => term.contribution);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
    expect(account.score).toBeCloseTo(scorer.tally(0).scores[carers]!, 9);
    expect(scorer.tally(0).distinctive[carers]).toBe(account.terms.filter((term) => term.distinctive).length);
  });
});

describe('paraphrase matching', () => {
  test('a paragraph about carers in everyday words addresses outcome 6', () => {
    const carers = outcome(
      '# Plan\n\n## Looking after the people who look after others\n\nFrom April 2026 anyone who looks after a relative or friend will be able to book a regular break of their own (Lead: Community Support Manager).\n',
      6,
    );
    expect(carers.status).toBe('evidenced');
    const [match] = carers.matches;
    expect(match).toMatchObject({ kind: 'paraphrase' });
    expect(match!.score).toBeGreaterThanOrEqual(PARAPHRASE.threshold);
    expect(match!.terms).toEqual(expect.arrayContaining(['looks after', 'relative', 'friend']));
  });

  test('one everyday word is a topic, not a passage about the concept', () => {
    expect(outcome('# Plan\n\n## Budget\n\nThe relative size of each budget line is shown below.\n', 6).status).toBe('missing');
  });

  test('trap: a paragraph on care home quality is not about unpaid carers', () => {
    const text = '# Plan\n\n## Care homes\n\nWe will improve the quality of care in care homes, with Care Inspectorate grades reviewed every quarter.\n';
    expect(outcome(text, 6).status).toBe('missing');
  });

  test('trap: staff resources are the workforce, not the best use of resources', () => {
    const text = '# Plan\n\n## Our staff\n\nTeams told us they lack the staff resources and the time they need to do the job well.\n';
    expect(principle(text, 'resources').matches.filter((match) => match.kind === 'paraphrase')).toEqual([]);
    expect(outcome(text, 9).matches.filter((match) => match.kind === 'paraphrase')).toEqual([]);
  });

  test('a stricter setting finds less: the threshold is what decides', () => {
    const text = '# Plan\n\n## Carers\n\nAnyone who looks after a relative or friend will be able to book a regular break.\n';
    const document = parseMarkdown(text, 'plan.md');
    const carers = (threshold: number) => analyse(document, {}, { ...PARAPHRASE, threshold }).outcomes[5]!.status;
    expect(carers(PARAPHRASE.threshold)).toBe('mentioned');
    expect(carers(1000)).toBe('missing');
  });
});

describe('provision put off', () => {
  const plan = (carers: string) => `# Plan\n\n## Our commitments\n\n${carers}\n\nThe partnership’s budget for 2025/26 is £212m.\n`;

  test.each([
    'We have not yet developed a carers strategy for the partnership.',
    'A carers strategy will follow once the review has concluded.',
    'Support for carers is to be developed in due course.',
  ])('"%s" mentions outcome 6, and no evidence beside it can back it', (sentence) => {
    const carers = outcome(plan(sentence), 6);
    expect(carers.status).toBe('mentioned');
    expect(carers.matches.every((match) => match.deferred)).toBe(true);
  });

  test('a problem stated is not provision put off: it can still be backed', () => {
    const carers = outcome(plan('Unpaid carers are not always recognised, so we will fund a carers centre.'), 6);
    expect(carers.status).toBe('evidenced');
  });
});

describe('core integration indicators', () => {
  test('named in words, an indicator of one outcome addresses it', () => {
    const carers = outcome('# Plan\n\n## Indicators\n\n| Indicator | 2023/24 |\n|---|---|\n| Carers who feel supported to continue in their caring role | 28.7% |\n', 6);
    expect(carers.matches).toContainEqual(expect.objectContaining({ kind: 'indicator', matched: 'Carers who feel supported' }));
  });

  test('an indicator of several outcomes, by number or by name, addresses none of them', () => {
    const analysis = analysed('# Plan\n\n## Indicators\n\nNI-14: readmissions within 28 days fell to 98 per 1,000.\n');
    expect(analysis.outcomes.filter((item) => item.matches.some((match) => match.kind === 'indicator'))).toEqual([]);
  });
});

describe('a principle that gives way to another in the same sentence', () => {
  test('"the localities have different needs" is about areas, not about different service-users', () => {
    const text = '# Plan\n\n## Localities\n\nOur three localities have different needs, so each has its own locality plan.\n';
    expect(principle(text, 'needs-of-users').status).toBe('missing');
    expect(principle(text, 'needs-of-areas').status).not.toBe('missing');
  });

  test('different needs of different people stay with needs-of-users', () => {
    const text = '# Plan\n\n## Our approach\n\nPeople living with dementia and young autistic adults have different needs.\n';
    expect(principle(text, 'needs-of-users').status).not.toBe('missing');
  });
});

describe('a section heading as context for the blocks under it', () => {
  const plan = (heading: string, detail = 'Volunteers run lunch clubs, walking groups and befriending so that older people can join in and meet others.') =>
    `# Plan\n\n## Money\n\nThe budget is set each year.\n\n## ${heading}\n\n${detail}\n\n## Estate\n\nWe will review our buildings.\n`;

  test('a heading naming the concept lifts the everyday detail below it over the gate', () => {
    expect(principle(plan('Community life and isolation'), 'participation').status).toBe('mentioned');
    expect(principle(plan('Next steps'), 'participation').status).toBe('missing');
  });

  test('the heading does not address the concept through a block that says nothing of it', () => {
    expect(principle(plan('Community life and isolation', 'We will review our buildings.'), 'participation').status).toBe('missing');
  });
});

describe('a list read with its lead-in', () => {
  const activities = ['a survey that 900 residents answered', 'six public events in village halls', 'workshops with the strategic planning group', 'focus groups in each locality'];
  const money = '\n\n# Money\n\nThe budget is £200m.\n';
  const engagement = (markdown: string) => principle(markdown, 'local-engagement');

  test('engagement activities one per bullet under "We developed this plan with:" address local engagement', () => {
    const found = engagement(`# How this plan was made\n\nWe developed this plan with:\n\n${activities.map((item) => `- ${item}`).join('\n')}${money}`);
    expect(found.status).toBe('mentioned');
    const [match] = found.matches;
    expect(match).toMatchObject({ kind: 'paraphrase', blockId: 1 });
    expect(match!.score).toBeGreaterThanOrEqual(PARAPHRASE.threshold);
    expect(match!.terms).toEqual(expect.arrayContaining(['survey', 'public', 'planning group']));
  });

  test('the same items in lists of their own address nothing: no single item passes', () => {
    const apart = activities.map((item, index) => `# Part ${index + 1}\n\n- ${item}`).join('\n\n');
    expect(engagement(`${apart}${money}`).status).toBe('missing');
  });

  test('a long list dilutes its few words on a concept, as a long paragraph does', () => {
    const filler = Array.from({ length: 14 }, (_, index) => `- room ${index + 1} of the old building on the main street is painted and cleaned`);
    const list = [...activities.map((item) => `- ${item}`), ...filler].join('\n');
    expect(engagement(`# How this plan was made\n\nWe developed this plan with:\n\n${list}${money}`).status).toBe('missing');
  });

  test('a list of the principles under a lead-in stays a catalogue', () => {
    const list = PRINCIPLES.map((item) => `- ${item.shortName}`).join('\n');
    const analysis = analysed(`# Plan\n\n## Our principles\n\nOur services:\n\n${list}${money}`);
    const matches = [...analysis.principles, ...analysis.outcomes].flatMap((item) => item.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((match) => match.kind === 'catalogue')).toBe(true);
  });
});

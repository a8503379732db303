import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const phrasedPrinciples = (text: string): string[] =>
  analyse(parseMarkdown(`# Plan\n\n## Work\n\n${text}\n`, 'plan.md'))
    .principles.filter((principle) => principle.matches.some((match) => match.kind === 'phrase'))
    .map((principle) => principle.id);
const phrased = (markdown: string): number[] =>
  analyse(parseMarkdown(markdown, 'plan.md'))
    .outcomes.filter((outcome) => outcome.matches.some((match) => match.kind === 'phrase'))
    .map((outcome) => outcome.id);

describe('schedules of delegated functions', () => {
  const items = '- Mental health services\n- Carers support services\n- Health improvement services\n- Day services\n';

  test('bare service areas under a heading about delegated functions address nothing', () => {
    expect(phrased(`# Scheme\n\n## Annex 2: Functions delegated by the Council\n\n${items}`)).toEqual([]);
  });

  test('a lead-in paragraph about services to be integrated does the same', () => {
    expect(phrased(`# Scheme\n\n## Part 2\n\nServices currently provided by the Council that are to be integrated:\n\n${items}`)).toEqual([]);
  });

  test('a table column of bare names under such a heading addresses nothing', () => {
    const table = '| Function | Body |\n|---|---|\n| Carers support services | Council |\n| Day services | Council |\n';
    expect(phrased(`# Scheme\n\n## Annex 1: Functions delegated\n\n${table}`)).toEqual([]);
  });

  test('the same list without such a lead-in still addresses its outcomes', () => {
    expect(phrased(`# Plan\n\n## Our priorities\n\n${items}`)).toContain(6);
  });

  test('items that say something of the service area still count under the lead-in', () => {
    const statements =
      '- We will offer short breaks to unpaid carers in every locality.\n- Carers support services will be reviewed with carers.\n';
    expect(phrased(`# Scheme\n\n## Annex 2: Functions delegated by the Council\n\n${statements}`)).toContain(6);
  });
});

describe('staff as the subject', () => {
  const sentence = (text: string) => phrased(`# Plan\n\n## Work\n\n${text}\n`);

  test.each([
    'Staff will have a say in how their service is run.',
    'Employees will have a say through the staff partnership forum.',
    'Colleagues across the workforce will have a say in the rota.',
  ])('having a say said of staff is not outcome 3: %s', (text) => {
    expect(sentence(text)).not.toContain(3);
  });

  test('the same words said of people who use services are outcome 3', () => {
    expect(sentence('People will have a say in how their service is run.')).toContain(3);
    expect(sentence('Staff will listen so that people have a say in their care.')).toContain(3);
  });

  test('dignity said of employees is not the dignity principle, said of people it is', () => {
    expect(phrasedPrinciples('We will protect the dignity of our employees.')).not.toContain('dignity');
    expect(phrasedPrinciples("We will protect people's dignity.")).toContain('dignity');
  });

  test('staff trained in dignity are not its subject', () => {
    expect(phrasedPrinciples('All care staff will complete dignity training by March 2027.')).toContain('dignity');
  });

  test('staff in another sentence of the block do not take the phrase over', () => {
    expect(sentence('Our staff are trained every year. Everyone will have a say in how their service is run.')).toContain(3);
  });
});

describe('procedural mentions', () => {
  const sentence = (text: string) => phrased(`# Plan\n\n## Work\n\n${text}\n`);

  test.each([
    "The Council's complaints procedure was amended in 2023 to follow the model handling procedure.",
    'Complaints will continue to be handled under each Party\'s own complaints procedure.',
    'The complaints policy was updated in March.',
  ])('a procedure listed or amended does not address outcome 3: %s', (text) => {
    expect(sentence(text)).not.toContain(3);
  });

  test('the same procedure with people in the sentence still addresses it', () => {
    expect(sentence('The complaints procedure was amended so that people get an answer within 5 working days.')).toContain(3);
    expect(sentence('We will publish a joint complaints procedure by March 2026.')).toContain(3);
  });
});

import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { principlePhraseMatches } from '../src/analysis/concepts.js';
import { OUTCOMES } from '../src/framework/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';
import { isInName, SenseModifiers } from '../src/analysis/senses.js';
import { stem, tokenize } from '../src/analysis/tokens.js';
import type { Block } from '../src/document/types.js';

const outcomeKinds = (markdown: string) =>
  analyse(parseMarkdown(markdown, 'plan.md')).outcomes.map((outcome) => [...new Set(outcome.matches.map((match) => match.kind))]);
const phrasedPrinciples = (text: string) =>
  analyse(parseMarkdown(`# Plan\n\n## Work\n\n${text}\n`, 'plan.md'))
    .principles.filter((principle) => principle.matches.some((match) => match.kind === 'phrase'))
    .map((principle) => principle.id);
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

  test('five outcomes inline in one paragraph are a catalogue', () => {
    const inline = `Our work supports the outcomes, namely: ${[1, 2, 3, 4, 5].map((id, at) => `${at + 1}. ${OUTCOMES[id - 1]!.wording}`).join(' ')}`;
    expect(outcomeKinds(lead + inline + '\n').slice(0, 5).every((found) => found.includes('catalogue'))).toBe(true);
  });

  test('four outcomes listed, or a heading between runs, is no catalogue', () => {
    expect(outcomeKinds(lead + [1, 2, 3, 4].map(statutory).join('\n\n') + '\n')[0]).not.toContain('catalogue');
    const split = lead + [1, 2, 3].map(statutory).join('\n\n') + '\n\n## More\n\n' + [4, 5].map(statutory).join('\n\n') + '\n';
    expect(outcomeKinds(split)[0]).not.toContain('catalogue');
  });
});

describe('a phrase inside a name addresses nothing on its own', () => {
  const inName = (text: string, phrase: string, heading = false) => {
    const tokens = tokenize(text);
    const start = text.indexOf(phrase);
    const { from, to } = tokens.within(start, start + phrase.length);
    return isInName(text, tokens, from, to - 1, heading);
  };

  test.each([
    ['Reports go to the Adult Support and Protection Committee each quarter.', 'Adult Support and Protection'],
    ['Contact the Learning and Development Manager.', 'Learning and Development'],
    ['The Carers Support Group meets monthly.', 'Carers Support'],
    ['Our Fair Work Policy applies to all staff.', 'Fair Work'],
    ['See the Strathmorven Quality Improvement Plan.', 'Quality Improvement'],
    ["The Council's Dignity at Work policy applies to all employees.", 'Dignity'],
    ['Referrals go to the Care at Home service first.', 'Care at Home'],
  ])('"%s"', (text, phrase) => {
    expect(inName(text, phrase)).toBe(true);
  });

  test.each([
    ['We will improve adult support and protection for everyone.', 'adult support and protection'],
    ['Quality Improvement is how we work.', 'Quality Improvement'],
    ['- Unpaid carers get a break.', 'Unpaid carers'],
    ['Prevention services will grow each year.', 'Prevention'],
    ['Dignity at home matters to everyone.', 'Dignity'],
  ])('"%s" is a statement, not a name', (text, phrase) => {
    expect(inName(text, phrase)).toBe(false);
  });

  test('a heading in title case is no name', () => {
    expect(inName('Supporting Unpaid Carers', 'Unpaid Carers', true)).toBe(false);
  });

  test('the document’s title addresses nothing, the same words in its body do', () => {
    const kinds = outcomeKinds('# Unpaid Carers Plan\n\n## Aims\n\nThe plan sets out our aims.\n');
    expect(kinds[5]).toEqual([]);
    expect(outcomeKinds('# Plan\n\n## Aims\n\nUnpaid carers will get a short break each year.\n')[5]).not.toEqual([]);
  });
});

describe('words beside a phrase that change its sense, from the framework', () => {
  test.each([
    ['Our fraud prevention policy was updated.', 'prevention'],
    ['Loss prevention checks run monthly.', 'prevention'],
    ['We will improve data quality assurance across teams.', 'quality'],
    ['To prevent an overspend, budget holders get a monthly report.', 'prevention'],
    ['The prevention of fraud is everyone’s duty.', 'prevention'],
    ['We will improve the quality of our data.', 'quality'],
  ])('"%s" does not address %s', (text, id) => {
    expect(phrasedPrinciples(text)).not.toContain(id);
  });

  test.each([
    ['Prevention and early intervention keep people well at home.', 'prevention'],
    ['We will strengthen quality assurance of care homes.', 'quality'],
    ['We will prevent a crisis by acting early.', 'prevention'],
  ])('"%s" still addresses %s', (text, id) => {
    expect(phrasedPrinciples(text)).toContain(id);
  });

  test('only the concept that lists a word loses its sense', () => {
    const modifiers = new SenseModifiers({ before: ['fraud'] });
    const tokens = tokenize('fraud prevention');
    expect(modifiers.changeSense(tokens, 1, 1)).toBe(true);
    expect(new SenseModifiers(undefined).changeSense(tokens, 1, 1)).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import {
  DUTIES,
  INDICATORS,
  OUTCOMES,
  PRINCIPLES,
  dutyById,
  indicatorById,
  isOutcomeId,
  outcomeById,
  principleById,
} from '../src/framework/index.js';
import { PRINCIPLE_IDS } from './support/stable-ids.js';

type Json = Record<string, unknown>;

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const files = {
  outcomes: { data: '../src/framework/outcomes.json', schema: '../schemas/framework/outcomes.schema.json' },
  principles: { data: '../src/framework/principles.json', schema: '../schemas/framework/principles.schema.json' },
  duties: { data: '../src/framework/duties.json', schema: '../schemas/framework/duties.schema.json' },
  indicators: { data: '../src/framework/indicators.json', schema: '../schemas/framework/indicators.schema.json' },
  contexts: { data: '../src/framework/contexts.json', schema: '../schemas/framework/contexts.schema.json' },
} as const;

type FileName = keyof typeof files;

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = Object.fromEntries(
  Object.entries(files).map(([name, paths]) => [name, ajv.compile(readJson(paths.schema) as object)]),
) as Record<FileName, ReturnType<typeof ajv.compile>>;

/** A fresh, mutable copy of a data file, so each broken variant starts from the real thing. */
const fresh = (name: FileName): Json[] => readJson(files[name].data) as Json[];

describe('schemas', () => {
  test.each(Object.keys(files) as FileName[])('%s.json is valid', (name) => {
    const validate = validators[name];
    expect(validate(fresh(name)), ajv.errorsText(validate.errors)).toBe(true);
  });

  const broken: [FileName, string, (data: Json[]) => void][] = [
    ['outcomes', 'an outcome without phrases', (data) => delete data[5]!.phrases],
    ['outcomes', 'an unknown property', (data) => (data[0]!.colour = 'blue')],
    ['outcomes', 'outcome 10', (data) => (data[8]!.id = 10)],
    ['outcomes', 'a tenth outcome', (data) => data.push({ ...data[0]! })],
    ['outcomes', 'a capitalised phrase', (data) => (data[6]!.phrases as string[]).push('Adult Protection')],
    ['outcomes', 'a repeated phrase', (data) => (data[6]!.phrases as string[]).push('safe from harm')],
    ['outcomes', 'a wording with a line break', (data) => (data[4]!.wording = 'Health and social care services\ncontribute to reducing health inequalities.')],
    ['outcomes', 'an expectation with a bullet glyph', (data) => (data[0]!.expectations as string[]).push('\uf0a7 I am able to access information')],
    ['principles', 'an unknown slug', (data) => (data[3]!.id = 'localities')],
    ['principles', 'a missing wording', (data) => delete data[0]!.wording],
    ['principles', 'a capitalised phrase', (data) => (data[11]!.phrases as string[]).push('Early Intervention')],
    ['principles', 'a fourteenth principle', (data) => data.push({ ...data[0]! })],
    ['duties', 'an unknown document type', (data) => (data[0]!.appliesTo = ['annual-report'])],
    ['duties', 'a citation in words', (data) => (data[5]!.id = 'section 40')],
    ['duties', 'a missing summary', (data) => delete data[1]!.summary],
    ['duties', 'an unknown concern', (data) => (data[2]!.concerns = ['finance'])],
    ['indicators', 'NI-24', (data) => (data[22]!.id = 'NI-24')],
    ['indicators', 'an unknown source', (data) => (data[0]!.source = 'census')],
    ['indicators', 'a link to outcome 10', (data) => (data[7]!.outcomes = [10])],
    ['indicators', 'a missing indicator', (data) => data.pop()],
  ];

  test.each(broken)('%s.json with %s is rejected', (name, _what, breakIt) => {
    const data = fresh(name);
    breakIt(data);
    expect(validators[name](data)).toBe(false);
  });
});

describe('outcomes', () => {
  test('nine outcomes in statutory order with their short names', () => {
    expect(OUTCOMES.map((outcome) => [outcome.id, outcome.shortName])).toEqual([
      [1, 'healthier living'],
      [2, 'independent living'],
      [3, 'positive experiences'],
      [4, 'quality of life'],
      [5, 'health inequalities'],
      [6, 'unpaid carers'],
      [7, 'safe from harm'],
      [8, 'engaged workforce'],
      [9, 'effective use of resources'],
    ]);
  });

  test('wording is that of SSI 2014/343 as made', () => {
    expect(outcomeById(2)?.wording).toBe(
      'People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community.',
    );
    expect(outcomeById(6)?.wording).toBe(
      'People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being.',
    );
    expect(outcomeById(7)?.wording).toBe('People who use health and social care services are safe from harm.');
  });

  test('variants in circulation are kept apart from the wording', () => {
    expect(outcomeById(7)?.variants).toContain('People using health and social care services are safe from harm.');
    expect(outcomeById(2)?.variants.some((variant) => variant.includes('long-term'))).toBe(true);
    expect(outcomeById(2)?.variants.some((variant) => variant.includes('independently at home'))).toBe(true);
    for (const outcome of OUTCOMES) {
      expect(outcome.variants).not.toContain(outcome.wording);
      expect(new Set(outcome.variants).size).toBe(outcome.variants.length);
    }
  });

  test('expectations are the framework statements, one per bullet', () => {
    expect(OUTCOMES.map((outcome) => outcome.expectations.length)).toEqual([3, 3, 5, 4, 3, 3, 3, 3, 3]);
    expect(outcomeById(6)?.expectations[0]).toBe(
      'I feel I get the support I need to keep on with my caring role for as long as I want to do that',
    );
  });

  test('no phrase points to two outcomes', () => {
    const owners = new Map<string, number[]>();
    for (const outcome of OUTCOMES) {
      for (const phrase of outcome.phrases) owners.set(phrase, [...(owners.get(phrase) ?? []), outcome.id]);
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  test('isOutcomeId accepts only the statutory numbers', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].every((n) => isOutcomeId(n))).toBe(true);
    expect([0, 10, 1.5, -1, Number.NaN, '3'].some((n) => isOutcomeId(n))).toBe(false);
    expect(outcomeById(10)).toBeUndefined();
  });
});

describe('principles', () => {
  test('thirteen principles in the order of section 31', () => {
    expect(PRINCIPLES.map((principle) => principle.id)).toEqual(PRINCIPLE_IDS);
  });

  test('wording completes the section 31 sentence', () => {
    expect(principleById('wellbeing')?.wording).toBe(
      'the main purpose of services which are provided in pursuance of integration functions is to improve the wellbeing of service-users',
    );
    expect(principleById('integrated')?.wording).toBe('is integrated from the point of view of service-users');
    expect(principleById('resources')?.wording).toBe('makes the best use of the available facilities, people and other resources');
    expect(principleById('localities')).toBeUndefined();
  });
});

describe('duties', () => {
  test('the duties of docs/design.md, by stable id', () => {
    expect(DUTIES.map((duty) => duty.id)).toEqual(['s3(2)', 's29(2)(b)', 's29(3)', 's30(2)', 's37(2)', 's40', 's42']);
  });

  test('s29(1)(b), as the guidance cites it, is s29(2)(b)', () => {
    const duty = dutyById('s29(2)(b)');
    expect(duty).toBeDefined();
    expect(dutyById('s29(1)(b)')).toBe(duty);
    expect(dutyById('section 29 (1) (b)')).toBe(duty);
    expect(dutyById('S.29(2)(b)')).toBe(duty);
    expect(dutyById('s29(1)')).toBeUndefined();
  });

  test('each duty applies to the documents docs/statute.md names', () => {
    expect(Object.fromEntries(DUTIES.map((duty) => [duty.id, duty.appliesTo]))).toEqual({
      's3(2)': ['integration-scheme'],
      's29(2)(b)': ['strategic-plan'],
      's29(3)': ['strategic-plan'],
      's30(2)': ['strategic-plan'],
      's37(2)': ['plan-review'],
      s40: ['strategic-plan', 'performance-report'],
      s42: ['performance-report'],
    });
    expect(dutyById('s37(2)')?.concerns).toContain('strategic-planning-group');
    expect(dutyById('s29(3)')?.concerns).toEqual(['localities']);
  });
});

describe('indicators', () => {
  test('NI-1 to NI-23, numbered in order', () => {
    expect(INDICATORS.map((indicator) => [indicator.id, indicator.number])).toEqual(
      Array.from({ length: 23 }, (_, i) => [`NI-${i + 1}`, i + 1]),
    );
  });

  test('survey indicators are NI-1 to NI-9; NI-10, 21, 22 and 23 are not reported nationally', () => {
    expect(INDICATORS.filter((indicator) => indicator.source === 'survey').map((indicator) => indicator.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(INDICATORS.filter((indicator) => !indicator.reportedNationally).map((indicator) => indicator.number)).toEqual([
      10, 21, 22, 23,
    ]);
  });

  test('every outcome is measured by at least one indicator', () => {
    const measured = new Set(INDICATORS.flatMap((indicator) => indicator.outcomes));
    expect(OUTCOMES.filter((outcome) => !measured.has(outcome.id))).toEqual([]);
  });

  test('lookup by id or number', () => {
    expect(indicatorById('NI-8')?.outcomes).toEqual([6]);
    expect(indicatorById('ni8')).toBe(indicatorById(8));
    expect(indicatorById('NI-24')).toBeUndefined();
  });
});

describe('phrases', () => {
  const concepts = [
    ...OUTCOMES.map((outcome) => [`outcome ${outcome.id}`, outcome.phrases] as const),
    ...PRINCIPLES.map((principle) => [`principle ${principle.id}`, principle.phrases] as const),
    ...INDICATORS.map((indicator) => [indicator.id, indicator.phrases] as const),
  ];

  test.each(concepts)('%s: lower case and unique', (_concept, phrases) => {
    expect(phrases.filter((phrase) => phrase !== phrase.toLowerCase())).toEqual([]);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

test('the loaded data cannot be changed by a rule', () => {
  expect(Object.isFrozen(OUTCOMES)).toBe(true);
  expect(() => (OUTCOMES[0]!.phrases).push('anything')).toThrow(TypeError);
  expect(() => ((DUTIES[0]!.appliesTo as string[])[0] = 'strategic-plan')).toThrow(TypeError);
});

import { describe, expect, test } from 'vitest';
import { absentSentences } from '../src/analysis/absence.js';
import { findEvidence } from '../src/analysis/evidence.js';
import { findCitations } from '../src/analysis/references.js';
import { sentenceSpans } from '../src/analysis/sentences.js';
import { stemAfresh, tokenize } from '../src/analysis/tokens.js';
import { lintText } from '../src/index.js';
import { isFurniture } from '../src/parse/inferred-headings.js';

/** A unit repeated to exactly `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Shapes that made a pattern backtrack or rescan: each must cost about ten times as much at ten times the size. */
const SHAPES: Record<string, (size: number) => string> = {
  'digits': (size) => fill('1', size),
  'digits with thousands separators': (size) => fill('1,234,', size),
  'pound amounts with commas': (size) => fill('£1,234,567 ', size),
  'a pound sign before commas': (size) => `£${fill('1,', size)}`,
  'years and commas': (size) => fill('2014,', size),
  'numbers with spaces': (size) => fill('1 ', size),
  'a deadline word before whitespace': (size) => `by${fill(' ', size)}x`,
  'whitespace': (size) => fill(' \t', size),
  'newlines': (size) => `x${fill('\n', size)}x`,
  'newlines and spaces': (size) => `x${fill('\n  ', size)}x`,
  'a single letter': (size) => fill('a', size),
  'consonants': (size) => fill('bcdfghjklmnpqrstvwxz', size),
  'one letter words': (size) => fill('a ', size),
  'a line of words': (size) => fill('the partnership will reduce delayed discharges to 450 by 2027 ', size),
  'dots': (size) => fill('.', size),
  'nested parentheses': (size) => `${'('.repeat(size / 2)}${')'.repeat(size / 2)}`,
  'a count word after many numbers': (size) => `per ${fill('1 ', size)}population`,
  'outcome citations': (size) => `outcomes ${fill('1, ', size)}x`,
  'a colon and spaces': (size) => `Subject:${fill(' ', size)}\nx`,
};

/** The best of a few runs, in milliseconds: the least a shared machine's noise adds. */
function best(run: () => unknown, repeats = 3): number {
  let fastest = Infinity;
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/**
 * How much more the work costs on 100 kB than on 10 kB. Linear work costs ten times as much; quadratic work a
 * hundred. The bound leaves room for noise and start-up costs without letting quadratic work through. Below a
 * millisecond on the large input a timer says nothing, so the ratio is taken over at least that.
 */
function growth(run: (text: string) => unknown, shape: (size: number) => string, repeats = 3): number {
  const small = shape(10_000);
  const large = shape(100_000);
  run(small);
  return best(() => run(large), repeats) / Math.max(best(() => run(small), repeats), 0.1);
}

const LINEAR = 30;

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  'evidence': (text) => findEvidence(text, 0),
  'citations': findCitations,
  'sentences': sentenceSpans,
  'absent sentences': absentSentences,
  'tokens': tokenize,
  'page furniture': isFurniture,
};

describe('patterns that read a plan grow linearly with it', () => {
  for (const [name, run] of Object.entries(FUNCTIONS)) {
    test.each(Object.entries(SHAPES))(`${name}: %s`, (_shape, shape) => {
      expect(growth(run, shape)).toBeLessThan(LINEAR);
    });
  }

  test.each(Object.entries(SHAPES))('a whole lint: %s', (_shape, shape) => {
    expect(growth((text) => lintText(text, { filePath: 'plan.md' }), shape, 2)).toBeLessThan(LINEAR);
  });
});

describe('a word longer than any word of English', () => {
  test('is kept as written, not stemmed', () => {
    const word = fill('bcdfghjklmnpqrstvwxz', 150_000);
    expect(stemAfresh(word)).toBe(word);
  });

  test('a long English word is still stemmed', () => {
    expect(stemAfresh('Antidisestablishmentarianism')).toBe('antidisestablishmentarian');
  });
});

describe('hostile plans are linted to the end', () => {
  test.each([
    ['1 MB of digits', fill('1', 1_000_000)],
    ['"1,234," repeated to 1 MB', fill('1,234,', 1_000_000)],
    ['"£1,234,567 " repeated to 1 MB', fill('£1,234,567 ', 1_000_000)],
    ['one 5 MB line of words', fill('the partnership will improve care for people who use services ', 5_000_000)],
  ])('%s', (_name, text) => {
    const result = lintText(text, { filePath: 'plan.md' });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.coverage?.outcomes).toHaveLength(9);
  });
});

import { describe, expect, test } from 'vitest';
import { absentSentences } from '../../src/analysis/absence.js';
import { findEvidence } from '../../src/analysis/evidence.js';
import { findCitations } from '../../src/analysis/references.js';
import { sentenceSpans } from '../../src/analysis/sentences.js';
import { stemAfresh, tokenize } from '../../src/analysis/tokens.js';
import { lintText } from '../../src/index.js';
import { isFurniture } from '../../src/parse/inferred-headings.js';

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
  // A performance report's long sentence: each date was weighed against the whole sentence around it.
  'dates in one sentence': (size) => fill('in 2024/25 and ', size),
  'named years, figures and dates in one sentence': (size) => fill('Plan 2024/25 rose 12 since March 2023 by 2027 (2025/26) ', size),
};

/**
 * The CPU time of this process for the least costly of a few runs, in
 * microseconds: CPU time, not the clock, so that other processes on a shared
 * machine do not count, and the least, so that a collection or an interrupt
 * in one run does not either.
 */
function best(run: () => unknown, repeats: number): number {
  let fastest = Infinity;
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const start = process.cpuUsage();
    run();
    const spent = process.cpuUsage(start);
    fastest = Math.min(fastest, spent.user + spent.system);
  }
  return fastest;
}

/**
 * The work on 100 kB against the work on 10 kB done ten times over: about 1
 * when the work is linear, about 10 when it is quadratic. Timing the two sides
 * at the same scale keeps fixed costs and timer grain out of the ratio.
 */
function growth(run: (text: string) => unknown, shape: (size: number) => string, repeats = 2, size = 10_000): number {
  const small = shape(size);
  const large = shape(size * 10);
  run(small);
  const tenSmall = best(() => {
    for (let time = 0; time < 10; time += 1) run(small);
  }, repeats);
  return best(() => run(large), repeats) / Math.max(tenSmall, 1000);
}

/**
 * A whole lint costs far more per character than one pattern: at 5 kB and
 * 50 kB it still shows quadratic growth, at half the cost of the test.
 */
const LINT_SIZE = 5_000;

/** Linear work stays near 1; quadratic work is near 10. */
const LINEAR = 3;

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  'evidence': (text) => findEvidence(text, 0),
  'evidence in a performance report': (text) => findEvidence(text, 0, { reportedResults: true }),
  'citations': findCitations,
  'sentences': sentenceSpans,
  'absent sentences': absentSentences,
  'tokens': tokenize,
  'page furniture': isFurniture,
};

test('the measure tells quadratic work from linear work', () => {
  // Each scan from a point to the end of the text: quadratic, as a backtracking pattern is.
  const quadratic = (text: string) => {
    let found = 0;
    for (let at = 0; at < text.length; at += 10) found += text.indexOf('\0', at);
    return found;
  };
  const linear = (text: string) => text.split('').reverse().join('');
  expect(growth(quadratic, SHAPES['digits']!)).toBeGreaterThan(LINEAR);
  expect(growth(linear, SHAPES['digits']!)).toBeLessThan(LINEAR);
});

describe('patterns that read a plan grow linearly with it', () => {
  for (const [name, run] of Object.entries(FUNCTIONS)) {
    test.each(Object.entries(SHAPES))(`${name}: %s`, (_shape, shape) => {
      expect(growth(run, shape)).toBeLessThan(LINEAR);
    });
  }

  test.each(Object.entries(SHAPES))('a whole lint: %s', (_shape, shape) => {
    expect(growth((text) => lintText(text, { filePath: 'plan.md' }), shape, 2, LINT_SIZE)).toBeLessThan(LINEAR);
  });

  // What a performance report reads apart from a plan is its reported results: figures for a year.
  const figured = Object.entries(SHAPES).filter(([, shape]) => /20\d\d/.test(shape(200)));
  test.each(figured)('a whole lint of a performance report: %s', (_shape, shape) => {
    const report = (text: string) => `---\ndocumentType: performance-report\n---\n\n${text}`;
    expect(growth((text) => lintText(report(text), { filePath: 'report.md' }), shape, 2, LINT_SIZE)).toBeLessThan(LINEAR);
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
    ['one 1 MB line of words', fill('the partnership will improve care for people who use services ', 1_000_000)],
  ])('%s', (_name, text) => {
    const result = lintText(text, { filePath: 'plan.md' });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.coverage?.outcomes).toHaveLength(9);
  });
});

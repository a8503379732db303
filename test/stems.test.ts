import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { stemTable } from '../scripts/stem-table.js';

/*
 * The stem cache starts from src/analysis/stems.json. A stale table would not
 * change a verdict (a word missing from it is stemmed when met), but a wrong
 * stem in it would, and a missing one costs start-up time again.
 */
test('the start-up stem tables are the words and phrases the analysis stems as it loads, stemmed as the stemmer does', async () => {
  const committed = JSON.parse(readFileSync(new URL('../src/analysis/stems.json', import.meta.url), 'utf8')) as unknown;
  const fresh = await stemTable();
  expect(Object.keys(fresh.words).length).toBeGreaterThan(500);
  expect(Object.keys(fresh.phrases).length).toBeGreaterThan(300);
  expect(committed, 'src/analysis/stems.json is out of date: run npm run stems').toEqual(fresh);
});

import { describe, expect, test } from 'vitest';
import { DEVELOPMENT, HELD_OUT, readLabelledPlans } from '../bench/quality/labels.js';
import { judge, score, TASKS } from '../bench/quality/score.js';

/**
 * Floors just under what detection reaches (`npm run bench:quality`), so that
 * it cannot get worse unnoticed. Raise them when detection improves; never
 * lower one to let a change through. The held-out floor guards against a
 * change that fits the development set at the cost of text nobody tuned on.
 */
const FLOORS = {
  development: { folder: DEVELOPMENT, documents: 60, addressed: 0.96, evidenced: 0.955 },
  'held-out': { folder: HELD_OUT, documents: 17, addressed: 0.89, evidenced: 0.895 },
};

describe.each(Object.entries(FLOORS))('detection quality on the %s set', async (_set, floor) => {
  const judgements = await judge(readLabelledPlans(floor.folder));

  test('covers the labelled documents', () => {
    expect(new Set(judgements.map((judgement) => judgement.file)).size).toBeGreaterThanOrEqual(floor.documents);
  });

  test.each(['addressed', 'evidenced'] as const)('F1 for "%s" stays at or above its floor', (task) => {
    expect(score(judgements, TASKS[task]).f1).toBeGreaterThanOrEqual(floor[task]);
  });
});

test('the development set leaves the held-out plans out', () => {
  const development = readLabelledPlans(DEVELOPMENT).map((plan) => plan.file);
  expect(development.filter((file) => file.startsWith(HELD_OUT))).toEqual([]);
  expect(readLabelledPlans(HELD_OUT).length).toBeGreaterThan(0);
});

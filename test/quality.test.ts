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
  development: { folder: DEVELOPMENT, documents: 60, addressed: 0.965, evidenced: 0.965, principles: 0.96 },
  'held-out': { folder: HELD_OUT, documents: 17, addressed: 0.92, evidenced: 0.93, principles: 0.90 },
};

describe.each(Object.entries(FLOORS))('detection quality on the %s set', async (_set, floor) => {
  const judgements = await judge(readLabelledPlans(floor.folder));

  test('covers the labelled documents', () => {
    expect(new Set(judgements.map((judgement) => judgement.file)).size).toBeGreaterThanOrEqual(floor.documents);
  });

  test.each(['addressed', 'evidenced'] as const)('F1 for "%s" stays at or above its floor', (task) => {
    expect(score(judgements, TASKS[task]).f1).toBeGreaterThanOrEqual(floor[task]);
  });

  // The principles are where everyday wording strays furthest from the statute's.
  test('F1 for the principles being addressed stays at or above its floor', () => {
    const principles = judgements.filter((judgement) => judgement.family === 'principle');
    expect(score(principles, TASKS.addressed).f1).toBeGreaterThanOrEqual(floor.principles);
  });
});

test('the development set leaves the held-out plans out', () => {
  const development = readLabelledPlans(DEVELOPMENT).map((plan) => plan.file);
  expect(development.filter((file) => file.startsWith(HELD_OUT))).toEqual([]);
  expect(readLabelledPlans(HELD_OUT).length).toBeGreaterThan(0);
});

import { describe, expect, test } from 'vitest';
import { readLabelledPlans } from '../bench/quality/labels.js';
import { judge, score, TASKS } from '../bench/quality/score.js';

/**
 * A floor just under what detection reaches on the labelled plans
 * (`npm run bench:quality`), so that it cannot get worse unnoticed. Raise it
 * when detection improves; never lower it to let a change through.
 */
const FLOOR = { addressed: 0.92, evidenced: 0.91 };

describe('detection quality on the labelled plans', async () => {
  const judgements = await judge(readLabelledPlans('fixtures'));

  test('covers the corpus and the sample plans', () => {
    expect(new Set(judgements.map((judgement) => judgement.file)).size).toBeGreaterThanOrEqual(60);
  });

  test.each(Object.entries(FLOOR))('F1 for "%s" stays at or above its floor', (task, floor) => {
    expect(score(judgements, TASKS[task as keyof typeof TASKS]).f1).toBeGreaterThanOrEqual(floor);
  });
});

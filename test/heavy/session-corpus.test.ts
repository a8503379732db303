import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import { everyRuleOn } from '../../bench/config.js';
import { LintSession } from '../../src/core/session.js';
import { expectSameAsFresh, lintThroughEdits } from '../support/edits.js';
import { fixturePlans } from '../support/plans.js';

/*
 * Every Markdown plan of the fixture corpus through an author's edits, a
 * longer generated plan, and random edit sequences: at every step a
 * session's lint is a fresh lint's (test/session.test.ts holds the samples).
 */
describe('a session lints each edit as a fresh lint does', () => {
  test.each(fixturePlans(['.md']))('%s', (file) => {
    lintThroughEdits(readFileSync(file, 'utf8'), { filePath: file });
  });

  test('a generated 10,000-word plan', () => {
    lintThroughEdits(generatePlan(10_000), { filePath: 'plan.md', config: everyRuleOn() });
  });
});

/** A random edit: text inserted, or a run deleted, at a place given as a fraction of the text. */
const randomEdit = fc.oneof(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: fc.constantFrom(' carers', '\n\n## Our localities\n\n', '\n\n', '<!-- planlint-disable -->', '- ', '| a | b |\n|---|---|\n', 'NI-8 ', '[^1]', '\n[^1]: A note.\n', '`', '\n---\n'),
  }),
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 1, max: 400 }) }),
);

function applyEdit(text: string, edit: { at: number; insert: string } | { at: number; remove: number }): string {
  const at = Math.floor(edit.at * text.length);
  return 'insert' in edit ? text.slice(0, at) + edit.insert + text.slice(at) : text.slice(0, at) + text.slice(at + edit.remove);
}

test('random edit sequences give what a fresh lint gives', () => {
  const plans = [readFileSync('fixtures/strategic-plan-complete.md', 'utf8'), readFileSync('fixtures/integration-scheme.md', 'utf8'), generatePlan(3_000)];
  const options = { filePath: 'plan.md', config: everyRuleOn() };
  fc.assert(
    fc.property(fc.constantFrom(...plans), fc.array(randomEdit, { minLength: 1, maxLength: 6 }), (plan, edits) => {
      const session = new LintSession();
      let text = plan;
      expectSameAsFresh(session, text, options);
      for (const edit of edits) {
        text = applyEdit(text, edit);
        expectSameAsFresh(session, text, options);
      }
    }),
    { seed: 20_250_612, numRuns: 15 },
  );
});


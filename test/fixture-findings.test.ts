import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintFile } from '../src/core/lint.js';

/**
 * markdownlint-style fixture tests: each sample plan has a sibling
 * `.expected.json` listing every finding (rule, line, column, message) that
 * a reviewer checked against the plan. Any change to what planlint reports on
 * a sample shows here, line by line.
 */
interface ExpectedFinding {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

/** The Markdown samples and the hand-built Word ones; the Word twins of the Markdown are checked against their originals instead. */
const plans = readdirSync('fixtures').filter(
  (name) => (name.endsWith('.md') && name !== 'README.md') || (name.startsWith('word-') && name.endsWith('.docx')),
);

describe.each(plans)('%s', (plan) => {
  test('reports exactly the reviewed findings', async () => {
    const expected = JSON.parse(readFileSync(`fixtures/${plan.replace(/\.(md|docx)$/, '.expected.json')}`, 'utf8')) as ExpectedFinding[];
    const result = await lintFile(`fixtures/${plan}`);
    const found = result.messages.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }));
    expect(found).toEqual(expected);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintFile } from '../src/core/lint.js';
import { formatResults } from '../src/format/index.js';

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

  test('each message says what is wrong in a first sentence of under 100 characters', async () => {
    const result = await lintFile(`fixtures/${plan}`);
    for (const { message } of result.messages) expect(message.split(/\. /)[0]!.length, message).toBeLessThan(100);
  });
});

test('the README sample fits 100 columns on a terminal', async () => {
  const result = await lintFile('fixtures/strategic-plan-gaps.md');
  const printed = formatResults([{ ...result, filePath: 'fixtures/strategic-plan-gaps.md' }], 'stylish', { color: false, cwd: '.', width: 100 });
  expect(Math.max(...printed.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
});

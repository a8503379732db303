import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdownToDocx } from '../scripts/markdown-to-docx.js';
import { lintBuffer, lintFile } from '../src/core/lint.js';
import type { LintResult } from '../src/engine/results.js';

/**
 * Every Markdown sample compiled to Word must be judged alike: the same
 * findings by rule and message, the same coverage. Only the places differ
 * (lines in Markdown, paragraph ordinals in Word).
 */
const plans = readdirSync('fixtures').filter((name) => name.endsWith('.md') && name !== 'README.md');

function judgement(result: LintResult) {
  return {
    findings: result.messages.map((message) => `${message.ruleId} ${message.message}`).sort(),
    documentType: result.coverage?.documentType,
    outcomes: result.coverage?.outcomes.map((outcome) => `${outcome.id} ${outcome.status}`),
    principles: result.coverage?.principles.map((principle) => `${principle.id} ${principle.status}`),
  };
}

describe.each(plans)('%s and its Word twin', (plan) => {
  test('get the same findings and coverage', async () => {
    const markdown = await lintFile(`fixtures/${plan}`);
    const docx = await lintBuffer(await markdownToDocx(readFileSync(`fixtures/${plan}`, 'utf8')), {
      filePath: `fixtures/${plan.replace(/\.md$/, '.docx')}`,
    });
    expect(docx.fatalErrorCount).toBe(0);
    expect(judgement(docx)).toEqual(judgement(markdown));
  });
});

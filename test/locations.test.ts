import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { lintText } from '../src/core/lint.js';

const lint = (code: string, filePath = 'plan.md') => lintText(code, { filePath, rules });
const places = (messages: { line: number; column: number; ruleId: string | null }[]) =>
  messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe('findings sit where the author will act', () => {
  test('whole-document findings sit on a plain first-line title, not on a later line starting with #', () => {
    const text = ['Annual Performance Report 2024/25', '', 'We supported people at home this reporting year.', '', '# 1 Source: local figures', ''].join('\n');
    const duties = lint(text).messages.filter((message) => message.ruleId === 'statutory-duty' || message.ruleId === 'principle-coverage');
    expect(duties.length).toBeGreaterThan(0);
    expect(new Set(duties.map((message) => message.line))).toEqual(new Set([1]));
  });

  test('an outcome addressed in passing before its own section is reported on the section heading', () => {
    const text = [
      '# Strategic Plan',
      '',
      'Our vision is that people live independently at home for longer.',
      '',
      '## Outcome 2: Living independently',
      '',
      'We value people living independently at home or in a homely setting.',
      '',
    ].join('\n');
    const two = lint(text).messages.find((message) => message.ruleId === 'outcome-evidence' && message.message.startsWith('Outcome 2 '));
    expect(two && `${two.line}:${two.column}`).toBe('5:4');
  });

  test('a board paper is told nothing about content its subject holds, and still about what it says and the review it reports', () => {
    const approval = lint(readFileSync('fixtures/corpus/real-shapes/06-board-paper-apr-approval.md', 'utf8'), 'apr-paper.md');
    expect(approval.coverage).toMatchObject({ documentType: 'performance-report', boardPaper: true });
    // Only its form: a paper typed without headings is told so, as any document is (document-structure, info).
    expect(places(approval.messages)).toEqual(['1:1 document-structure']);
    const review = lint(readFileSync('fixtures/corpus/real-shapes/05-board-paper-plan-review.md', 'utf8'), 'review-paper.md');
    // A review is reported in the paper that puts it to the board: s37(2) is checked there.
    expect(places(review.messages)).toEqual(['1:1 statutory-duty', '24:195 outcome-coverage', '46:21 outcome-evidence']);
    expect(review.messages[0]!.message).toBe('s37(2): the review shows no regard to the integration delivery principles');
  });
});

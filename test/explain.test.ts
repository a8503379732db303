import { describe, expect, test } from 'vitest';
import { lintText } from '../src/core/lint.js';
import { formatResults } from '../src/format/index.js';
import { runCli, runJson, fixture } from './support/cli.js';

const PLAN = `---
documentType: strategic-plan
---

# Plan

## 4.2 Carers

Outcome 6: we will expand short breaks (Lead: Carers Strategy Group, by March 2026).

## 4.3 Workforce

Our workforce is our greatest asset.
`;

describe('--explain', () => {
  const result = lintText(PLAN, { filePath: 'plan.md', explain: true });
  const concept = (label: string) => result.explanation!.concepts.find((item) => item.label.startsWith(label))!;

  test('each verdict comes with the passages that reached it and the evidence beside them', () => {
    const scored = { score: expect.any(Number), terms: expect.arrayContaining(['short breaks', 'Carers Strategy']) };
    expect(concept('Outcome 6')).toEqual({
      family: 'outcome',
      id: 6,
      label: 'Outcome 6 (unpaid carers)',
      status: 'evidenced',
      evidence: 'commitment',
      passages: [
        { line: 9, column: 1, kind: 'reference', text: 'Outcome 6', sectionPath: ['Plan', 'Carers'], ...scored },
        { line: 9, column: 27, kind: 'phrase', text: 'short breaks', sectionPath: ['Plan', 'Carers'], ...scored },
        { line: 9, column: 47, kind: 'phrase', text: 'Carers Strategy', sectionPath: ['Plan', 'Carers'], ...scored },
      ],
      passageCount: 3,
      backing: [
        { line: 9, column: 41, kind: 'owner', text: 'Lead: Carers Strategy Group', sectionPath: ['Plan', 'Carers'] },
        { line: 9, column: 70, kind: 'date', text: 'by March 2026', sectionPath: ['Plan', 'Carers'] },
      ],
    });
    expect(concept('Outcome 8')).toMatchObject({ status: 'mentioned', evidence: 'none', backing: [] });
    expect(concept('Outcome 1')).toMatchObject({ status: 'missing', passages: [], passageCount: 0 });
  });

  test('the explain report names verdicts, places and how each passage was recognised', () => {
    const text = formatResults([result], 'explain', { color: false, cwd: '.' });
    expect(text).toContain('  document type: strategic-plan (as the document declares)');
    expect(text).toMatch(/^ {2}Outcome 6 \(unpaid carers\) +evidenced +evidence: commitment$/m);
    expect(text).toMatch(/^ {6}9:27 +phrase +"short breaks"  \[Plan › Carers\]  score \d+\.\d$/m);
    expect(text).toContain('      evidence 9:70     date        "by March 2026"  [Plan › Carers]');
  });

  test('a paraphrase shows its score and the words that carried it; a deferral says why it cannot be backed', () => {
    const plan = `# Plan

## Looking after the people who look after others

From April 2026 anyone who looks after a relative or friend will be able to book a regular break of their own.

## Our staff

A workforce plan will follow. The staffing budget for 2025/26 is £41m.
`;
    const explained = lintText(plan, { filePath: 'plan.md', explain: true });
    const carers = explained.explanation!.concepts.find((item) => item.id === 6)!;
    expect(carers.passages[0]).toMatchObject({ kind: 'paraphrase', terms: expect.arrayContaining(['looks after', 'relative', 'friend']) });
    expect(carers.passages[0]!.score).toBeGreaterThanOrEqual(explained.explanation!.paraphrase.threshold);
    const workforce = explained.explanation!.concepts.find((item) => item.id === 8)!;
    expect(workforce).toMatchObject({ status: 'mentioned', passages: [expect.objectContaining({ text: 'workforce plan', deferred: true })] });

    const text = formatResults([explained], 'explain', { color: false, cwd: '.' });
    expect(text).toContain(`  a paraphrase needs a score of ${explained.explanation!.paraphrase.threshold} and ${explained.explanation!.paraphrase.minTerms} distinctive words`);
    expect(text).toMatch(/^ {6}5:28 +paraphrase +"looks after a relative or friend.*"  \[Plan › Looking after the people who look after others\]$/m);
    expect(text).toMatch(/^ {15}score \d+\.\d from: (?=.*looks after)(?=.*relative)(?=.*friend)/m);
    expect(text).toContain('               puts the provision off ("not yet", "will follow"), so no evidence can back it');
  });

  test('from the command line, and in JSON when asked for', async () => {
    const run = await runCli(['--explain', fixture('strategic-plan-gaps.md')]);
    expect(run.stdout).toMatch(/^ {2}Outcome 6 \(unpaid carers\) +missing +evidence: none$/m);
    expect(run.status).toBe(1);
    const json = await runJson(['--explain', fixture('strategic-plan-gaps.md')]);
    expect(json.results[0]!.explanation!.concepts).toHaveLength(22);
  });
});

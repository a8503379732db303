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
      ],
      passageCount: 2,
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
    expect(text).toContain('  document type: strategic plan (from its front matter)');
    expect(text).toMatch(/^ {2}Outcome 6 \(unpaid carers\) +evidenced +evidence: commitment$/m);
    expect(text).toMatch(/^ {6}9:27 +phrase +"short breaks" {2}\[Plan › Carers\] {2}score \d+\.\d$/m);
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
    expect(text).toMatch(/^ {6}5:28 +paraphrase +"looks after a relative or friend.*" {2}\[Plan › Looking after the people who look after others\]$/m);
    expect(text).toMatch(/^ {15}score \d+\.\d from: (?=.*looks after)(?=.*relative)(?=.*friend)/m);
    expect(text).toContain('               puts the provision off ("not yet", "will follow"), so no evidence can back it');
  });

  test('from the command line, and in JSON when asked for', async () => {
    const run = await runCli(['--explain', fixture('strategic-plan-gaps.md')]);
    expect(run.stdout).toMatch(/^ {2}Outcome 6 \(unpaid carers\) +missing +evidence: none$/m);
    expect(run.status).toBe(1);
    // The findings that make the exit code 1 are shown, each with what to do about it, and counted.
    expect(run.stdout).toContain(
      [
        '      49:1     error    Outcome 6 (unpaid carers) is not addressed anywhere  outcome-coverage  [Our priorities]',
        '               Say how the arrangements contribute to it, in a passage or section of its own.',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(/^ {15}49:1 {5}outcome 8 \(engaged workforce\) is not addressed anywhere \(outcome-coverage\)$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('11 problems (5 errors, 6 warnings)');
    const json = await runJson(['--explain', fixture('strategic-plan-gaps.md')]);
    expect(json.results[0]!.explanation!.concepts).toHaveLength(22);
  });
});

describe('--explain shows what the duty checks and the mapping check read', () => {
  const REVIEW = `---
documentType: plan-review
---

# Review of the Strategic Plan

## Our localities

### Corrie Glen

Outreach clinics (Lead: Locality Manager, by June 2026).

### Muirton

A community hub would be welcome.

## The strategic planning group's views

The Strategic Planning Group found the arrangements effective for unpaid carers.
`;
  const explained = lintText(REVIEW, { filePath: 'review.md', explain: true }).explanation!;

  test('the statutory signals, with places', () => {
    expect(explained.signals.localities).toEqual([
      expect.objectContaining({ title: 'Corrie Glen', line: 9, arrangement: expect.objectContaining({ kind: 'owner', line: 11 }) }),
      { title: 'Muirton', line: 13, column: 1, sectionPath: ['Review of the Strategic Plan', 'Our localities', 'Muirton'] },
    ]);
    expect(explained.signals.planningGroup).toEqual({
      effectiveness: { line: 19, column: 53, kind: 'effectiveness', text: 'effective', sectionPath: ['Review of the Strategic Plan', "The strategic planning group's views"] },
    });
    expect(explained.signals.regard.outcomes.addressed).toContain(6);
    expect(explained.requirements).toEqual({ outcomes: { within: 'section', minimum: 'commitment' }, principles: { within: 'section', minimum: 'commitment' } });

    const text = formatResults([lintText(REVIEW, { filePath: 'review.md', explain: true })], 'explain', { color: false, cwd: '.' });
    expect(text).toContain('  evidence required: outcomes "commitment" or stronger in the same section; principles "commitment" or stronger in the same section');
    expect(text).toContain('      localities             Corrie Glen 9:1 (owner 11:19), Muirton 13:1 (no arrangements)');
    expect(text).toContain('      planning group views   effectiveness 19:53, replacement plan not found');
  });

  test('each mapping-table tick and the passage in its priority’s section that bears it out', () => {
    const plan = `# Plan

## Priorities

| Priority | NHWO 5 | NHWO 6 | NHWO 8 |
|---|---|---|---|
| Carers | | ✓ | ✓ |

## Carers

Short breaks for unpaid carers.
`;
    const { mappings } = lintText(plan, { filePath: 'plan.md', explain: true }).explanation!;
    expect(mappings).toEqual([
      {
        line: 5,
        column: 1,
        sectionPath: ['Plan', 'Priorities'],
        unmapped: [1, 2, 3, 4, 5, 7, 9],
        ticks: [
          expect.objectContaining({ outcome: 6, priority: 'Carers', section: ['Plan', 'Carers'], support: expect.objectContaining({ line: 11, kind: 'phrase' }) }),
          { outcome: 8, line: 7, column: 16, sectionPath: ['Plan', 'Priorities'], priority: 'Carers', section: ['Plan', 'Carers'] },
        ],
      },
    ]);
  });
});

describe('--explain shows context', () => {
  const CONTEXT_PLAN = '# Plan\n\n## Carers\n\nAbout 9,300 residents provide unpaid care to a relative or friend.\n';

  test('a figure about the population is context, and the verdict stays mentioned', () => {
    const result = lintText(CONTEXT_PLAN, { filePath: 'plan.md', explain: true });
    const carers = result.explanation!.concepts.find((item) => item.label.startsWith('Outcome 6'))!;
    expect(carers).toMatchObject({ status: 'mentioned', evidence: 'context' });
    expect(carers.backing).toEqual([expect.objectContaining({ kind: 'context quantity', text: '9,300 residents' })]);
    const text = formatResults([result], 'explain', { color: false, cwd: '.' });
    expect(text).toContain('evidence: context');
    expect(text).toContain('a setting, not evidence');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEVELOPMENT, REAL_SHAPES, readLabelledPlans } from '../bench/quality/labels.js';
import { report, restingOnDates, SETS } from '../bench/quality/report.js';
import { judge, judgeParsed } from '../bench/quality/score.js';
import { EVIDENCE_LEVELS } from '../src/analysis/types.js';
import { OUTCOMES, PRINCIPLES } from '../src/framework/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const DOCUMENT_TYPES = ['strategic-plan', 'integration-scheme', 'plan-review', 'performance-report'];
/** The labelling rules' consistency: the status follows from the evidence level. */
const LEVELS_OF = { missing: ['none'], mentioned: ['none', 'claim'], evidenced: ['commitment', 'measure', 'target'] } as const;

const documents = readdirSync(REAL_SHAPES).filter((name) => name.endsWith('.md') && name !== 'README.md');

test('the set holds at least twelve documents', () => {
  expect(documents.length).toBeGreaterThanOrEqual(12);
});

describe.each(documents)('%s', (name) => {
  const labelsFile = join(REAL_SHAPES, name.replace(/\.md$/, '.labels.json'));
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, unknown>;

  test('has a label file in the corpus format', () => {
    expect(Object.keys(labels).sort()).toEqual(['documentType', 'notes', 'outcomes', 'principles', 'style']);
    expect(DOCUMENT_TYPES).toContain(labels.documentType);
    expect(typeof labels.style).toBe('string');
    expect(typeof labels.notes).toBe('string');
    expect((labels.notes as string).length).toBeGreaterThan(100);
  });

  test('labels every outcome and principle, in order, with a status its evidence level allows', () => {
    const families = [
      [labels.outcomes, OUTCOMES.map((outcome) => String(outcome.id))],
      [labels.principles, PRINCIPLES.map((principle) => principle.id)],
    ] as const;
    for (const [verdicts, ids] of families) {
      expect(Object.keys(verdicts as object)).toEqual(ids);
      for (const verdict of Object.values(verdicts as Record<string, { status: keyof typeof LEVELS_OF; evidence: string }>)) {
        expect(Object.keys(verdict).sort()).toEqual(['evidence', 'status']);
        expect(EVIDENCE_LEVELS).toContain(verdict.evidence);
        expect(LEVELS_OF[verdict.status]).toContain(verdict.evidence);
      }
    }
  });
});

test('the development set leaves the real-shapes documents out, so nothing is calibrated on them', () => {
  expect(readLabelledPlans(DEVELOPMENT).filter((plan) => plan.file.startsWith(REAL_SHAPES))).toEqual([]);
  expect(readLabelledPlans(REAL_SHAPES).map((plan) => plan.file.slice(REAL_SHAPES.length + 1))).toEqual(documents.sort());
});

test('the quality benchmark reports the set on its own, with the evidenced verdicts that rest on dates alone', async () => {
  const set = SETS.find((candidate) => candidate.folder === REAL_SHAPES)!;
  const plans = readLabelledPlans(REAL_SHAPES);
  const lines = report(set.title, plans.length, await judge(plans));
  expect(lines[0]).toBe(`${set.title} — ${plans.length} labelled documents, ${plans.length * 22} judgements`);
  // A date may back a verdict only as an action's timescale or a result's period, and none backs one a reader does not.
  const dates = /^ {2}\d+ of \d+ evidenced verdicts rest on dates alone \(action timescales, reported periods\); (\d+) of them not evidenced/;
  expect(lines.map((line) => dates.exec(line)?.[1]).filter(Boolean)).toEqual(['0']);
});

test('an evidenced verdict counts as resting on a date only when every piece of evidence behind it is a date', () => {
  const missing = { status: 'missing' as const };
  const plan = (file: string) => ({
    file,
    documentType: 'strategic-plan',
    outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [String(outcome.id), missing])),
    principles: Object.fromEntries(PRINCIPLES.map((principle) => [principle.id, missing])),
  });
  const carers = (evidence: string) => `# Plan\n\n## Unpaid carers\n\nWe will offer short breaks to unpaid carers ${evidence}.\n`;
  const judgements = judgeParsed([
    { plan: plan('dated.md'), document: parseMarkdown(carers('by March 2027'), 'dated.md') },
    { plan: plan('counted.md'), document: parseMarkdown(carers('to 480 carers a year by March 2027'), 'counted.md') },
  ]);
  const sixOf = (file: string) => judgements.find((judgement) => judgement.file === file && judgement.family === 'outcome' && judgement.id === '6')!;
  expect(sixOf('dated.md').found.status).toBe('evidenced');
  expect(sixOf('counted.md').found.status).toBe('evidenced');
  expect(restingOnDates(judgements).map((judgement) => `${judgement.file} ${judgement.id}`)).toEqual(['dated.md 6']);
  expect(sixOf('dated.md').found.datesOnly).toEqual([expect.stringContaining('March 2027')]);
});

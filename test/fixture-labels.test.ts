import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';

/**
 * Each sample plan's labels were written with the plan, by reading it, not
 * by running planlint: they are the judgement the analysis must reproduce.
 */
interface Labels {
  documentType: string;
  documentTypeSource?: string;
  outcomes: Record<string, string>;
  principles: Record<string, string>;
}

const fixtures = readdirSync('fixtures').filter((name) => name.endsWith('.labels.json'));

describe.each(fixtures)('%s', (labelsFile) => {
  const labels = JSON.parse(readFileSync(`fixtures/${labelsFile}`, 'utf8')) as Labels;
  const planFile = `fixtures/${labelsFile.replace('.labels.json', '.md')}`;
  const analysis = analyse(parseMarkdown(readFileSync(planFile, 'utf8'), planFile));

  test('document type', () => {
    expect(analysis.documentType).toBe(labels.documentType);
    if (labels.documentTypeSource) expect(analysis.documentTypeSource).toBe(labels.documentTypeSource);
  });

  test('outcome statuses', () => {
    const found = Object.fromEntries(analysis.outcomes.map((outcome) => [String(outcome.id), outcome.status]));
    expect(found).toEqual(labels.outcomes);
  });

  test('principle statuses', () => {
    const found = Object.fromEntries(analysis.principles.map((principle) => [principle.id, principle.status]));
    expect(found).toEqual(labels.principles);
  });
});

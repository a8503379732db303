import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import type { Analysis } from '../src/analysis/types.js';
import { parseDocx } from '../src/parse/docx/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

/**
 * Each sample plan's labels were written with the plan, by reading it, not
 * by running planlint: they are the judgement the analysis must reproduce.
 * A label file belongs to the Markdown plan of its name, else to the Word one.
 */
interface Labels {
  documentType: string;
  documentTypeSource?: string;
  outcomes: Record<string, string>;
  principles: Record<string, string>;
}

const fixtures = readdirSync('fixtures').filter((name) => name.endsWith('.labels.json'));

async function analysePlan(base: string): Promise<Analysis> {
  const markdown = `fixtures/${base}.md`;
  if (existsSync(markdown)) return analyse(parseMarkdown(readFileSync(markdown, 'utf8'), markdown));
  const word = `fixtures/${base}.docx`;
  return analyse(await parseDocx(readFileSync(word), word, { maxInflatedSize: Number.MAX_SAFE_INTEGER }));
}

describe.each(fixtures)('%s', (labelsFile) => {
  const labels = JSON.parse(readFileSync(`fixtures/${labelsFile}`, 'utf8')) as Labels;
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analysePlan(labelsFile.replace('.labels.json', ''));
  });

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

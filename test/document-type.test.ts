import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEVELOPMENT, HELD_OUT, readLabelledPlans } from '../bench/quality/labels.js';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const typeOf = (markdown: string, settings = {}) => {
  const { documentType, documentTypeSource } = analyse(parseMarkdown(markdown, 'plan.md'), settings);
  return { documentType, documentTypeSource };
};

describe('document type', () => {
  test('front matter, then config, then the title', () => {
    expect(typeOf('---\ndocumentType: plan-review\n---\n\n# Integration Scheme\n', { configured: 'performance-report' })).toEqual({
      documentType: 'plan-review',
      documentTypeSource: 'front-matter',
    });
    expect(typeOf('# Notes\n', { configured: 'performance-report' })).toEqual({ documentType: 'performance-report', documentTypeSource: 'config' });
    expect(typeOf('# Annual Performance Report 2024/25\n')).toEqual({ documentType: 'performance-report', documentTypeSource: 'detected' });
  });

  test('with nothing in its title or headings, what the text says of itself', () => {
    const review = '# 1. Purpose\n\nThis review looks at whether the plan is working.\n\n# 2. Next\n\nThe group advised that a replacement plan be prepared.\n';
    expect(typeOf(review)).toEqual({ documentType: 'plan-review', documentTypeSource: 'detected' });
    const scheme = '# 1. Parties\n\nThe Parties agree the following.\n\n# 2. Functions\n\nThe delegated functions are listed in Annex 1.\n';
    expect(typeOf(scheme).documentType).toBe('integration-scheme');
  });

  test('one passing cue is not enough to call a document anything but a plan', () => {
    expect(typeOf('# Priorities\n\nThis review of carers services reported in May.\n').documentType).toBe('strategic-plan');
  });

  test.each([DEVELOPMENT, HELD_OUT])('every labelled document in %s, without its front matter, is detected as its label says', (folder) => {
    const wrong = readLabelledPlans(folder)
      .filter((plan) => plan.file.endsWith('.md'))
      .map((plan) => ({ plan, found: typeOf(readFileSync(plan.file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).documentType }))
      .filter(({ plan, found }) => found !== plan.documentType)
      .map(({ plan, found }) => `${plan.file}: labelled ${plan.documentType}, detected ${found}`);
    expect(wrong).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEVELOPMENT, HELD_OUT, REAL_SHAPES, readLabelledPlans } from '../bench/quality/labels.js';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const typeOf = (markdown: string, settings = {}) => {
  const { documentType, documentTypeSource } = analyse(parseMarkdown(markdown, 'plan.md'), settings);
  return { documentType, documentTypeSource };
};

const detail = (markdown: string) => {
  const { documentType, documentTypeEvidence, boardPaper } = analyse(parseMarkdown(markdown, 'plan.md'));
  return { documentType, documentTypeEvidence, boardPaper };
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

  test('a plain first line is a title: an annual report taken from a web page is a report, not a plan', () => {
    const report = 'Annual Performance Report 2024/25\n\nOur strategic plan sets out three priorities over the next three years.\n\nThis plan matters.\n';
    expect(detail(report)).toEqual({
      documentType: 'performance-report',
      documentTypeEvidence: { from: 'title', text: 'Annual Performance Report 2024/25', line: 1, confidence: 'strong' },
      boardPaper: undefined,
    });
    const cover = 'Glenmore Integration Joint Board\nStrategic Plan 2025–2028\nApproved on 26 March 2025\n\nThe text begins here.\n';
    expect(detail(cover).documentTypeEvidence).toEqual({ from: 'title', text: 'Strategic Plan 2025–2028', line: 2, confidence: 'strong' });
  });

  test('a board paper is judged by its subject, and says it is a paper', () => {
    const paper = [
      'Glenmore Integration Joint Board',
      '',
      'Report to: Integration Joint Board',
      'Date of meeting: 24 July 2025',
      'Report by: Chief Officer',
      'Subject: Annual Performance Report 2024/25',
      '',
      '1. PURPOSE',
      'The Board is asked to approve the report, which reviews our strategic plan.',
      '',
    ].join('\n');
    expect(detail(paper)).toEqual({
      documentType: 'performance-report',
      documentTypeEvidence: { from: 'subject', text: 'Annual Performance Report 2024/25', line: 6, confidence: 'strong' },
      boardPaper: true,
    });
    const table = '# Glenmore IJB\n\n| | |\n|---|---|\n| Meeting date | 18 June 2025 |\n| Agenda item | 7 |\n| Title | Review of the Strategic Plan 2022–2025 |\n';
    expect(detail(table)).toMatchObject({ documentType: 'plan-review', documentTypeEvidence: { from: 'subject', line: 7 }, boardPaper: true });
    // A plan's own table of contacts names no meeting: no paper.
    expect(detail('# Our Strategic Plan\n\n| | |\n|---|---|\n| Title | Lead |\n| Report by | Owner |\n| Author | Planner |\n').boardPaper).toBeUndefined();
  });

  test('a guess says it is one', () => {
    expect(detail('Support for unpaid carers\n\nWe help carers.\n').documentTypeEvidence).toEqual({ from: 'default', confidence: 'weak' });
    const narrow = '# 1. Purpose\n\nThis review looks at whether the plan is working.\n\n# 2. Next\n\nThe group advised that a replacement plan be prepared.\n';
    expect(detail(narrow).documentTypeEvidence).toEqual({ from: 'content', text: 'this review, replacement plan', confidence: 'weak' });
  });

  test.each([REAL_SHAPES])('every document in %s is detected as its label says', (folder) => {
    const wrong = readLabelledPlans(folder)
      .map((plan) => ({ plan, found: typeOf(readFileSync(plan.file, 'utf8')).documentType }))
      .filter(({ plan, found }) => found !== plan.documentType)
      .map(({ plan, found }) => `${plan.file}: labelled ${plan.documentType}, detected ${found}`);
    expect(wrong).toEqual([]);
  });
});

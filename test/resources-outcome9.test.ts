import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const resources = (markdown: string) => analyse(parseMarkdown(markdown, 'plan.md')).principles.find((item) => item.id === 'resources')!;

describe('the resources principle follows outcome 9', () => {
  test('prose about money used well addresses the principle as it does the outcome', () => {
    const found = resources('# Plan\n\n## Money\n\nWe will secure financial sustainability and deliver efficiencies of £2m by March 2027.\n');
    expect(found.status).toBe('evidenced');
    expect(found.matches.map((match) => match.matched)).toContain('financial sustainability');
  });

  test('a list quoting outcome 9’s statutory wording does not address the principle', () => {
    const list = [
      '1. People are able to look after and improve their own health and wellbeing and live in good health for longer.',
      '9. Resources are used effectively and efficiently in the provision of health and social care services.',
    ].join('\n');
    expect(resources(`# Plan\n\n## The outcomes\n\n${list}\n`).status).toBe('missing');
  });

  test('an item of an outcome-by-outcome list speaks for the outcome it cites', () => {
    expect(resources('# Plan\n\n## Outcomes\n\n- Outcome 9: best value from a budget of £212m.\n').status).toBe('missing');
  });
});

import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const phrased = (markdown: string): number[] =>
  analyse(parseMarkdown(markdown, 'plan.md'))
    .outcomes.filter((outcome) => outcome.matches.some((match) => match.kind === 'phrase'))
    .map((outcome) => outcome.id);

describe('schedules of delegated functions', () => {
  const items = '- Mental health services\n- Carers support services\n- Health improvement services\n- Day services\n';

  test('bare service areas under a heading about delegated functions address nothing', () => {
    expect(phrased(`# Scheme\n\n## Annex 2: Functions delegated by the Council\n\n${items}`)).toEqual([]);
  });

  test('a lead-in paragraph about services to be integrated does the same', () => {
    expect(phrased(`# Scheme\n\n## Part 2\n\nServices currently provided by the Council that are to be integrated:\n\n${items}`)).toEqual([]);
  });

  test('a table column of bare names under such a heading addresses nothing', () => {
    const table = '| Function | Body |\n|---|---|\n| Carers support services | Council |\n| Day services | Council |\n';
    expect(phrased(`# Scheme\n\n## Annex 1: Functions delegated\n\n${table}`)).toEqual([]);
  });

  test('the same list without such a lead-in still addresses its outcomes', () => {
    expect(phrased(`# Plan\n\n## Our priorities\n\n${items}`)).toContain(6);
  });

  test('items that say something of the service area still count under the lead-in', () => {
    const statements =
      '- We will offer short breaks to unpaid carers in every locality.\n- Carers support services will be reviewed with carers.\n';
    expect(phrased(`# Scheme\n\n## Annex 2: Functions delegated by the Council\n\n${statements}`)).toContain(6);
  });
});

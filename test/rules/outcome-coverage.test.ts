import rule from '../../rules/outcome-coverage.js';
import { runRuleTests } from '../support/rule-tester.js';

const ALL_NINE = `# Glenmuir Strategic Plan

## How we contribute to the outcomes

- Outcome 1: healthier living through social prescribing.
- Outcome 2: more care at home.
- Outcome 3: positive experiences of care.
- Outcome 4: quality of life for people in care homes.
- Outcome 5: reducing health inequalities in Glenmuir East.
- Outcome 6: short breaks for unpaid carers.
- Outcome 7: adult support and protection.
- Outcome 8: a workforce plan for the partnership.
- Outcome 9: best value from the integrated budget.
`;

runRuleTests(rule, {
  valid: [
    { name: 'every outcome addressed', code: ALL_NINE },
    {
      name: 'an action plan with a row per outcome cites each outcome',
      code: `# Plan\n\n## Action plan\n\n| Outcome | Action | Lead |\n|---|---|---|\n${[1, 2, 3, 4, 5, 6, 7, 8, 9]
        .map((id) => `| Outcome ${id} | Action ${id} | Chief Officer |`)
        .join('\n')}\n`,
    },
    {
      name: 'a mapping table with ticks addresses the ticked outcomes',
      code: `# Plan\n\n## Priorities and outcomes\n\n| Priority | NHWO 1 | NHWO 2 | NHWO 3 | NHWO 4 | NHWO 5 | NHWO 6 | NHWO 7 | NHWO 8 | NHWO 9 |\n|---|---|---|---|---|---|---|---|---|---|\n| Prevention | ✓ | ✓ | | | ✓ | | | | |\n| Home first | | ✓ | ✓ | ✓ | | ✓ | ✓ | ✓ | ✓ |\n`,
    },
  ],
  invalid: [
    {
      name: 'a missing outcome is reported on the heading of the outcomes section',
      code: ALL_NINE.replace('- Outcome 9: best value from the integrated budget.\n', ''),
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 1,
          message:
            'Outcome 9 (effective use of resources) is not addressed anywhere',
        },
      ],
    },
    {
      name: 'without an outcomes section, on the title',
      code: '# Glenmuir Strategic Plan\n\n## Carers\n\nWe will extend short breaks for unpaid carers.\n',
      errors: [1, 2, 3, 4, 5, 7, 8, 9].map(() => ({ messageId: 'missing', line: 1, column: 1 })),
    },
    {
      name: '"outcomes 1 to 9" claims them all and addresses none',
      code: '# Plan\n\nThis plan supports National Outcomes 1 to 9.\n',
      errors: [
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => ({ messageId: 'missing', line: 1, column: 1 })),
        {
          messageId: 'claimWithoutLink',
          line: 3,
          column: 11,
          message:
            'Alignment with the outcomes is claimed, but no link is shown for outcomes 1, 2, 3, 4, 5, 6, 7, 8, 9',
        },
      ],
    },
    {
      name: 'a bare claim of alignment addresses no outcome',
      code: '# Plan\n\nThis plan supports all nine national health and wellbeing outcomes.\n',
      errors: [
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => ({ messageId: 'missing', line: 1, column: 1 })),
        { messageId: 'claimWithoutLink', line: 3, column: 11 },
      ],
    },
    {
      name: 'a claim of alignment names the outcomes it shows no link for',
      code: '# Plan\n\nThis plan is aligned to the nine national outcomes.\n\n## Carers\n\nWe will extend short breaks for unpaid carers.\n',
      errors: [
        ...[1, 2, 3, 4, 5, 7, 8, 9].map(() => ({ messageId: 'missing', line: 1, column: 1 })),
        {
          messageId: 'claimWithoutLink',
          line: 3,
          column: 14,
          message:
            'Alignment with the outcomes is claimed, but no link is shown for outcomes 1, 2, 3, 4, 5, 7, 8, 9',
        },
      ],
    },
  ],
});

import rule from '../../rules/outcome-evidence.js';
import { runRuleTests } from '../support/rule-tester.js';

const CATALOGUE = `# Plan

## Introduction

The nine outcomes are:

1. People are able to look after and improve their own health and wellbeing and live in good health for longer.
2. People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community.
3. People who use health and social care services have positive experiences of those services, and have their dignity respected.
4. Health and social care services are centred on helping to maintain or improve the quality of life of people who use those services.
5. Health and social care services contribute to reducing health inequalities.

Our budget for 2025/26 is £212m.
`;

const WITH_ACTION = `# Plan

## 4.2 Supporting unpaid carers

We will double the number of short breaks for unpaid carers.

| Action | Lead | Timescale |
|---|---|---|
| Commission a short breaks service | Carers Lead | March 2026 |
`;

runRuleTests(rule, {
  valid: [
    { name: 'an action with an owner and a date in the same section', code: WITH_ACTION },
    {
      name: 'a core integration indicator',
      code: '# Plan\n\n## Carers\n\nOutcome 6 is tracked through NI-8, carers who feel supported to continue in their caring role.\n',
    },
    {
      name: 'evidence in a subsection counts for its parent section',
      code: '# Plan\n\n## Carers\n\nUnpaid carers are at the heart of this plan.\n\n### Actions\n\nLead: Carers Strategy Group.\n',
    },
    {
      name: 'an action plan with a row per outcome is not a catalogue',
      code: `# Plan\n\n## Action plan\n\n| Outcome | Action | Lead | By |\n|---|---|---|---|\n${[1, 2, 3, 4, 5, 6, 7, 8, 9]
        .map((id) => `| Outcome ${id} | Action ${id} | Chief Officer | March 2026 |`)
        .join('\n')}\n`,
    },
    {
      name: 'schemes need only have regard to the outcomes',
      code: '# Integration scheme\n\n## Aims\n\nThe Parties will support unpaid carers.\n',
      documentType: 'integration-scheme',
    },
    {
      name: 'evidence elsewhere in the chapter, when asked for',
      code: '# Plan\n\n## 4 Priorities\n\n### 4.1 Carers\n\nUnpaid carers matter.\n\n### 4.2 Delivery\n\nLead: Chief Officer, by March 2026.\n',
      options: { within: 'chapter' },
    },
  ],
  invalid: [
    {
      name: 'addressed without evidence',
      code: '# Plan\n\n## Carers\n\nWe value unpaid carers and will listen to them.\n\n## Budget\n\nThe budget is £212m.\n',
      errors: [
        {
          messageId: 'noEvidence',
          line: 5,
          column: 10,
          message:
            'Outcome 6 (unpaid carers) is addressed without evidence',
        },
      ],
    },
    {
      name: 'listed in a catalogue, never addressed, even with figures beside it',
      code: CATALOGUE,
      errors: [7, 8, 9, 10, 11].map((line) => ({ messageId: 'listedOnly', line, column: 4 })),
    },
    {
      name: 'a commitment where a target is required',
      code: WITH_ACTION,
      options: { minimum: 'target' },
      errors: [
        {
          messageId: 'weakEvidence',
          line: 3,
          column: 19,
          message:
            'Outcome 6 (unpaid carers) has no evidence at the level "target"',
        },
      ],
    },
    {
      name: 'a year after "by" is a date, not a target',
      code: '# Plan\n\n## Carers\n\nWe will improve access to short breaks for unpaid carers by 2027.\n',
      options: { minimum: 'target' },
      errors: [{ messageId: 'weakEvidence', line: 5, column: 27 }],
    },
    {
      name: 'an indicator the plan says it cannot report is not evidence',
      code: '# Report\n\n## Safe from harm\n\nWe are not yet able to report how safe people feel: NI-9 is not available for 2024/25.\n',
      errors: [{ messageId: 'noEvidence', line: 3, column: 4 }],
    },
    {
      name: 'an action plan whose lead and timescale are still to be confirmed shows no commitment',
      code: '# Plan\n\n## Unpaid carers\n\nA carers strategy will be written.\n\n| Action | Lead | Timescale |\n|---|---|---|\n| Carers strategy | To be confirmed | TBC |\n',
      errors: [{ messageId: 'noEvidence', line: 3, column: 4 }],
    },
    {
      name: 'evidence in a sibling section does not count by default',
      code: '# Plan\n\n## 4 Priorities\n\n### 4.1 Carers\n\nUnpaid carers matter.\n\n### 4.2 Delivery\n\nLead: Chief Officer, by March 2026.\n',
      errors: [{ messageId: 'noEvidence', line: 7, column: 1 }],
    },
  ],
});

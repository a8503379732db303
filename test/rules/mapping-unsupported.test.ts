import rule from '../../rules/mapping-unsupported.js';
import { runRuleTests } from '../support/rule-tester.js';

const header = '| Priority | NHWO 1 | NHWO 2 | NHWO 3 | NHWO 4 | NHWO 5 | NHWO 6 | NHWO 7 | NHWO 8 | NHWO 9 |\n|---|---|---|---|---|---|---|---|---|---|';
const row = (name: string, ticks: number[]) => `| ${name} |${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => (ticks.includes(id) ? ' ✓ |' : '  |')).join('')}`;

const sections = `## Carers

We will extend short breaks for unpaid carers and their quality of life.

## Home first

More care at home, fewer delayed discharges.

## Our people

A workforce plan that values staff.

## Best value

Resources used effectively and efficiently; financial sustainability.

## Prevention

Social prescribing and self-management for healthier lives; reducing health inequalities; positive experiences; keeping people safe from harm.
`;

const table = (rows: string[]) => `# Plan\n\n## Priorities and outcomes\n\n${header}\n${rows.join('\n')}\n\n${sections}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'every tick borne out by its priority’s section, every outcome mapped',
      code: table([row('Carers', [4, 6]), row('Home first', [2]), row('Our people', [8]), row('Best value', [9]), row('Prevention', [1, 3, 5, 7])]),
    },
    { name: 'a table without ticks maps nothing', code: `# Plan\n\n| Outcome | Action |\n|---|---|\n| Outcome 6 | Short breaks |\n| Outcome 7 | Protection |\n| Outcome 8 | Workforce plan |\n` },
  ],
  invalid: [
    {
      name: 'a tick its priority’s section does not bear out',
      code: table([row('Carers', [4, 6, 8]), row('Home first', [2]), row('Our people', [8]), row('Best value', [9]), row('Prevention', [1, 3, 5, 7])]),
      errors: [
        {
          messageId: 'unsupported',
          line: 7,
          column: 33,
          message: '"Carers" is ticked for outcome 8 (engaged workforce), but its section does not address it',
          help: 'Show in "Carers" how the priority serves the outcome, or remove the tick.',
        },
      ],
    },
    {
      name: 'an outcome no priority serves',
      code: table([row('Carers', [4, 6]), row('Home first', [2]), row('Best value', [9]), row('Prevention', [1, 3, 5, 7])]),
      errors: [
        { messageId: 'unmapped', line: 5, column: 1, message: 'The mapping table links no priority to outcome 8' },
      ],
    },
  ],
});

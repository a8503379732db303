import rule from '../../rules/outcome-reference.js';
import { runRuleTests } from '../support/rule-tester.js';

const CATALOGUE_SWAPPED = `# Plan

## The national outcomes

1. People are able to look after and improve their own health and wellbeing and live in good health for longer.
2. People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community.
3. People who use health and social care services have positive experiences of those services, and have their dignity respected.
4. Health and social care services contribute to reducing health inequalities.
5. Health and social care services are centred on helping to maintain or improve the quality of life of people who use those services.
`;

runRuleTests(rule, {
  valid: [
    { name: 'a citation of an outcome that exists', code: '# Plan\n\nShort breaks serve Outcome 6 and NHWO 2.\n' },
    { name: 'a range and a list', code: '# Plan\n\nThis priority supports outcomes 1–3, 5 and 9.\n' },
    { name: 'a local outcome numbered past nine', code: '# Plan\n\nOur local outcome 12 is about town centres.\n' },
    {
      name: 'quoted wording under its own number',
      code: '# Plan\n\nOutcome 5: "Health and social care services contribute to reducing health inequalities."\n',
    },
  ],
  invalid: [
    {
      name: 'an outcome that does not exist',
      code: '# Plan\n\nThis also contributes to Outcome 10.\n',
      errors: [
        {
          messageId: 'unknown',
          line: 3,
          column: 26,
          endColumn: 36,
          message: 'Outcome 10 does not exist',
        },
      ],
    },
    {
      name: 'a range past nine is one finding',
      code: '# Plan\n\nSee outcomes 1–12.\n',
      errors: [{ messageId: 'unknown', line: 3, column: 16, endColumn: 18 }],
    },
    {
      name: 'only the wrong number of a list',
      code: '# Plan\n\nSee outcomes 2, 4 and 12.\n',
      errors: [{ messageId: 'unknown', line: 3, column: 23, endColumn: 25 }],
    },
    {
      name: 'wording of one outcome under the number of another',
      code: '# Plan\n\nOutcome 3: "Health and social care services contribute to reducing health inequalities."\n',
      errors: [
        {
          messageId: 'misnumbered',
          line: 3,
          column: 9,
          message: 'Outcome 3 is quoted with the wording of outcome 5 (health inequalities)',
          suggestions: [{ messageId: 'renumber', text: '5', line: 3, column: 9 }],
        },
      ],
    },
    {
      name: 'a numbered list of the outcomes in the wrong order',
      code: CATALOGUE_SWAPPED,
      errors: [
        { messageId: 'misnumbered', line: 8, column: 4, message: 'Outcome 4 is quoted with the wording of outcome 5 (health inequalities)' },
        { messageId: 'misnumbered', line: 9, column: 4, message: 'Outcome 5 is quoted with the wording of outcome 4 (quality of life)' },
      ],
    },
  ],
});

import rule from '../../rules/outcome-wording.js';
import { runRuleTests } from '../support/rule-tester.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'the wording of the regulations',
      code: '# Plan\n\nOutcome 6: "People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being."\n',
    },
    {
      name: 'a variant in official circulation',
      code: '# Plan\n\n- Outcome 7: People using health and social care services are safe from harm.\n',
    },
    {
      name: 'ampersand and no commas',
      code: '# Plan\n\n- People who use health & social care services have positive experiences of those services and have their dignity respected\n',
    },
    {
      name: 'a paraphrase in running prose is not a quotation',
      code: '# Plan\n\nWe want everyone who uses health and social care services to be safe from harm and to feel it.\n',
    },
  ],
  invalid: [
    {
      name: 'a quotation that departs from the regulations',
      code: '# Plan\n\n**Outcome 7:** "People who use services are kept safe from harm."\n',
      errors: [
        {
          messageId: 'departs',
          line: 3,
          column: 17,
          endColumn: 64,
          message:
            'Outcome 7 (safe from harm) is quoted in words that depart from the regulations',
          suggestions: [
            { messageId: 'useStatutory', text: 'People who use health and social care services are safe from harm', line: 3, column: 17 },
          ],
        },
      ],
    },
    {
      name: 'a quotation in curly single quotes',
      code: "# Plan\n\nWe hold to ‘People who use services are kept safe from harm’ in all we do.\n",
      errors: [{ messageId: 'departs', line: 3, column: 13 }],
    },
    {
      name: 'a shortened outcome in a list of them',
      code: '# Plan\n\n- Outcome 6: People who provide unpaid care are supported to look after their health and wellbeing\n',
      errors: [{ messageId: 'departs', line: 3, column: 14 }],
    },
  ],
});

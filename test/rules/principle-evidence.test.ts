import rule from '../../rules/principle-evidence.js';
import { runRuleTests } from '../support/rule-tester.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'prevention backed by a target',
      code: '# Plan\n\n## Prevention\n\nWe will expand early intervention: anticipatory care plans for 80% of people over 75 by March 2027.\n',
    },
  ],
  invalid: [
    {
      name: 'a principle asserted without evidence',
      code: '# Plan\n\n## Rights\n\nOur services are grounded in human rights.\n',
      errors: [
        {
          messageId: 'noEvidence',
          line: 5,
          column: 30,
          message:
            'Principle "rights" (rights of service-users) is addressed without evidence',
        },
      ],
    },
  ],
});

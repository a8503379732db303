import rule from '../../rules/principle-coverage.js';
import { PRINCIPLES } from '../../src/framework/index.js';
import { runRuleTests } from '../support/rule-tester.js';

/** One paragraph per principle, in the Act's words, each in its own section. */
const ALL_PRINCIPLES = `# Plan\n\n## Our principles\n\n${PRINCIPLES.map((principle) => `### ${principle.shortName}\n\nOur services ${principle.wording}.\n`).join('\n')}`;

runRuleTests(rule, {
  valid: [{ name: 'every principle addressed in its statutory words', code: ALL_PRINCIPLES }],
  invalid: [
    {
      name: 'a principle never addressed is reported on the principles section',
      code: ALL_PRINCIPLES.replace(/### respects the rights[\s\S]*?\n\n[^\n]*\n/i, '').replace(/### rights[^\n]*\n\n[^\n]*\n/i, ''),
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 1,
          message:
            'Principle "rights" (rights of service-users) is not addressed anywhere: say how the arrangements contribute to it, in a passage or section of its own',
        },
      ],
    },
  ],
});

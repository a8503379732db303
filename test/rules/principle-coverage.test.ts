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
            'Principle "rights" (rights of service-users) is not addressed anywhere',
        },
      ],
    },
    {
      name: 'several missing principles are one finding naming them',
      code: '# Plan\n\n## Our principles\n\nOur services respect the dignity of service-users.\n',
      errors: [{ messageId: 'missingMany', line: 3, column: 1 }],
    },
    {
      name: 'with "each", every missing principle is a finding of its own',
      code: '# Plan\n\n## Our principles\n\nOur services respect the dignity of service-users.\n',
      options: { each: true },
      errors: PRINCIPLES.filter((principle) => principle.id !== 'dignity').map(() => ({ messageId: 'missing', line: 3, column: 1 })),
    },
  ],
});

import type { Rule } from '../src/engine/types.js';
import { OUTCOME_FAMILY } from './support/concepts.js';
import { reportMissing } from './support/coverage-rule.js';

const rule: Rule = {
  meta: {
    id: 'outcome-coverage',
    type: 'problem',
    docs: {
      description: 'Each of the nine National Health and Wellbeing Outcomes is addressed somewhere in the document',
      url: 'docs/rules/outcome-coverage.md',
    },
    severity: 'error',
    messages: {
      missing: '{{concept}} is not addressed anywhere: say how the arrangements contribute to it, in a passage or section of its own',
    },
  },
  create: (context) => reportMissing(OUTCOME_FAMILY, context),
};

export default rule;

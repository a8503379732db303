import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { PRINCIPLE_FAMILY } from './support/concepts.js';
import { reportMissing } from './support/coverage-rule.js';

const rule: Rule = {
  meta: {
    id: 'principle-coverage',
    type: 'problem',
    docs: {
      description: 'Each of the thirteen integration delivery principles (section 31) is addressed somewhere in the document',
      url: ruleDocsUrl('principle-coverage'),
    },
    provisions: ['s31', 's30(2)(a)', 's37(2)', 's42'],
    severity: 'warn',
    messages: {
      missing: '{{concept}} is not addressed anywhere: say how the arrangements contribute to it, in a passage or section of its own',
    },
  },
  create: (context) => reportMissing(PRINCIPLE_FAMILY, context),
};

export default rule;

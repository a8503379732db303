import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { PRINCIPLE_FAMILY } from './support/concepts.js';
import { reportMissing } from './support/coverage-rule.js';

export type PrincipleCoverageOptions = {
  /** Report each missing principle on its own line instead of one finding naming them all. */
  each: boolean;
};

/*
 * Plans that miss one principle tend to miss several (on the corpus of real
 * plans, the same thirteen principle warnings made up more than half of all
 * findings), and they share a place and a remedy: one finding names them all.
 */
const rule: Rule<PrincipleCoverageOptions> = {
  meta: {
    id: 'principle-coverage',
    type: 'problem',
    docs: {
      description: 'Each of the thirteen integration delivery principles (section 31) is addressed somewhere in the document',
      url: ruleDocsUrl('principle-coverage'),
    },
    provisions: ['s31', 's30(2)(a)', 's37(2)', 's42'],
    severity: 'warn',
    schema: {
      type: 'object',
      properties: { each: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { each: false },
    messages: {
      missing: '{{concept}} is not addressed anywhere',
      missingMany: '{{count}} delivery principles are not addressed anywhere. Missing: {{names}}',
    },
    help: {
      missing: 'Say how the arrangements contribute to it, in a passage or section of its own.',
      missingMany: 'Say how the arrangements contribute to each of them, in a passage or section of its own.',
    },
  },
  create: (context) => reportMissing(PRINCIPLE_FAMILY, context, !context.options.each),
};

export default rule;

import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { OUTCOME_FAMILY } from './support/concepts.js';
import {
  EVIDENCE_DEFAULTS,
  EVIDENCE_HELP,
  EVIDENCE_MESSAGES,
  EVIDENCE_OPTIONS_SCHEMA,
  reportUnevidenced,
  type EvidenceOptions,
} from './support/coverage-rule.js';

const rule: Rule<EvidenceOptions> = {
  meta: {
    id: 'outcome-evidence',
    type: 'problem',
    docs: {
      description: 'Each outcome the document addresses is backed by evidence in the same section',
      url: ruleDocsUrl('outcome-evidence'),
    },
    provisions: ['s29(2)(b)', 's37(2)', 's42'],
    severity: 'warn',
    schema: EVIDENCE_OPTIONS_SCHEMA,
    defaultOptions: { ...EVIDENCE_DEFAULTS },
    messages: EVIDENCE_MESSAGES,
    help: EVIDENCE_HELP,
    // An integration scheme need only have regard to the outcomes (s3(2)); evidence is for plans and reports.
    documentTypes: ['strategic-plan', 'plan-review', 'performance-report'],
  },
  create: (context) => reportUnevidenced(OUTCOME_FAMILY, context),
};

export default rule;

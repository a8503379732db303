import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { PRINCIPLE_FAMILY } from './support/concepts.js';
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
    id: 'principle-evidence',
    type: 'problem',
    docs: {
      description: 'Each principle the document addresses is backed by evidence in the same section',
      url: ruleDocsUrl('principle-evidence'),
    },
    provisions: ['s31', 's30(2)(a)', 's37(2)', 's42'],
    severity: 'warn',
    schema: EVIDENCE_OPTIONS_SCHEMA,
    defaultOptions: { ...EVIDENCE_DEFAULTS },
    messages: EVIDENCE_MESSAGES,
    help: EVIDENCE_HELP,
    // An integration scheme need only have regard to the outcomes (s3(2)); evidence is for plans and reports.
    documentTypes: ['strategic-plan', 'plan-review', 'performance-report'],
  },
  create: (context) => reportUnevidenced(PRINCIPLE_FAMILY, context),
};

export default rule;

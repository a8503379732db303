import { locateSpan } from '../src/document/locate.js';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { OUTCOME_FAMILY } from './support/concepts.js';
import { reportMissing } from './support/coverage-rule.js';

const rule: Rule = {
  meta: {
    id: 'outcome-coverage',
    type: 'problem',
    docs: {
      description: 'Each of the nine National Health and Wellbeing Outcomes is addressed somewhere in the document',
      url: ruleDocsUrl('outcome-coverage'),
    },
    provisions: ['s29(2)(b)', 's30(2)(b)', 's3(2)', 's37(2)', 's42'],
    severity: 'error',
    messages: {
      missing: '{{concept}} is not addressed anywhere',
      claimWithoutLink: 'Alignment with the outcomes is claimed, but no link is shown for {{outcomes}}',
    },
    help: {
      missing: 'Say how the arrangements contribute to it, in a passage or section of its own.',
      claimWithoutLink: 'Say how the arrangements serve each of them, or claim only the outcomes the plan shows a link for.',
    },
  },
  create(context) {
    const missing = reportMissing(OUTCOME_FAMILY, context);
    return {
      end() {
        missing.end?.();
        // A claim of alignment is where its author will look for what it leaves out.
        const claim = context.analysis.claims[0];
        const unlinked = context.analysis.outcomes.filter((outcome) => !outcome.matches.some((match) => match.kind !== 'catalogue'));
        if (!claim || unlinked.length === 0) return;
        const outcomes = `${unlinked.length > 1 ? 'outcomes' : 'outcome'} ${unlinked.map((outcome) => outcome.id).join(', ')}`;
        const loc = locateSpan(context.document.blocks[claim.blockId]!, claim.start, claim.end);
        context.report({ loc, messageId: 'claimWithoutLink', data: { outcomes } });
      },
    };
  },
};

export default rule;

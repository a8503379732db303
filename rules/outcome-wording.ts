import { locateSpan } from '../src/document/locate.js';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { outcomeById } from '../src/framework/index.js';

/**
 * A quoted outcome must read as the regulations (SSI 2014/343) word it, or
 * as one of the variants in official circulation: a paraphrase inside
 * quotation marks misstates the duty.
 */
const rule: Rule = {
  meta: {
    id: 'outcome-wording',
    type: 'suggestion',
    docs: {
      description: 'Quoted National Health and Wellbeing Outcomes use the wording of the regulations',
      url: ruleDocsUrl('outcome-wording'),
    },
    provisions: ['SSI 2014/343'],
    severity: 'warn',
    hasSuggestions: true,
    fixable: true,
    messages: {
      departs: 'Outcome {{id}} ({{name}}) is quoted in words that depart from the regulations',
      useStatutory: 'Replace with the statutory wording of outcome {{id}}',
    },
    help: {
      departs: 'Quote the regulations (SSI 2014/343), which read: "{{wording}}"',
    },
  },
  create(context) {
    const { document, analysis } = context;
    return {
      end() {
        for (const quote of analysis.quotes) {
          if (quote.exact) continue;
          const outcome = outcomeById(quote.outcome);
          if (!outcome) continue;
          const loc = locateSpan(document.blocks[quote.blockId]!, quote.start, quote.end);
          const wording = outcome.wording.replace(/\.$/, '');
          const data = { id: outcome.id, name: outcome.shortName, wording: outcome.wording };
          context.report({ loc, messageId: 'departs', data, suggest: [{ messageId: 'useStatutory', data, fix: { loc, text: wording } }] });
        }
      },
    };
  },
};

export default rule;

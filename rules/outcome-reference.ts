import { locateSpan } from '../src/document/locate.js';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { outcomeById } from '../src/framework/index.js';

/**
 * Citations of outcomes that do not exist, and quoted outcome wording under
 * another outcome's number: both send a reader to the wrong duty.
 */
const rule: Rule = {
  meta: {
    id: 'outcome-reference',
    type: 'problem',
    docs: {
      description: 'References to National Health and Wellbeing Outcomes name outcomes that exist, under their own numbers',
      url: ruleDocsUrl('outcome-reference'),
    },
    provisions: ['SSI 2014/343'],
    severity: 'error',
    hasSuggestions: true,
    fixable: true,
    messages: {
      unknown: 'Outcome {{number}} does not exist',
      misnumbered: 'Outcome {{number}} is quoted with the wording of outcome {{actual}} ({{name}})',
      renumber: 'Number it outcome {{actual}}',
    },
    help: {
      unknown: 'The National Health and Wellbeing Outcomes are numbered 1 to 9 (SSI 2014/343): cite one of them.',
      misnumbered: 'The number or the wording is wrong: number it outcome {{actual}}, or quote the wording of outcome {{number}}.',
    },
  },
  create(context) {
    const { document, analysis } = context;
    return {
      end() {
        for (const reference of analysis.references) {
          if (reference.number >= 1 && reference.number <= 9) continue;
          const loc = locateSpan(document.blocks[reference.blockId]!, reference.start, reference.end);
          context.report({ loc, messageId: 'unknown', data: { number: reference.number } });
        }
        for (const quote of analysis.quotes) {
          // A number outside 1-9 is already reported as unknown.
          if (!quote.label || quote.label.number === quote.outcome || quote.label.number < 1 || quote.label.number > 9) continue;
          const block = document.blocks[quote.blockId]!;
          const data = { number: quote.label.number, actual: quote.outcome, name: outcomeById(quote.outcome)?.shortName ?? '' };
          const { start, end } = quote.label;
          const labelled = start !== undefined && end !== undefined;
          context.report({
            loc: labelled ? locateSpan(block, start, end) : locateSpan(block, quote.start, quote.end),
            messageId: 'misnumbered',
            data,
            suggest: labelled ? [{ messageId: 'renumber', data, fix: { loc: locateSpan(block, start, end), text: String(quote.outcome) } }] : [],
          });
        }
      },
    };
  },
};

export default rule;

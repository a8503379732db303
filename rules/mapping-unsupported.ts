import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { outcomeById } from '../src/framework/index.js';

/**
 * A table mapping priorities to outcomes is a claim; the priorities' own
 * sections must bear it out (s29(2)(b) asks how each arrangement serves each
 * outcome), and the table should leave no outcome without a priority. The
 * analysis matches each tick to its priority's section (src/analysis/passes/mappings.ts).
 */
const rule: Rule = {
  meta: {
    id: 'mapping-unsupported',
    type: 'problem',
    docs: {
      description: 'An outcome-mapping table covers every outcome, and each tick is borne out by the section of the priority it maps',
      url: ruleDocsUrl('mapping-unsupported'),
    },
    provisions: ['s29(2)(b)'],
    severity: 'warn',
    messages: {
      unsupported: '"{{priority}}" is ticked for outcome {{id}} ({{name}}), but its section does not address it',
      unmapped: 'The mapping table links no priority to {{outcomes}}',
    },
    help: {
      unsupported: 'Show in "{{section}}" how the priority serves the outcome, or remove the tick.',
      unmapped: 'Every outcome needs a priority that serves it: tick the priorities that do, or add one.',
    },
  },
  create(context) {
    const { document, analysis } = context;
    return {
      end() {
        for (const mapping of analysis.mappings) {
          const table = document.tables[mapping.tableId]!;
          if (mapping.unmapped.length > 0) {
            const outcomes = `${mapping.unmapped.length > 1 ? 'outcomes' : 'outcome'} ${mapping.unmapped.join(', ')}`;
            context.report({ loc: table.loc, messageId: 'unmapped', data: { outcomes } });
          }
          for (const tick of mapping.ticks) {
            if (tick.priority === undefined || tick.section === undefined || tick.support) continue;
            const section = document.sections[tick.section]!;
            const heading = section.headingBlock === undefined ? undefined : document.blocks[section.headingBlock];
            context.report({
              loc: document.blocks[tick.match.blockId]!.loc,
              messageId: 'unsupported',
              data: { priority: tick.priority, id: tick.outcome, name: outcomeById(tick.outcome)?.shortName ?? '', section: section.heading },
              ...(heading ? { related: [{ message: `the section of "${tick.priority}"`, loc: heading.loc }] } : {}),
            });
          }
        }
      },
    };
  },
};

export default rule;

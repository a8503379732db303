import { tokenize } from '../src/analysis/tokens.js';
import type { PlanDocument, Section } from '../src/document/types.js';
import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { outcomeById } from '../src/framework/index.js';

/** Words that do not name a priority: "4.2 Our work with carers" is found by "work" and "carers". */
const FILLER = new Set(tokenize('our the a an and of for to in on with we will priority priorities theme').map((token) => token.stem));

function nameStems(text: string): Set<string> {
  return new Set(tokenize(text.replace(/^\s*[\d.]+\s*/, '')).map((token) => token.stem).filter((stem) => !FILLER.has(stem) && !/^\d+$/.test(stem)));
}

/** The section a priority's row stands for: the one whose title shares most of the priority's words. */
function prioritySection(sections: readonly { section: Section; title: Set<string> }[], subject: string, tableSection: number): Section | undefined {
  const wanted = nameStems(subject);
  if (wanted.size === 0) return undefined;
  let best: { section: Section; share: number } | undefined;
  for (const { section, title } of sections) {
    if (section.index === tableSection) continue;
    const share = [...wanted].filter((stem) => title.has(stem)).length / wanted.size;
    if (share >= 0.6 && (!best || share > best.share)) best = { section, share };
  }
  return best?.section;
}

function within(document: PlanDocument, sectionIndex: number, ancestor: number): boolean {
  for (let index: number | undefined = sectionIndex; index !== undefined; index = document.sections[index]?.parent) {
    if (index === ancestor) return true;
  }
  return false;
}

/**
 * A table mapping priorities to outcomes is a claim; the priorities' own
 * sections must bear it out (s29(2)(b) asks how each arrangement serves each
 * outcome), and the table should leave no outcome without a priority.
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
      unsupported:
        '"{{priority}}" claims outcome {{id}} ({{name}}), but its section "{{section}}" says nothing about it: show how the priority serves the outcome, or remove the tick',
      unmapped: 'The mapping table links no priority to {{outcomes}}: every outcome needs a priority that serves it',
    },
  },
  create(context) {
    const { document, analysis } = context;
    return {
      end() {
        if (analysis.mappings.length === 0) return;
        // A plan's tables tick many cells; each section's title is read once for all of them.
        const titled = document.sections.filter((section) => section.depth > 0).map((section) => ({ section, title: nameStems(section.title) }));
        for (const mapping of analysis.mappings) {
          const table = document.tables[mapping.tableId]!;
          const mapped = new Set(mapping.marks.map((mark) => mark.outcome));
          const unmapped = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((id) => !mapped.has(id as never));
          if (unmapped.length > 0) {
            const outcomes = `${unmapped.length > 1 ? 'outcomes' : 'outcome'} ${unmapped.join(', ')}`;
            context.report({ loc: table.loc, messageId: 'unmapped', data: { outcomes } });
          }
          for (const mark of mapping.marks) {
            if (mark.subjectCell === undefined) continue;
            const priority = document.blocks[mark.subjectCell]!.text.trim();
            const section = prioritySection(titled, priority, table.sectionIndex);
            if (!section) continue;
            const coverage = analysis.outcomes.find((outcome) => outcome.id === mark.outcome)!;
            const supported = coverage.matches.some(
              (match) => match.kind !== 'catalogue' && match.kind !== 'table' && within(document, document.blocks[match.blockId]!.sectionIndex, section.index),
            );
            if (supported) continue;
            const heading = section.headingBlock === undefined ? undefined : document.blocks[section.headingBlock];
            context.report({
              loc: document.blocks[mark.match.blockId]!.loc,
              messageId: 'unsupported',
              data: { priority, id: mark.outcome, name: outcomeById(mark.outcome)?.shortName ?? '', section: section.heading },
              ...(heading ? { related: [{ message: `the section of "${priority}"`, loc: heading.loc }] } : {}),
            });
          }
        }
      },
    };
  },
};

export default rule;

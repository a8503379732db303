import type { PlanDocument } from '../../document/types.js';
import { definePass } from '../pass.js';

export interface FamilySectionsOutput {
  /** Section where the plan deals with the outcomes as a whole, if it has one. */
  outcomes?: number;
  principles?: number;
}

/** Where to report what a family lacks: the section about the outcomes (or principles) as a whole. */
export const familySectionsPass = definePass({
  name: 'familySections',
  reads: [],
  run: ({ document }): FamilySectionsOutput => {
    const outcomes = familySection(document, /\boutcomes\b/i, /\boutcomes?\s+\d/i);
    const principles = familySection(document, /\bprinciples\b/i, /\bprinciple\b/i);
    return { ...(outcomes === undefined ? {} : { outcomes }), ...(principles === undefined ? {} : { principles }) };
  },
});

/**
 * The section where a plan deals with the outcomes (or principles) as a
 * whole: one titled for all of them ("Our outcomes"), else the parent of the
 * sections given to single ones ("4 Our priorities" above "4.1 Outcome 1: …").
 */
function familySection(document: PlanDocument, whole: RegExp, single: RegExp): number | undefined {
  const body = document.sections.filter((section) => section.depth > 0 && section.headingBlock !== document.titleBlock);
  const titled = body.find((section) => whole.test(section.title) && !single.test(section.title));
  if (titled) return titled.index;
  const parent = body.find((section) => single.test(section.title))?.parent;
  const parentSection = parent === undefined ? undefined : document.sections[parent];
  return parentSection && body.includes(parentSection) ? parentSection.index : undefined;
}

import type { PlanDocument, Section } from '../../document/types.js';
import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import { tokenize } from '../tokens.js';
import type { ConceptMatch, MappingSupport, MappingTick } from '../types.js';

/** Words that do not name a priority: "4.2 Our work with carers" is found by "work" and "carers". */
const FILLER = new Set(tokenize('our the a an and of for to in on with we will priority priorities theme').stems());

/** A priority names its section when the section's title has this share of the priority's words. */
const LEAST_SHARE = 0.6;

const ALL_OUTCOMES: readonly OutcomeId[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function nameStems(text: string): Set<string> {
  return new Set(tokenize(text.replace(/^\s*[\d.]+\s*/, '')).stems().filter((stem) => !FILLER.has(stem) && !/^\d+$/.test(stem)));
}

/**
 * The sections that have a title, indexed by the words of their titles: a
 * plan's tables tick many cells, and a long plan has thousands of sections,
 * of which a priority's words name only a few.
 */
class SectionTitles {
  private readonly sections: Section[];
  private readonly byStem = new Map<string, number[]>();

  constructor(document: PlanDocument) {
    this.sections = document.sections.filter((section) => section.depth > 0);
    this.sections.forEach((section, position) => {
      for (const stem of nameStems(section.title)) {
        const positions = this.byStem.get(stem);
        if (positions) positions.push(position);
        else this.byStem.set(stem, [position]);
      }
    });
  }

  /** The section a priority's row stands for: the first of those whose title shares most of the priority's words. */
  prioritySection(subject: string, tableSection: number): Section | undefined {
    const wanted = nameStems(subject);
    if (wanted.size === 0) return undefined;
    const shared = new Map<number, number>();
    for (const stem of wanted) for (const position of this.byStem.get(stem) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
    let best: { position: number; share: number } | undefined;
    for (const [position, count] of shared) {
      const share = count / wanted.size;
      if (share < LEAST_SHARE || this.sections[position]!.index === tableSection) continue;
      if (!best || share > best.share || (share === best.share && position < best.position)) best = { position, share };
    }
    return best && this.sections[best.position];
  }
}

function isWithin(document: PlanDocument, sectionIndex: number, ancestor: number): boolean {
  for (let index: number | undefined = sectionIndex; index !== undefined; index = document.sections[index]?.parent) {
    if (index === ancestor) return true;
  }
  return false;
}

/**
 * A table mapping priorities to outcomes is a claim; the priorities' own
 * sections must bear it out (s29(2)(b) asks how each arrangement serves each
 * outcome). Each tick is matched to its priority's section by title words,
 * and that section searched for a passage addressing the ticked outcome.
 */
export const mappingsPass = definePass({
  name: 'mappings',
  reads: ['tables', 'verdicts'],
  run: ({ document }, { tables, verdicts }): MappingSupport[] => {
    if (tables.tables.length === 0) return [];
    const titles = new SectionTitles(document);
    const passagesOf = new Map(verdicts.outcomes.map((outcome) => [outcome.id, outcome.matches]));
    return tables.tables.map((mapping) => {
      const table = document.tables[mapping.tableId]!;
      const mapped = new Set(mapping.marks.map((mark) => mark.outcome));
      const ticks = mapping.marks.map((mark): MappingTick => {
        if (mark.subjectCell === undefined) return { outcome: mark.outcome, match: mark.match };
        const priority = document.blocks[mark.subjectCell]!.text.trim();
        const section = titles.prioritySection(priority, table.sectionIndex);
        if (!section) return { outcome: mark.outcome, match: mark.match, priority };
        const support = (passagesOf.get(mark.outcome) ?? []).find(
          (match: ConceptMatch) =>
            match.kind !== 'catalogue' && match.kind !== 'table' && isWithin(document, document.blocks[match.blockId]!.sectionIndex, section.index),
        );
        return { outcome: mark.outcome, match: mark.match, priority, section: section.index, ...(support ? { support } : {}) };
      });
      return { tableId: mapping.tableId, outcomes: mapping.outcomes, unmapped: ALL_OUTCOMES.filter((id) => !mapped.has(id)), ticks };
    });
  },
});

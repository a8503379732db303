import { locateSpan } from '../../src/document/locate.js';
import type { PlanDocument, SourceLocation } from '../../src/document/types.js';
import type { Analysis, ConceptCoverage, ConceptMatch } from '../../src/analysis/types.js';
import { OUTCOMES, PRINCIPLES } from '../../src/framework/index.js';

/** Outcomes and principles are checked alike; this is what differs between them. */
export interface ConceptFamily {
  noun: 'outcome' | 'principle';
  coverage(analysis: Analysis): ConceptCoverage<string | number>[];
  /** "Outcome 6 (unpaid carers)", "Principle rights (respects the rights of service-users)". */
  label(id: string | number): string;
  /** Section where the plan deals with the whole family, if it has one. */
  homeSection(analysis: Analysis): number | undefined;
}

export const OUTCOME_FAMILY: ConceptFamily = {
  noun: 'outcome',
  coverage: (analysis) => analysis.outcomes,
  label: (id) => `Outcome ${id} (${OUTCOMES.find((outcome) => outcome.id === id)?.shortName ?? 'unknown'})`,
  homeSection: (analysis) => analysis.outcomesSection,
};

export const PRINCIPLE_FAMILY: ConceptFamily = {
  noun: 'principle',
  coverage: (analysis) => analysis.principles,
  label: (id) => `Principle "${id}" (${PRINCIPLES.find((principle) => principle.id === id)?.shortName ?? 'unknown'})`,
  homeSection: (analysis) => analysis.principlesSection,
};

export function matchLocation(document: PlanDocument, match: ConceptMatch): SourceLocation {
  return locateSpan(document.blocks[match.blockId]!, match.start, match.end);
}

/**
 * Where the author will act on a concept that is addressed: its own section,
 * a heading that names it ("Outcome 2: Living independently"), before the
 * first passing mention (a phrase in the vision).
 */
export function conceptAnchor(document: PlanDocument, matches: readonly ConceptMatch[]): ConceptMatch | undefined {
  return matches.find((match) => document.blocks[match.blockId]?.kind === 'heading') ?? matches[0];
}

/**
 * Where to report something the plan lacks: the heading of the section that
 * deals with the family, else the title (as the analysis found it, a plain
 * first line included), else the first block. Never line 0: CI annotations
 * drop findings that sit on no line.
 */
export function absenceAnchor(document: PlanDocument, analysis: Pick<Analysis, 'titleBlock'>, section: number | undefined): SourceLocation {
  const headingBlock = section === undefined ? undefined : document.sections[section]?.headingBlock;
  const block = document.blocks[headingBlock ?? analysis.titleBlock ?? 0];
  if (block) return block.loc;
  return { line: 1, column: 1, endLine: 1, endColumn: 1, sectionPath: [] };
}

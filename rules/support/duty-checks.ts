import type { Analysis, ConceptCoverage } from '../../src/analysis/types.js';
import type { PlanDocument, Section, SourceLocation } from '../../src/document/types.js';
import { outcomeById } from '../../src/framework/index.js';
import { absenceAnchor } from './concepts.js';

/** What a duty's check found wanting, and where to say so. */
export interface DutyProblem {
  problem: string;
  loc: SourceLocation;
}

export type DutyCheck = (document: PlanDocument, analysis: Analysis) => DutyProblem[];

const addresses = (concept: ConceptCoverage<unknown>) => concept.matches.some((match) => match.kind !== 'catalogue');
const regards = (concept: ConceptCoverage<unknown>) => concept.matches.length > 0;

function outcomesAnchor(document: PlanDocument, analysis: Analysis): SourceLocation {
  return absenceAnchor(document, analysis.outcomesSection);
}

function principlesAnchor(document: PlanDocument, analysis: Analysis): SourceLocation {
  return absenceAnchor(document, analysis.principlesSection);
}

/** Regard to both families, one problem for each family the document shows none for. */
function regardToBoth(
  document: PlanDocument,
  analysis: Analysis,
  holds: (concept: ConceptCoverage<unknown>) => boolean,
  problem: (family: string) => string,
): DutyProblem[] {
  const problems: DutyProblem[] = [];
  if (!analysis.principles.some(holds)) problems.push({ problem: problem('integration delivery principles'), loc: principlesAnchor(document, analysis) });
  if (!analysis.outcomes.some(holds)) problems.push({ problem: problem('national health and wellbeing outcomes'), loc: outcomesAnchor(document, analysis) });
  return problems;
}

/** The text of a section and its subsections. */
function sectionText(document: PlanDocument, section: Section): string {
  const own = section.blockIds.map((id) => document.blocks[id]!.text).join('\n');
  return [own, ...section.children.map((child) => sectionText(document, document.sections[child]!))].join('\n');
}

/**
 * Sections that set out one locality: those under a heading about the
 * localities ("2 Our localities" › "2.1 Corrie Glen"), and those titled as a
 * locality ("Muirton locality").
 */
function localitySections(document: PlanDocument): Section[] {
  const aboutLocalities = (section: Section | undefined) => section !== undefined && /\blocalit(?:y|ies)\b/i.test(section.title);
  return document.sections.filter(
    (section) =>
      section.depth > 0 &&
      ((section.parent !== undefined && aboutLocalities(document.sections[section.parent])) || /\S\s+locality$/i.test(section.title)),
  );
}

const YEAR_CELL = /^(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d\d|(?:19|20)\d\d))?$/;

/** A table with the reporting year and the five before it as columns, or words saying the comparison is made. */
function comparesFiveYears(document: PlanDocument): boolean {
  const tableOfSixYears = document.tables.some((table) => {
    const header = table.rows[0] ?? [];
    return header.filter((id) => YEAR_CELL.test(document.blocks[id]?.text.trim() ?? '')).length >= 6;
  });
  return tableOfSixYears || document.blocks.some((block) => /\b(?:five|5) (?:preceding|previous|prior) (?:reporting |financial )?years\b/i.test(block.text));
}

/** Spending shown in a finance section: a table with money in it, or several sums. */
function reportsSpending(document: PlanDocument): boolean {
  return document.sections.some((section) => {
    if (!/\b(?:financ\w*|spend\w*|expenditure|budget)\b/i.test(section.title)) return false;
    return (sectionText(document, section).match(/£\s?\d/g) ?? []).length >= 3;
  });
}

function titleAnchor(document: PlanDocument): SourceLocation {
  return absenceAnchor(document, undefined);
}

/** One check per duty (docs/statute.md "Duties, by document"), run for the document types the duty applies to. */
export const DUTY_CHECKS: Record<string, DutyCheck> = {
  's3(2)': (document, analysis) =>
    analysis.outcomes.some(regards)
      ? []
      : [{ problem: 'the scheme shows no regard to the national health and wellbeing outcomes: name them and how the scheme serves them', loc: outcomesAnchor(document, analysis) }],

  's29(2)(b)': (document, analysis) => {
    const unaddressed = analysis.outcomes.filter((outcome) => !addresses(outcome));
    if (unaddressed.length === 0) return [];
    const names = unaddressed.map((outcome) => `${outcome.id} (${outcomeById(outcome.id)?.shortName ?? ''})`).join(', ');
    return [
      {
        problem: `the plan does not set out how its arrangements contribute to outcome${unaddressed.length > 1 ? 's' : ''} ${names}: listing an outcome is not showing how it is served`,
        loc: outcomesAnchor(document, analysis),
      },
    ];
  },

  's29(3)': (document, analysis) => {
    const localities = localitySections(document);
    const arranged = localities.filter((section) => analysis.evidenceFor(section.index, 'section').length > 0);
    if (arranged.length >= 2) return [];
    const where = localities[0]?.headingBlock === undefined ? titleAnchor(document) : document.blocks[localities[0].headingBlock]!.loc;
    const found =
      arranged.length === 1
        ? `only one locality (${arranged[0]!.title}) has arrangements of its own`
        : localities.length > 0
          ? `no locality has arrangements of its own (an action, owner, date or measure in its section)`
          : 'no localities are set out';
    return [{ problem: `${found}: divide the area into two or more localities and set out the arrangements for each`, loc: where }];
  },

  // Listing the principles or outcomes is regard; silence is not.
  's30(2)': (document, analysis) => regardToBoth(document, analysis, regards, (family) => `the plan shows no regard to the ${family}`),

  's37(2)': (document, analysis) => {
    const problems = regardToBoth(document, analysis, regards, (family) => `the review shows no regard to the ${family}`);
    const spgTexts = document.sections.map((section) => sectionText(document, section)).filter((text) => /strategic planning group/i.test(text));
    const spgSays = (pattern: RegExp) => spgTexts.some((text) => pattern.test(text));
    if (!spgSays(/\beffective(?:ness)?\b/i)) {
      problems.push({ problem: 'the review does not give the strategic planning group’s views on how effective the arrangements are', loc: titleAnchor(document) });
    }
    if (!spgSays(/\breplacement\b|\breplace\b|\bnew (?:strategic )?plan\b|\brevised (?:strategic )?plan\b/i)) {
      problems.push({ problem: 'the review does not give the strategic planning group’s views on whether a replacement plan should be prepared', loc: titleAnchor(document) });
    }
    return problems;
  },

  // Delivering services with regard to them takes more than a list: some passage must address one.
  s40: (document, analysis) =>
    regardToBoth(document, analysis, addresses, (family) => `no passage on delivering services addresses any of the ${family}; a list of them is not regard in delivery`),

  s42: (document, analysis) => {
    const problems: DutyProblem[] = [];
    const anchor = titleAnchor(document);
    if (!analysis.outcomes.some(addresses)) problems.push({ problem: 'the report assesses performance against no national health and wellbeing outcome', loc: outcomesAnchor(document, analysis) });
    if (!comparesFiveYears(document)) {
      problems.push({ problem: 'no measure is compared with the five preceding reporting years (a table of six years, or the comparison in words)', loc: anchor });
    }
    if (!analysis.principles.some(addresses)) problems.push({ problem: 'the report assesses performance against no integration delivery principle', loc: principlesAnchor(document, analysis) });
    if (!document.blocks.some((block) => /\bsignificant decisions?\b|\bsection 36\b|\boutside (?:of )?the (?:strategic )?plan\b/i.test(block.text))) {
      problems.push({ problem: 'the report does not say how many significant decisions were taken outside the strategic plan (s36), and why', loc: anchor });
    }
    if (!reportsSpending(document)) {
      problems.push({ problem: 'the report shows no spending by category in a finance section (SSI 2014/326 reg 4)', loc: anchor });
    }
    return problems;
  },
};

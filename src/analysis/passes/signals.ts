import type { PlanDocument, Section } from '../../document/types.js';
import type { OutcomeId } from '../../framework/types.js';
import { definePass } from '../pass.js';
import type { ConceptCoverage, EvidenceScope, Evidence, FamilyRegard, LocalitySignal, Passage, StatutorySignals } from '../types.js';

const PLANNING_GROUP = /strategic planning group/i;
const EFFECTIVENESS = /\beffective(?:ness)?\b/i;
const REPLACEMENT = /\breplacement\b|\breplace\b|\bnew (?:strategic )?plan\b|\brevised (?:strategic )?plan\b/i;
const SIGNIFICANT_DECISIONS = /\bsignificant decisions?\b|\bsection 36\b|\boutside (?:of )?the (?:strategic )?plan\b/i;
const FIVE_YEARS_IN_WORDS = /\b(?:five|5) (?:preceding|previous|prior) (?:reporting |financial )?years\b/i;
const YEAR_CELL = /^(?:19|20)\d\d(?:\s*[/–-]\s*(?:\d\d|(?:19|20)\d\d))?$/;
/** The reporting year and the five before it (SSI 2014/326 reg 3). */
const YEARS_COMPARED = 6;
const FINANCE_TITLE = /\b(?:financ\w*|spend\w*|expenditure|budget)\b/i;
const SUM = /£\s?\d/g;
/** Spending by category takes several sums; one figure is a budget line, not a breakdown. */
const LEAST_SUMS = 3;

/**
 * What the text shows of the duties of the Act: the localities and their
 * arrangements (s29(3)), the strategic planning group's views (s37(2)), the
 * content of a performance report (s42, SSI 2014/326) and regard to each
 * family. Plain signs of what a duty asks to be there, not of how well.
 */
export const signalsPass = definePass({
  name: 'signals',
  reads: ['verdicts', 'evidence'],
  run: ({ document }, { verdicts, evidence }): StatutorySignals => ({
    regard: { outcomes: regardTo<OutcomeId>(verdicts.outcomes), principles: regardTo<string>(verdicts.principles) },
    localities: localities(document, evidence.evidenceFor),
    planningGroup: {
      ...optional('effectiveness', planningGroupSays(document, EFFECTIVENESS)),
      ...optional('replacement', planningGroupSays(document, REPLACEMENT)),
    },
    ...optional('fiveYearComparison', fiveYearComparison(document)),
    ...optional('significantDecisions', firstPassage(document, SIGNIFICANT_DECISIONS)),
    ...optional('spending', spending(document)),
  }),
});

function optional<Key extends string, Value>(key: Key, value: Value | undefined): Partial<Record<Key, Value>> {
  return value === undefined ? {} : ({ [key]: value } as Record<Key, Value>);
}

function regardTo<Id>(concepts: readonly ConceptCoverage<Id>[]): FamilyRegard<Id> {
  return {
    regarded: concepts.filter((concept) => concept.matches.length > 0).map((concept) => concept.id),
    addressed: concepts.filter((concept) => concept.matches.some((match) => match.kind !== 'catalogue')).map((concept) => concept.id),
  };
}

/**
 * Sections that set out one locality: those under a heading about the
 * localities ("2 Our localities" › "2.1 Corrie Glen"), and those titled as a
 * locality ("Muirton locality"). A locality has arrangements of its own when
 * its section holds an action, owner, date or measure.
 */
function localities(document: PlanDocument, evidenceFor: (section: number, scope: EvidenceScope) => Evidence[]): LocalitySignal[] {
  const aboutLocalities = (section: Section | undefined) => section !== undefined && /\blocalit(?:y|ies)\b/i.test(section.title);
  return document.sections
    .filter(
      (section) =>
        section.depth > 0 &&
        ((section.parent !== undefined && aboutLocalities(document.sections[section.parent])) || /\S\s+locality$/i.test(section.title)),
    )
    .map((section) => {
      const arrangement = evidenceFor(section.index, 'section')[0];
      return { section: section.index, ...(arrangement ? { arrangement } : {}) };
    });
}

function firstPassage(document: PlanDocument, pattern: RegExp): Passage | undefined {
  for (const block of document.blocks) {
    const found = pattern.exec(block.text);
    if (found) return { blockId: block.id, start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

function isWithin(document: PlanDocument, sectionIndex: number, ancestor: number): boolean {
  for (let index: number | undefined = sectionIndex; index !== undefined; index = document.sections[index]?.parent) {
    if (index === ancestor) return true;
  }
  return false;
}

/**
 * Wording of the kind asked for in a section that names the strategic
 * planning group: the innermost such section, so that `--explain` points at
 * the group's own account when the plan gives one.
 */
function planningGroupSays(document: PlanDocument, pattern: RegExp): Passage | undefined {
  const mentions = document.blocks.filter((block) => PLANNING_GROUP.test(block.text));
  if (mentions.length === 0) return undefined;
  const said = document.blocks.flatMap((block) => {
    const found = pattern.exec(block.text);
    return found ? [{ block, passage: { blockId: block.id, start: found.index, end: found.index + found[0].length } }] : [];
  });
  let best: { depth: number; passage: Passage } | undefined;
  for (const mention of mentions) {
    for (let section: number | undefined = mention.sectionIndex; section !== undefined; section = document.sections[section]?.parent) {
      const depth = document.sections[section]!.depth;
      if (best && depth <= best.depth) break;
      const found = said.find(({ block }) => isWithin(document, block.sectionIndex, section));
      if (found) {
        best = { depth, passage: found.passage };
        break;
      }
    }
  }
  return best?.passage;
}

/** A table with the reporting year and the five before it as columns, or words saying the comparison is made. */
function fiveYearComparison(document: PlanDocument): Passage | undefined {
  for (const table of document.tables) {
    const years = (table.rows[0] ?? []).filter((id) => YEAR_CELL.test(document.blocks[id]?.text.trim() ?? ''));
    if (years.length >= YEARS_COMPARED) return { blockId: years[0]!, start: 0, end: document.blocks[years[0]!]!.text.length };
  }
  return firstPassage(document, FIVE_YEARS_IN_WORDS);
}

/** The text of a section and its subsections. */
function sectionText(document: PlanDocument, section: Section): string {
  const own = section.blockIds.map((id) => document.blocks[id]!.text).join('\n');
  return [own, ...section.children.map((child) => sectionText(document, document.sections[child]!))].join('\n');
}

/** Spending shown in a finance section: a table with money in it, or several sums. */
function spending(document: PlanDocument): StatutorySignals['spending'] {
  for (const section of document.sections) {
    if (!FINANCE_TITLE.test(section.title)) continue;
    const sums = (sectionText(document, section).match(SUM) ?? []).length;
    if (sums >= LEAST_SUMS) return { section: section.index, sums };
  }
  return undefined;
}

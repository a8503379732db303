import { locateSpan } from '../document/locate.js';
import type { PlanDocument } from '../document/types.js';
import { outcomeById, principleById, type OutcomeId } from '../framework/index.js';
import { PARAPHRASE } from '../analysis/paraphrase.js';
import { documentTypeDetail } from './coverage.js';
import type { Analysis, ConceptCoverage, Passage } from '../analysis/types.js';
import type { ConceptExplanation, Explanation, ExplainedMapping, ExplainedPlace, ExplainedPoint, ExplainedSignals } from '../engine/results.js';

/** How many passages and pieces of evidence to show for each concept. */
const SHOWN = 5;

/**
 * Why each outcome and principle got its status: the passages that address
 * it, how each was recognised, and the evidence in their scopes; what the
 * text shows of the statutory duties; how each mapping-table tick is borne
 * out. What a reviewer reads to trust or overrule a verdict.
 */
export function explain(document: PlanDocument, analysis: Analysis): Explanation {
  const place = (blockId: number, start: number, end: number, kind: string, text: string): ExplainedPlace => {
    const loc = locateSpan(document.blocks[blockId]!, start, end);
    return { line: loc.line, column: loc.column, kind, text, sectionPath: loc.sectionPath };
  };
  const passage = (kind: string, found: Passage): ExplainedPlace =>
    place(found.blockId, found.start, found.end, kind, document.blocks[found.blockId]!.text.slice(found.start, found.end));
  const concept = (family: ConceptExplanation['family'], label: string, coverage: ConceptCoverage<OutcomeId | string>): ConceptExplanation => ({
    family,
    id: coverage.id,
    label,
    status: coverage.status,
    evidence: coverage.level,
    passages: coverage.matches.slice(0, SHOWN).map((match) => {
      const why = analysis.passageScore(family, coverage.id, match);
      return {
        ...place(match.blockId, match.start, match.end, match.kind, match.matched),
        ...(why ? { score: Math.round(why.score * 100) / 100, terms: why.terms } : {}),
        ...(match.deferred ? { deferred: true as const } : {}),
      };
    }),
    passageCount: coverage.matches.length,
    // A figure about the population or the workforce is shown as context, so a reader sees why it backs nothing.
    backing: coverage.evidence.slice(0, SHOWN).map((item) => place(item.blockId, item.start, item.end, item.level === 'context' ? `context ${item.kind}` : item.kind, item.text)),
  });
  return {
    documentType: analysis.documentType,
    documentTypeSource: analysis.documentTypeSource,
    ...documentTypeDetail(analysis),
    paraphrase: { ...PARAPHRASE },
    requirements: { outcomes: { ...analysis.requirements.outcomes }, principles: { ...analysis.requirements.principles } },
    concepts: [
      ...analysis.outcomes.map((outcome) => concept('outcome', `Outcome ${outcome.id} (${outcomeById(outcome.id)?.shortName ?? ''})`, outcome)),
      ...analysis.principles.map((principle) => concept('principle', `${principle.id} (${principleById(principle.id)?.shortName ?? ''})`, principle)),
    ],
    signals: signals(document, analysis, place, passage),
    mappings: mappings(document, analysis, place),
  };
}

function point(document: PlanDocument, blockId: number): ExplainedPoint {
  const { line, column, sectionPath } = document.blocks[blockId]!.loc;
  return { line, column, sectionPath };
}

function sectionPoint(document: PlanDocument, sectionIndex: number): ExplainedPoint {
  const section = document.sections[sectionIndex]!;
  if (section.headingBlock !== undefined) return point(document, section.headingBlock);
  return { line: section.startLine, column: 1, sectionPath: section.path };
}

type Place = (blockId: number, start: number, end: number, kind: string, text: string) => ExplainedPlace;

/** `{ key: value }` when there is a value, else nothing: absent signals are left out of the JSON, not null. */
function given<Key extends string, Value>(key: Key, value: Value | undefined): Partial<Record<Key, Value>> {
  return value === undefined ? {} : ({ [key]: value } as Record<Key, Value>);
}

function signals(
  document: PlanDocument,
  analysis: Analysis,
  place: Place,
  passage: (kind: string, found: Passage) => ExplainedPlace,
): ExplainedSignals {
  const { regard, localities, planningGroup, fiveYearComparison, significantDecisions, spending } = analysis.signals;
  const shown = (kind: string, found: Passage | undefined) => found && passage(kind, found);
  return {
    regard: {
      outcomes: { regarded: [...regard.outcomes.regarded], addressed: [...regard.outcomes.addressed] },
      principles: { regarded: [...regard.principles.regarded], addressed: [...regard.principles.addressed] },
    },
    localities: localities.map(({ section, arrangement }) => ({
      ...sectionPoint(document, section),
      title: document.sections[section]!.title,
      ...given('arrangement', arrangement && place(arrangement.blockId, arrangement.start, arrangement.end, arrangement.kind, arrangement.text)),
    })),
    planningGroup: {
      ...given('effectiveness', shown('effectiveness', planningGroup.effectiveness)),
      ...given('replacement', shown('replacement', planningGroup.replacement)),
    },
    ...given('fiveYearComparison', shown('five-years', fiveYearComparison)),
    ...given('significantDecisions', shown('decisions', significantDecisions)),
    ...given('spending', spending && { ...sectionPoint(document, spending.section), sums: spending.sums }),
  };
}

function mappings(document: PlanDocument, analysis: Analysis, place: Place): ExplainedMapping[] {
  return analysis.mappings.map((mapping) => {
    const { line, column, sectionPath } = document.tables[mapping.tableId]!.loc;
    return {
      line,
      column,
      sectionPath,
      unmapped: [...mapping.unmapped],
      ticks: mapping.ticks.map((tick) => ({
        ...point(document, tick.match.blockId),
        outcome: tick.outcome,
        ...given('priority', tick.priority),
        ...given('section', tick.section === undefined ? undefined : document.sections[tick.section]!.path),
        ...given('support', tick.support && place(tick.support.blockId, tick.support.start, tick.support.end, tick.support.kind, tick.support.matched)),
      })),
    };
  });
}

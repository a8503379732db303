import type { Analysis, FamilyRegard } from '../../src/analysis/types.js';
import type { PlanDocument, SourceLocation } from '../../src/document/types.js';
import type { RelatedLocation } from '../../src/engine/types.js';
import { OUTCOMES, outcomeById } from '../../src/framework/index.js';
import { absenceAnchor, matchLocation } from './concepts.js';

/** What a duty's check found wanting: a message of the duty's own, the data it fills in, and where to say so. */
export interface DutyProblem<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  loc: SourceLocation;
  /** The places, and the coverage findings, that the duty's finding rests on. */
  related?: RelatedLocation[];
}

/**
 * A duty's check: its messages (ids are a contract, each prefixed with the
 * duty's citation, the text with it), what to do about each, and a decision
 * on what the analysis's statutory signals show (src/analysis/passes/signals.ts).
 */
export interface DutyCheck<MessageId extends string = string> {
  messages: Record<MessageId, string>;
  help: Record<MessageId, string>;
  check(document: PlanDocument, analysis: Analysis): DutyProblem<MessageId>[];
}

function dutyCheck<MessageId extends string>(check: DutyCheck<MessageId>): DutyCheck<MessageId> {
  return check;
}

const regarded = (family: FamilyRegard<unknown>) => family.regarded.length > 0;
const addressed = (family: FamilyRegard<unknown>) => family.addressed.length > 0;

const outcomesAnchor = (document: PlanDocument, analysis: Analysis) => absenceAnchor(document, analysis, analysis.outcomesSection);
const principlesAnchor = (document: PlanDocument, analysis: Analysis) => absenceAnchor(document, analysis, analysis.principlesSection);
const titleAnchor = (document: PlanDocument, analysis: Analysis) => absenceAnchor(document, analysis, undefined);

/**
 * A duty asks for regard to the principles and to the outcomes (s30(2)(a)-(b),
 * s37(2)(a), s40(a)-(b)): one problem when the document shows neither, else
 * one for the family it lacks. A duty is one finding, however many parts of it fail.
 */
function forBothFamilies<MessageId extends string>(
  document: PlanDocument,
  analysis: Analysis,
  holds: (family: FamilyRegard<unknown>) => boolean,
  messageIds: { both: MessageId; principles: MessageId; outcomes: MessageId },
): DutyProblem<MessageId>[] {
  const { principles, outcomes } = analysis.signals.regard;
  const principlesHold = holds(principles);
  const outcomesHold = holds(outcomes);
  if (!principlesHold && !outcomesHold) return [{ messageId: messageIds.both, loc: principlesAnchor(document, analysis) }];
  if (!principlesHold) return [{ messageId: messageIds.principles, loc: principlesAnchor(document, analysis) }];
  if (!outcomesHold) return [{ messageId: messageIds.outcomes, loc: outcomesAnchor(document, analysis) }];
  return [];
}

const LOCALITY_HELP = 'Divide the area into two or more localities and set out the arrangements for each.';

/** One check per duty of src/framework/duties.json (docs/statute.md "Duties, by document"), by duty id. */
export const DUTY_CHECKS: Record<string, DutyCheck> = {
  's3(2)': dutyCheck({
    messages: {
      's3-2-noRegard': 's3(2): the scheme shows no regard to the national health and wellbeing outcomes',
    },
    help: {
      's3-2-noRegard': 'Name the outcomes and say how the scheme serves them.',
    },
    check: (document, analysis) => (regarded(analysis.signals.regard.outcomes) ? [] : [{ messageId: 's3-2-noRegard', loc: outcomesAnchor(document, analysis) }]),
  }),

  /*
   * outcome-coverage and outcome-evidence already report each outcome the plan
   * leaves out or only lists; the duty is reported once, with a count, and
   * points to each of those outcomes as a related place rather than naming them again.
   */
  's29(2)(b)': dutyCheck({
    messages: {
      's29-2-b-notSetOut': 's29(2)(b): the plan does not set out how its arrangements serve {{count}} of the {{total}} outcomes',
    },
    help: {
      's29-2-b-notSetOut':
        'Listing an outcome is not showing how it is served: for each outcome the related places name, set out how the arrangements contribute to it.',
    },
    check: (document, analysis) => {
      const served = new Set(analysis.signals.regard.outcomes.addressed);
      const unaddressed = analysis.outcomes.filter((outcome) => !served.has(outcome.id));
      if (unaddressed.length === 0) return [];
      const anchor = outcomesAnchor(document, analysis);
      const related = unaddressed.map((outcome): RelatedLocation => {
        const label = `outcome ${outcome.id} (${outcomeById(outcome.id)?.shortName ?? ''})`;
        const listed = outcome.matches[0];
        if (!listed) return { message: `${label} is not addressed anywhere (outcome-coverage)`, loc: anchor };
        return { message: `${label} is only listed here`, loc: matchLocation(document, listed) };
      });
      return [{ messageId: 's29-2-b-notSetOut', data: { count: unaddressed.length, total: OUTCOMES.length }, loc: anchor, related }];
    },
  }),

  's29(3)': dutyCheck({
    messages: {
      's29-3-noLocalities': 's29(3): no localities are set out',
      's29-3-noArrangements': 's29(3): no locality has arrangements of its own (an action, owner, date or measure)',
      's29-3-oneLocality': 's29(3): only one locality ({{locality}}) has arrangements of its own',
    },
    help: {
      's29-3-noLocalities': LOCALITY_HELP,
      's29-3-noArrangements': LOCALITY_HELP,
      's29-3-oneLocality': LOCALITY_HELP,
    },
    check: (document, analysis) => {
      const { localities } = analysis.signals;
      const arranged = localities.filter((locality) => locality.arrangement);
      if (arranged.length >= 2) return [];
      const first = localities[0] && document.sections[localities[0].section];
      const loc = first?.headingBlock === undefined ? titleAnchor(document, analysis) : document.blocks[first.headingBlock]!.loc;
      if (arranged.length === 1) return [{ messageId: 's29-3-oneLocality', data: { locality: document.sections[arranged[0]!.section]!.title }, loc }];
      return [{ messageId: localities.length > 0 ? 's29-3-noArrangements' : 's29-3-noLocalities', loc }];
    },
  }),

  // Listing the principles or outcomes is regard; silence is not.
  's30(2)': dutyCheck({
    messages: {
      's30-2-noRegard': 's30(2): the plan shows no regard to the delivery principles or the outcomes',
      's30-2-noRegardPrinciples': 's30(2): the plan shows no regard to the integration delivery principles',
      's30-2-noRegardOutcomes': 's30(2): the plan shows no regard to the national health and wellbeing outcomes',
    },
    help: {
      's30-2-noRegard': 'Name the integration delivery principles and the outcomes, and say how the plan has regard to them.',
      's30-2-noRegardPrinciples': 'Name the integration delivery principles (s31) and say how the plan has regard to them.',
      's30-2-noRegardOutcomes': 'Name the national health and wellbeing outcomes and say how the plan has regard to them.',
    },
    check: (document, analysis) =>
      forBothFamilies(document, analysis, regarded, {
        both: 's30-2-noRegard',
        principles: 's30-2-noRegardPrinciples',
        outcomes: 's30-2-noRegardOutcomes',
      }),
  }),

  's37(2)': dutyCheck({
    messages: {
      's37-2-noRegard': 's37(2): the review shows no regard to the delivery principles or the outcomes',
      's37-2-noRegardPrinciples': 's37(2): the review shows no regard to the integration delivery principles',
      's37-2-noRegardOutcomes': 's37(2): the review shows no regard to the national health and wellbeing outcomes',
      's37-2-noEffectivenessViews': 's37(2): the strategic planning group’s views on the effectiveness of the arrangements are not given',
      's37-2-noReplacementViews': 's37(2): the strategic planning group’s views on a replacement plan are not given',
    },
    help: {
      's37-2-noRegard': 'Review the plan against the integration delivery principles and the outcomes.',
      's37-2-noRegardPrinciples': 'Review the plan against the integration delivery principles (s31).',
      's37-2-noRegardOutcomes': 'Review the plan against the national health and wellbeing outcomes.',
      's37-2-noEffectivenessViews': 'Seek the strategic planning group’s views on how effective the arrangements are, and give them.',
      's37-2-noReplacementViews': 'Seek the strategic planning group’s views on whether a replacement plan should be prepared, and give them.',
    },
    check: (document, analysis) => {
      const { planningGroup } = analysis.signals;
      return [
        ...forBothFamilies(document, analysis, regarded, {
          both: 's37-2-noRegard',
          principles: 's37-2-noRegardPrinciples',
          outcomes: 's37-2-noRegardOutcomes',
        }),
        ...(planningGroup.effectiveness ? [] : [{ messageId: 's37-2-noEffectivenessViews' as const, loc: titleAnchor(document, analysis) }]),
        ...(planningGroup.replacement ? [] : [{ messageId: 's37-2-noReplacementViews' as const, loc: titleAnchor(document, analysis) }]),
      ];
    },
  }),

  // Delivering services with regard to them takes more than a list: some passage must address one.
  s40: dutyCheck({
    messages: {
      's40-notAddressed': 's40: no passage on delivering services addresses any delivery principle or outcome',
      's40-principlesNotAddressed': 's40: no passage on delivering services addresses any integration delivery principle',
      's40-outcomesNotAddressed': 's40: no passage on delivering services addresses any national health and wellbeing outcome',
    },
    help: {
      's40-notAddressed': 'A list of them is not regard in delivery: say how services are delivered with regard to the principles and the outcomes.',
      's40-principlesNotAddressed': 'A list of them is not regard in delivery: say how services are delivered with regard to the principles.',
      's40-outcomesNotAddressed': 'A list of them is not regard in delivery: say how services are delivered with regard to the outcomes.',
    },
    check: (document, analysis) =>
      forBothFamilies(document, analysis, addressed, {
        both: 's40-notAddressed',
        principles: 's40-principlesNotAddressed',
        outcomes: 's40-outcomesNotAddressed',
      }),
  }),

  s42: dutyCheck({
    messages: {
      's42-noOutcomes': 's42: the report assesses performance against no national health and wellbeing outcome',
      's42-noFiveYears': 's42: no measure is compared with the five preceding reporting years',
      's42-noPrinciples': 's42: the report assesses performance against no integration delivery principle',
      's42-noSignificantDecisions': 's42: the report does not say how many significant decisions were taken outside the plan',
      's42-noSpending': 's42: the report shows no spending by category in a finance section',
    },
    help: {
      's42-noOutcomes': 'Assess performance against each national health and wellbeing outcome (SSI 2014/326).',
      's42-noFiveYears': 'Compare the measures with the five preceding reporting years: a table of six years, or the comparison in words.',
      's42-noPrinciples': 'Assess performance against the integration delivery principles (SSI 2014/326).',
      's42-noSignificantDecisions': 'Say how many significant decisions (s36) were taken outside the strategic plan, and why.',
      's42-noSpending': 'Show the spending by category in a finance section (SSI 2014/326 reg 4).',
    },
    check: (document, analysis) => {
      const { regard, fiveYearComparison, significantDecisions, spending } = analysis.signals;
      const anchor = titleAnchor(document, analysis);
      return [
        ...(addressed(regard.outcomes) ? [] : [{ messageId: 's42-noOutcomes' as const, loc: outcomesAnchor(document, analysis) }]),
        ...(fiveYearComparison ? [] : [{ messageId: 's42-noFiveYears' as const, loc: anchor }]),
        ...(addressed(regard.principles) ? [] : [{ messageId: 's42-noPrinciples' as const, loc: principlesAnchor(document, analysis) }]),
        ...(significantDecisions ? [] : [{ messageId: 's42-noSignificantDecisions' as const, loc: anchor }]),
        ...(spending ? [] : [{ messageId: 's42-noSpending' as const, loc: anchor }]),
      ];
    },
  }),
};

/** Every duty's messages, by id: the statutory-duty rule's `meta.messages`. */
export const DUTY_MESSAGES: Record<string, string> = Object.fromEntries(
  Object.values(DUTY_CHECKS).flatMap((check) => Object.entries(check.messages)),
);

/** Every duty's remedies, by message id: the statutory-duty rule's `meta.help`. */
export const DUTY_HELP: Record<string, string> = Object.fromEntries(
  Object.values(DUTY_CHECKS).flatMap((check) => Object.entries(check.help)),
);

/**
 * The reference data every rule reads: outcomes, delivery principles,
 * statutory duties and core indicators. The JSON files are checked against
 * their schemas in the tests rather than here, so loading stays cheap on every
 * CLI start and editor keystroke.
 */
import contextsData from './contexts.json' with { type: 'json' };
import dutiesData from './duties.json' with { type: 'json' };
import indicatorsData from './indicators.json' with { type: 'json' };
import outcomesData from './outcomes.json' with { type: 'json' };
import principlesData from './principles.json' with { type: 'json' };
import type { Duty, Indicator, Outcome, OutcomeId, Principle } from './types.js';

export type { Duty, Indicator, Outcome, OutcomeId, Principle } from './types.js';

/** Frozen all the way down: rules share these objects, and one rule's edit would leak into the next. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const OUTCOMES: readonly Outcome[] = deepFreeze(outcomesData as Outcome[]);
export const PRINCIPLES: readonly Principle[] = deepFreeze(principlesData as Principle[]);
export const DUTIES: readonly Duty[] = deepFreeze(dutiesData as Duty[]);
export const INDICATORS: readonly Indicator[] = deepFreeze(indicatorsData as Indicator[]);
export const CONTEXTS: Readonly<typeof contextsData> = deepFreeze(contextsData);

export function isOutcomeId(n: unknown): n is OutcomeId {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 9;
}

const outcomesById = new Map(OUTCOMES.map((outcome) => [outcome.id as number, outcome]));

export function outcomeById(id: number): Outcome | undefined {
  return outcomesById.get(id);
}

const principlesById = new Map(PRINCIPLES.map((principle) => [principle.id, principle]));

export function principleById(slug: string): Principle | undefined {
  return principlesById.get(slug);
}

/**
 * Citations as people write them in configs and directives: "s29(2)(b)",
 * "S 29 (2)(b)", "s.29(2)(b)" and "section 29(2)(b)" are one key.
 */
function citationKey(citation: string): string {
  return citation
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(?:section|sec\.?|s\.?)/, 's');
}

const dutiesByCitation = new Map<string, Duty>();
for (const duty of DUTIES) {
  for (const citation of [duty.id, ...duty.aliases]) dutiesByCitation.set(citationKey(citation), duty);
}

/** A duty by its id or an accepted alias (s29(1)(b) is s29(2)(b): docs/statute.md, "Citations"). */
export function dutyById(idOrAlias: string): Duty | undefined {
  return dutiesByCitation.get(citationKey(idOrAlias));
}

const indicatorsById = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

/** An indicator by "NI-8", "ni8" or its number. */
export function indicatorById(id: string | number): Indicator | undefined {
  const number = typeof id === 'number' ? id : Number(/^ni-?(\d+)$/i.exec(id.trim())?.[1]);
  return indicatorsById.get(`NI-${number}`);
}

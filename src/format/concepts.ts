import type { CoverageStatus } from '../analysis/types.js';
import type { ConceptExplanation, CoverageEntry, LintMessage, LintResult } from '../engine/results.js';

/** The statuses in the order a reader climbs them. */
export const STATUSES: readonly CoverageStatus[] = ['missing', 'mentioned', 'evidenced'];

export type Family = 'outcome' | 'principle';

/** One outcome or principle of one file, as the coverage reports built for reviewers show it. */
export interface ConceptView {
  family: Family;
  id: number | string;
  /** `outcome-6`, `principle-rights`: stable ids, safe in an HTML anchor. */
  key: string;
  /** `Outcome 6`, `Principle "rights"`: what planlint's messages call it. */
  title: string;
  /** `unpaid carers`: the short name, known only from the explanation. */
  name?: string;
  status: CoverageStatus;
  locations: CoverageEntry<unknown>['locations'];
  explained?: ConceptExplanation;
}

/*
 * The short names come from the explanation, not from the framework data:
 * the formatters load in the CLI's main thread, which `--version` and `--help`
 * keep free of the framework's 45 KB of JSON, and the CLI asks for the
 * explanation whenever it formats a report that shows names (html, github).
 * Without one (the Node API's callers may not ask) concepts go by their ids,
 * which are stable and are what the messages cite.
 */
export function conceptsOf(result: LintResult): ConceptView[] {
  const { coverage } = result;
  if (!coverage) return [];
  const explained = new Map((result.explanation?.concepts ?? []).map((concept) => [`${concept.family}-${concept.id}`, concept]));
  const view = (family: Family, entry: CoverageEntry<number | string>): ConceptView => {
    const key = `${family}-${entry.id}`;
    const concept = explained.get(key);
    const name = concept ? /\(([^()]*)\)$/u.exec(concept.label)?.[1] : undefined;
    return {
      family,
      id: entry.id,
      key,
      title: family === 'outcome' ? `Outcome ${entry.id}` : `Principle "${entry.id}"`,
      ...(name ? { name } : {}),
      status: entry.status,
      locations: entry.locations,
      ...(concept ? { explained: concept } : {}),
    };
  };
  return [...coverage.outcomes.map((entry) => view('outcome', entry)), ...coverage.principles.map((entry) => view('principle', entry))];
}

export function statusCounts(concepts: readonly ConceptView[], family: Family): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = { missing: 0, mentioned: 0, evidenced: 0 };
  for (const concept of concepts) if (concept.family === family) counts[concept.status] += 1;
  return counts;
}

/** Errors, warnings and info across results, fatal errors counted as errors as the exit code counts them. */
export function totals(results: readonly LintResult[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
  }
  return { errors, warnings, infos };
}

export function problemsLine({ errors, warnings, infos }: ReturnType<typeof totals>): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const info = infos > 0 ? `, ${infos} info` : '';
  return `${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${info})`;
}

const OUTCOME_LIST = /\boutcomes? (\d(?:(?:, | and | or )\d)*)/giu;
const QUOTED_PRINCIPLE = /\bprinciple "([a-z-]+)"/giu;
const MISSING_LIST = /\bMissing: ([a-z-]+(?:, [a-z-]+)*)/gu;

/**
 * The keys of the concepts a finding is about, read from its message: the
 * coverage and evidence rules name the concept in it ("Outcome 6 (unpaid
 * carers) is not addressed anywhere", `Principle "rights" (…)`, "no link is
 * shown for outcomes 6, 8", "3 delivery principles … Missing: rights,
 * dignity"), and the result carries no other tie from a finding to a
 * concept. A message that names none belongs to no cell.
 */
export function conceptKeysOf(message: Pick<LintMessage, 'message'>): Set<string> {
  const keys = new Set<string>();
  for (const [, list] of message.message.matchAll(OUTCOME_LIST)) for (const id of list!.match(/\d/gu) ?? []) keys.add(`outcome-${id}`);
  for (const [, id] of message.message.matchAll(QUOTED_PRINCIPLE)) keys.add(`principle-${id}`);
  if (/\bprinciples?\b/iu.test(message.message)) {
    for (const [, list] of message.message.matchAll(MISSING_LIST)) for (const id of list!.split(', ')) keys.add(`principle-${id}`);
  }
  return keys;
}

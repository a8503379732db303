import { readFileSync } from 'node:fs';
import { analyse } from '../../src/analysis/index.js';
import { evidenceBehind, strongestLevel } from '../../src/analysis/coverage.js';
import { PARAPHRASE, type ParaphraseSettings } from '../../src/analysis/paraphrase.js';
import type { ConceptCoverage, CoverageStatus, EvidenceLevel } from '../../src/analysis/types.js';
import type { PlanDocument } from '../../src/document/types.js';
import { parseDocx } from '../../src/parse/docx/index.js';
import { parseMarkdown } from '../../src/parse/markdown/index.js';
import type { LabelledPlan, Verdict } from './labels.js';

/** One concept of one plan: what the reviewer said and what planlint found. */
export interface Judgement {
  file: string;
  family: 'outcome' | 'principle';
  id: string;
  labelled: Verdict;
  found: {
    status: CoverageStatus;
    evidence: EvidenceLevel;
    /**
     * When planlint found the concept evidenced and every piece of evidence behind its passages is a
     * date, those dates as written. Of 121 evidenced verdicts on 25 published documents, 64 rested on
     * a date alone (a plan period, a publication date, a past event, an Act's year), so the figure is
     * counted apart from the agreement with the labels.
     */
    datesOnly?: string[];
  };
}

/** The dates behind an evidenced verdict that nothing else backs, else undefined. */
function datesOnly(concept: ConceptCoverage<string | number>): string[] | undefined {
  if (concept.status !== 'evidenced' || concept.evidence.length === 0) return undefined;
  if (!concept.evidence.every((item) => item.kind === 'date')) return undefined;
  return [...new Set(concept.evidence.map((item) => item.text))];
}

async function parse(file: string): Promise<PlanDocument> {
  if (file.endsWith('.docx')) return parseDocx(readFileSync(file), file, { maxInflatedSize: Number.MAX_SAFE_INTEGER });
  return parseMarkdown(readFileSync(file, 'utf8'), file);
}

export interface ParsedPlan {
  plan: LabelledPlan;
  document: PlanDocument;
}

export async function parsePlans(plans: readonly LabelledPlan[]): Promise<ParsedPlan[]> {
  return Promise.all(plans.map(async (plan) => ({ plan, document: await parse(plan.file) })));
}

/** Judges already-parsed plans, so a calibration can try many settings on one parse. */
export function judgeParsed(parsed: readonly ParsedPlan[], paraphrase: ParaphraseSettings = PARAPHRASE): Judgement[] {
  const judgements: Judgement[] = [];
  for (const { plan, document } of parsed) {
    const analysis = analyse(document, { configured: undefined }, paraphrase);
    const families = [
      ['outcome', analysis.outcomes, plan.outcomes],
      ['principle', analysis.principles, plan.principles],
    ] as const;
    for (const [family, coverage, labels] of families) {
      for (const concept of coverage as readonly ConceptCoverage<string | number>[]) {
        const labelled = labels[String(concept.id)];
        if (!labelled) throw new Error(`${plan.file}: no label for ${family} ${concept.id}`);
        const dates = datesOnly(concept);
        judgements.push({
          file: plan.file,
          family,
          id: String(concept.id),
          labelled,
          found: {
            status: concept.status,
            evidence: strongestLevel(evidenceBehind(analysis, concept.matches, 'section'), concept.matches),
            ...(dates ? { datesOnly: dates } : {}),
          },
        });
      }
    }
  }
  return judgements;
}

export async function judge(plans: readonly LabelledPlan[]): Promise<Judgement[]> {
  return judgeParsed(await parsePlans(plans));
}

export interface Scores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of a yes/no question asked of every judgement. */
export function score(judgements: readonly Judgement[], positive: (status: CoverageStatus) => boolean): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { labelled, found } of judgements) {
    const expected = positive(labelled.status);
    const predicted = positive(found.status);
    if (expected && predicted) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (expected) falseNegatives += 1;
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** The two questions of the quality benchmark. */
export const TASKS = {
  addressed: (status: CoverageStatus) => status !== 'missing',
  evidenced: (status: CoverageStatus) => status === 'evidenced',
} as const;

export const STATUSES: readonly CoverageStatus[] = ['missing', 'mentioned', 'evidenced'];

/** Counts by labelled status (rows) and found status (columns). */
export function confusion(judgements: readonly Judgement[]): number[][] {
  const table = STATUSES.map(() => STATUSES.map(() => 0));
  for (const { labelled, found } of judgements) table[STATUSES.indexOf(labelled.status)]![STATUSES.indexOf(found.status)]! += 1;
  return table;
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageStatus, EvidenceLevel } from '../../src/analysis/types.js';

/** A reviewer's verdict on one outcome or principle of one document. */
export interface Verdict {
  status: CoverageStatus;
  evidence?: EvidenceLevel;
}

export interface LabelledPlan {
  /** The plan's path, Markdown or Word. */
  file: string;
  style?: string;
  documentType: string;
  outcomes: Record<string, Verdict>;
  principles: Record<string, Verdict>;
}

type RawVerdict = CoverageStatus | Verdict;

interface RawLabels {
  style?: string;
  documentType: string;
  outcomes: Record<string, RawVerdict>;
  principles: Record<string, RawVerdict>;
}

/** The sample plans label statuses only; the corpus labels status and evidence level. */
function verdicts(raw: Record<string, RawVerdict>): Record<string, Verdict> {
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, typeof value === 'string' ? { status: value } : value]));
}

/** The labelled plans detection may be tuned on: the sample plans and the corpus. */
export const DEVELOPMENT = 'fixtures';
/** Plans written apart from planlint's vocabulary, to measure how it generalises. Nothing is ever tuned on them. */
export const HELD_OUT = 'fixtures/corpus/held-out';
/**
 * Documents in the shapes published ones take (web-page text without headings, PDF text with page
 * furniture, board papers, performance reports, schemes with function annexes), with the dates,
 * Acts, titles and context that made verdicts generous on real plans. Measured, never tuned on.
 */
export const REAL_SHAPES = 'fixtures/corpus/real-shapes';

/** The sets measured apart from the development set, which must never be read as part of it. */
const MEASURED_ONLY = [HELD_OUT, REAL_SHAPES];

/** Every `X.labels.json` under `folder` (but not under `skip`), paired with `X.md` or else `X.docx`. */
export function readLabelledPlans(folder: string, skip: readonly string[] = MEASURED_ONLY.filter((set) => set !== folder)): LabelledPlan[] {
  const plans: LabelledPlan[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (skip.includes(path)) continue;
    if (statSync(path).isDirectory()) {
      plans.push(...readLabelledPlans(path, skip));
      continue;
    }
    if (!name.endsWith('.labels.json')) continue;
    const base = path.slice(0, -'.labels.json'.length);
    const file = [`${base}.md`, `${base}.docx`].find((candidate) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (!file) throw new Error(`${path} labels no plan: neither ${base}.md nor ${base}.docx exists`);
    const raw = JSON.parse(readFileSync(path, 'utf8')) as RawLabels;
    plans.push({
      file,
      ...(raw.style ? { style: raw.style } : {}),
      documentType: raw.documentType,
      outcomes: verdicts(raw.outcomes),
      principles: verdicts(raw.principles),
    });
  }
  return plans;
}

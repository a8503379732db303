import { DEVELOPMENT, HELD_OUT, REAL_SHAPES } from './labels.js';
import { confusion, score, STATUSES, TASKS, type Judgement } from './score.js';

/** The sets `npm run bench:quality` reports, each on its own; only the first is ever tuned on. */
export const SETS = [
  { folder: DEVELOPMENT, title: 'planlint detection quality: development set (sample plans and corpus)' },
  { folder: HELD_OUT, title: 'held-out set (written apart from planlint\'s vocabulary; nothing is tuned on it)' },
  { folder: REAL_SHAPES, title: 'real-shapes set (documents in published shapes, dates under the timescale rule; nothing is tuned on it)' },
] as const;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const HEADER = `  ${''.padEnd(18)}${'addressed (not missing)'.padEnd(24)}   evidenced\n  ${''.padEnd(18)}${['P', 'R', 'F1'].map((x) => x.padStart(7)).join(' ')}   ${['P', 'R', 'F1'].map((x) => x.padStart(7)).join(' ')}`;

function row(label: string, judgements: readonly Judgement[]): string {
  const cells = Object.values(TASKS).map((task) => {
    const { precision, recall, f1 } = score(judgements, task);
    return `${percent(precision)} ${percent(recall)} ${percent(f1)}`;
  });
  return `  ${label.padEnd(18)}${cells.join('   ')}`;
}

/** The evidenced verdicts with nothing but dates behind them. */
export function restingOnDates(judgements: readonly Judgement[]): Judgement[] {
  return judgements.filter((judgement) => judgement.found.datesOnly !== undefined);
}

/** One set's figures as lines of text: scores by concept, the confusion, levels, dates alone, disagreements. */
export function report(title: string, documents: number, judgements: readonly Judgement[]): string[] {
  const lines = [`${title} — ${documents} labelled documents, ${judgements.length} judgements`, '', HEADER, row('overall', judgements)];
  for (const family of ['outcome', 'principle'] as const) {
    const ofFamily = judgements.filter((judgement) => judgement.family === family);
    lines.push(row(`all ${family}s`, ofFamily));
    for (const id of [...new Set(ofFamily.map((judgement) => judgement.id))]) {
      lines.push(row(`  ${family === 'outcome' ? `outcome ${id}` : id}`, ofFamily.filter((judgement) => judgement.id === id)));
    }
  }
  lines.push('', '  confusion (rows: labelled, columns: found)', `  ${''.padEnd(12)}${STATUSES.map((status) => status.padStart(11)).join('')}`);
  confusion(judgements).forEach((counts, index) => {
    lines.push(`  ${STATUSES[index]!.padEnd(12)}${counts.map((count) => String(count).padStart(11)).join('')}`);
  });
  const levelled = judgements.filter((judgement) => judgement.labelled.evidence !== undefined && judgement.labelled.status !== 'missing');
  const levelsAgree = levelled.filter((judgement) => judgement.labelled.evidence === judgement.found.evidence).length;
  if (levelled.length) {
    lines.push('', `  evidence level (none < claim < commitment < measure < target) agrees on ${levelsAgree} of ${levelled.length} addressed judgements (${percent(levelsAgree / levelled.length).trim()})`);
  }
  const evidenced = judgements.filter((judgement) => judgement.found.status === 'evidenced').length;
  const onDates = restingOnDates(judgements);
  // Only an action's timescale or a reported result's period counts as a date, so a verdict may rest on
  // one; what must not happen is a date making evidenced what a reader does not count as evidenced.
  const generous = onDates.filter((judgement) => judgement.labelled.status !== 'evidenced').length;
  lines.push(
    '',
    `  ${onDates.length} of ${evidenced} evidenced verdicts rest on dates alone (action timescales, reported periods); ` +
      `${generous} of them not evidenced by the labels (target 0)${onDates.length ? ':' : ''}`,
  );
  for (const judgement of onDates) {
    lines.push(`    ${judgement.file}  ${judgement.family} ${judgement.id} (labelled ${judgement.labelled.status}): ${judgement.found.datesOnly!.map((date) => `"${date.replace(/\s+/g, ' ')}"`).join(', ')}`);
  }
  const wrong = judgements.filter((judgement) => judgement.labelled.status !== judgement.found.status);
  lines.push('', `  ${wrong.length} disagreements${wrong.length ? ':' : ''}`);
  for (const judgement of wrong) {
    lines.push(`    ${judgement.file}  ${judgement.family} ${judgement.id}: labelled ${judgement.labelled.status}, found ${judgement.found.status}`);
  }
  return lines;
}

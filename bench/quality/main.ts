import { DEVELOPMENT, HELD_OUT, readLabelledPlans } from './labels.js';
import { confusion, judge, score, STATUSES, TASKS, type Judgement } from './score.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const HEADER = `  ${''.padEnd(18)}${'addressed (not missing)'.padEnd(24)}   evidenced\n  ${''.padEnd(18)}${['P', 'R', 'F1'].map((x) => x.padStart(7)).join(' ')}   ${['P', 'R', 'F1'].map((x) => x.padStart(7)).join(' ')}`;

function row(label: string, judgements: readonly Judgement[]): string {
  const cells = Object.values(TASKS).map((task) => {
    const { precision, recall, f1 } = score(judgements, task);
    return `${percent(precision)} ${percent(recall)} ${percent(f1)}`;
  });
  return `  ${label.padEnd(18)}${cells.join('   ')}`;
}

function report(title: string, documents: number, judgements: readonly Judgement[]): void {
  console.log(`${title} — ${documents} labelled documents, ${judgements.length} judgements\n`);
  console.log(HEADER);
  console.log(row('overall', judgements));
  for (const family of ['outcome', 'principle'] as const) {
    const ofFamily = judgements.filter((judgement) => judgement.family === family);
    console.log(row(`all ${family}s`, ofFamily));
    for (const id of [...new Set(ofFamily.map((judgement) => judgement.id))]) {
      console.log(row(`  ${family === 'outcome' ? `outcome ${id}` : id}`, ofFamily.filter((judgement) => judgement.id === id)));
    }
  }
  console.log(`\n  confusion (rows: labelled, columns: found)\n  ${''.padEnd(12)}${STATUSES.map((status) => status.padStart(11)).join('')}`);
  confusion(judgements).forEach((counts, index) => {
    console.log(`  ${STATUSES[index]!.padEnd(12)}${counts.map((count) => String(count).padStart(11)).join('')}`);
  });
  const levelled = judgements.filter((judgement) => judgement.labelled.evidence !== undefined && judgement.labelled.status !== 'missing');
  const levelsAgree = levelled.filter((judgement) => judgement.labelled.evidence === judgement.found.evidence).length;
  if (levelled.length) {
    console.log(`\n  evidence level (none < claim < commitment < measure < target) agrees on ${levelsAgree} of ${levelled.length} addressed judgements (${percent(levelsAgree / levelled.length).trim()})`);
  }
  const wrong = judgements.filter((judgement) => judgement.labelled.status !== judgement.found.status);
  console.log(`\n  ${wrong.length} disagreements${wrong.length ? ':' : ''}`);
  for (const judgement of wrong) {
    console.log(`    ${judgement.file}  ${judgement.family} ${judgement.id}: labelled ${judgement.labelled.status}, found ${judgement.found.status}`);
  }
}

async function main(): Promise<void> {
  const development = readLabelledPlans(DEVELOPMENT);
  report('planlint detection quality: development set (sample plans and corpus)', development.length, await judge(development));
  const heldOut = readLabelledPlans(HELD_OUT);
  console.log('');
  report('held-out set (written apart from planlint\'s vocabulary; nothing is tuned on it)', heldOut.length, await judge(heldOut));
}

main().catch((error: unknown) => {
  console.error(`bench:quality failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});

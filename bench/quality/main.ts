import { readLabelledPlans } from './labels.js';
import { confusion, judge, score, STATUSES, TASKS, type Judgement } from './score.js';

const CORPUS = 'fixtures';
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

function row(label: string, judgements: readonly Judgement[]): string {
  const cells = Object.values(TASKS).map((task) => {
    const { precision, recall, f1 } = score(judgements, task);
    return `${percent(precision)} ${percent(recall)} ${percent(f1)}`;
  });
  return `  ${label.padEnd(18)}${cells.join('   ')}`;
}

async function main(): Promise<void> {
  const plans = readLabelledPlans(CORPUS);
  const judgements = await judge(plans);
  const header = `  ${''.padEnd(18)}${'addressed (not missing)'.padEnd(24)}   evidenced\n  ${''.padEnd(18)}${['P', 'R', 'F1'].map((x) => x.padStart(7)).join(' ')}   ${['P', 'R', 'F1'].map((x) => x.padStart(7)).join(' ')}`;
  console.log(`planlint detection quality — ${plans.length} labelled documents, ${judgements.length} judgements\n`);
  console.log(header);
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
  const wrong = judgements.filter((judgement) => judgement.labelled.status !== judgement.found.status);
  console.log(`\n  ${wrong.length} disagreements${wrong.length ? ':' : ''}`);
  for (const judgement of wrong) {
    console.log(`    ${judgement.file}  ${judgement.family} ${judgement.id}: labelled ${judgement.labelled.status}, found ${judgement.found.status}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:quality failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});

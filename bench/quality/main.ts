import { readLabelledPlans } from './labels.js';
import { report, SETS } from './report.js';
import { judge } from './score.js';

async function main(): Promise<void> {
  for (const [index, set] of SETS.entries()) {
    const plans = readLabelledPlans(set.folder);
    if (index > 0) console.log('');
    console.log(report(set.title, plans.length, await judge(plans)).join('\n'));
  }
}

main().catch((error: unknown) => {
  console.error(`bench:quality failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});

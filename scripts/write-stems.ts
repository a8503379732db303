import { writeFileSync } from 'node:fs';
import { stemTable } from './stem-table.js';

// Written from the compiled analysis, so the table holds exactly what a start-up would stem.
const target = new URL('../../src/analysis/stems.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(await stemTable(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);

import { writeFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { buildConfigSchema } from '../src/config/index.js';

// The published schema is generated from the rules, so editors' completion never drifts from them.
const target = new URL('../../schemas/planlint.config.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);

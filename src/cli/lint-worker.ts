/*
 * The entry of the thread each file is linted in (src/cli/pool.ts). Beside
 * bin.js in the package, compiled or bundled, so the CLI finds it as
 * `./lint-worker.js` from its own module.
 */
import { rules } from '../../rules/index.js';
import { serveLints } from './serve.js';

serveLints(rules);

/*
 * The thread the Action lints each file in, as src/cli/lint-worker.ts is the
 * CLI's: an entry of its own because the build replaces that one with its
 * bundle, which cannot be bundled again.
 */
import { rules } from '../../rules/index.js';
import { serveLints } from '../cli/serve.js';

serveLints(rules);

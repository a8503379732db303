import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** The heavy suites (see vitest.config.ts): linear time, fuzzed cases, time and memory budgets, huge plans. */
export default defineConfig({ test: { ...base.test, include: ['test/heavy/**/*.test.ts'], exclude: ['**/node_modules/**'] } });

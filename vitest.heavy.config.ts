import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** The heavy suites (see vitest.config.ts): linear time, fuzzed cases, time and memory budgets, huge plans, the .vsix and LibreOffice. */
export default defineConfig({
  test: {
    reporters: base.test?.reporters,
    maxWorkers: base.test?.maxWorkers,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    include: ['test/heavy/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});

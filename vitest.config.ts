import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: everything but test/heavy, whose suites prove linear time by
 * measuring, run fuzzed cases, wait out time budgets and lint plans far larger
 * than real ones. Those run with `npm run test:heavy` (vitest.heavy.config.ts),
 * which CI runs before `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/heavy/**', '**/node_modules/**'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    // Set-up that lints the whole corpus (verdict agreement) can pass 10 s on a loaded shared machine.
    hookTimeout: 30_000,
    // Vitest leaves a core to its own process by default; that process only collects results, so on a
    // two-core machine the files ran one at a time.
    maxWorkers: availableParallelism(),
  },
});

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: everything but test/heavy, whose suites prove linear time by
 * measuring, run fuzzed cases, wait out time budgets and lint plans far larger
 * than real ones. Those run with `npm run test:heavy` (vitest.heavy.config.ts),
 * which CI runs before `npm test`.
 */
/*
 * Files that mock modules, spy on the file system or swap globals need a
 * fresh module graph of their own; every other file shares its worker's
 * modules with the files before it, which saves loading planlint's stack
 * again for each of some seventy files (57 s against 110 s for the suite).
 */
const ISOLATED = ['test/isolation.test.ts', 'test/internal-errors.test.ts', 'test/cache.test.ts', 'test/registries.test.ts', 'test/stems.test.ts'];

const shared = {
  testTimeout: 30_000,
  // Set-up that lints the whole corpus (verdict agreement) can pass 10 s on a loaded shared machine.
  hookTimeout: 30_000,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Vitest leaves a core to its own process by default; that process only collects results, so on a
    // two-core machine the files ran one at a time.
    maxWorkers: availableParallelism(),
    projects: [
      { test: { ...shared, name: 'isolated', include: ISOLATED } },
      { test: { ...shared, name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/heavy/**', '**/node_modules/**', ...ISOLATED], isolate: false } },
    ],
  },
});

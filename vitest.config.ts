import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    // Set-up that lints the whole corpus (verdict agreement) can pass 10 s on a loaded shared machine.
    hookTimeout: 30_000,
    // Vitest leaves a core to its own process by default; that process only collects results, so on a
    // two-core machine the files ran one at a time.
    maxWorkers: availableParallelism(),
  },
});

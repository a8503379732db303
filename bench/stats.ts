import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Timing<T> {
  /** Median wall-clock time, in milliseconds. */
  ms: number;
  /** What the last run returned, so results can be checked and the work cannot be optimised away. */
  last: T;
}

/**
 * Times `run` after `warmup` untimed calls, so the figure is for optimised
 * code rather than for the JIT's first passes.
 */
export function time<T>(run: () => T, runs: number, warmup: number): Timing<T> {
  let last = run();
  for (let index = 1; index < warmup; index += 1) last = run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    last = run();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), last };
}

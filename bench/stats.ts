import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Without it, a task would be charged for collecting the garbage the task before it left.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median wall-clock milliseconds of each task. Rounds interleave the tasks,
 * so load elsewhere on the machine slows all of them alike instead of
 * skewing the ratio between them; warm-up rounds let the JIT settle first.
 * Each run starts from a collected heap.
 */
export function medians(tasks: readonly (() => unknown)[], runs: number, warmup: number): number[] {
  const samples = tasks.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round += 1) {
    tasks.forEach((task, index) => {
      collectGarbage();
      const start = performance.now();
      task();
      if (round >= warmup) samples[index]!.push(performance.now() - start);
    });
  }
  return samples.map(median);
}

/** `medians` for tasks that return promises, run one at a time. */
export async function mediansAsync(tasks: readonly (() => Promise<unknown>)[], runs: number, warmup: number): Promise<number[]> {
  const samples = tasks.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round += 1) {
    for (const [index, task] of tasks.entries()) {
      collectGarbage();
      const start = performance.now();
      await task();
      if (round >= warmup) samples[index]!.push(performance.now() - start);
    }
  }
  return samples.map(median);
}

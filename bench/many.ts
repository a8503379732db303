import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate-plan.js';
import { line, milliseconds, ratioTo } from './report.js';
import { median } from './stats.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));

/** A partnership's folder of plans, papers and reports: the run issue 11 asks `--cache` and `--concurrency` to speed up. */
const PLANS = 200;
/** About 14 KB of Markdown: the length of a board paper or a short plan, linted in the main thread without workers. */
const WORDS = 2_000;

interface Timed {
  label: string;
  args: string[];
  /** Run before each timed run, untimed: a cold cache is removed, a warm one filled. */
  before?: () => void;
}

/**
 * A folder of 200 plans through the CLI, wall time (what a CI job waits
 * for; CPU time would hide what threads gain), medians of interleaved
 * rounds: without workers and with two, the cache cold (linted and
 * written) and warm (every file served).
 */
export function benchMany(folder: string, rounds: number): void {
  const plans = join(folder, 'many');
  mkdirSync(plans, { recursive: true });
  for (let index = 0; index < PLANS; index += 1) writeFileSync(join(plans, `plan-${String(index).padStart(3, '0')}.md`), generatePlan(WORDS, 3000 + index));
  const cacheFile = join(folder, 'many.planlintcache');
  const cache = ['--cache', '--cache-location', cacheFile];
  const runs: Timed[] = [
    { label: '--concurrency off', args: ['--concurrency', 'off'] },
    { label: '--concurrency 2', args: ['--concurrency', '2'] },
    { label: '--concurrency auto', args: ['--concurrency', 'auto'] },
    { label: '--cache, cold', args: [...cache, '--concurrency', 'off'], before: () => rmSync(cacheFile, { force: true }) },
    { label: '--cache, warm', args: [...cache, '--concurrency', 'off'], before: () => run(folder, [...cache, 'many']) },
  ];
  const samples = runs.map((): number[] => []);
  for (let round = 0; round <= rounds; round += 1) {
    runs.forEach((timed, index) => {
      timed.before?.();
      const start = performance.now();
      run(folder, [...timed.args, 'many']);
      // The first round warms the file cache and is not counted.
      if (round > 0) samples[index]!.push(performance.now() - start);
    });
  }
  const [off, ...rest] = samples.map(median) as [number, ...number[]];
  console.log(`\n${PLANS} plans of ${WORDS.toLocaleString('en-GB')} words in one folder: wall time of the CLI, medians of ${rounds} interleaved runs, ${availableParallelism()} cores`);
  console.log(line(runs[0]!.label, milliseconds(off)));
  rest.forEach((ms, index) => console.log(line(runs[index + 1]!.label, milliseconds(ms), ratioTo(ms / off, 'off'))));
}

function run(folder: string, args: readonly string[]): void {
  const child = spawnSync(process.execPath, [BIN, '--format', 'json', ...args], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (child.error) throw child.error;
  if (child.status !== 0 && child.status !== 1) throw new Error(`planlint ${args.join(' ')} exited with ${child.status ?? child.signal}: ${child.stderr.trim()}`);
}

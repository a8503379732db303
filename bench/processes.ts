import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats.js';

/**
 * Preloaded into each timed process: at exit it writes the process's own
 * CPU time (user + system, every thread, from its start) to fd 3. A worker
 * thread runs the preload too and leaves the writing to the main thread. The
 * CPU time of a child is what the machine spent on it, which wall time on a
 * shared machine is not; a CommonJS preload costs next to nothing, so the
 * bare-Node baseline is not inflated by it.
 */
const CPU_REPORTER = `if (require('node:worker_threads').isMainThread) process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(3, String((user + system) / 1000));
});
`;

export interface ProcessRun {
  /** Node options and script arguments after `node`. */
  args: readonly string[];
  /** Exit codes that are an outcome, not a crash. */
  exitCodes: readonly number[];
}

/** Runs node processes and reads the CPU time each one reports at exit. */
export class ProcessTimer {
  private readonly reporter: string;

  constructor(private readonly folder: string) {
    this.reporter = join(folder, 'cpu-reporter.cjs');
    writeFileSync(this.reporter, CPU_REPORTER);
  }

  /** CPU milliseconds of one run, and what it printed. */
  run({ args, exitCodes }: ProcessRun): { cpuMs: number; stdout: string } {
    const child = spawnSync(process.execPath, ['--require', this.reporter, ...args], {
      cwd: this.folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    if (child.error) throw child.error;
    if (child.status === null || !exitCodes.includes(child.status)) {
      throw new Error(`node ${args.join(' ')} exited with ${child.status ?? child.signal}: ${child.stderr.trim()}`);
    }
    const reported = Number(child.output[3]);
    if (!Number.isFinite(reported) || reported <= 0) throw new Error(`node ${args.join(' ')} reported no CPU time`);
    return { cpuMs: reported, stdout: child.stdout };
  }

  /**
   * Median CPU milliseconds of each run. Rounds interleave the runs, so load
   * elsewhere on the machine falls on all of them alike; one untimed round
   * first warms the file cache.
   */
  medians(runs: readonly ProcessRun[], rounds: number): number[] {
    const samples = runs.map((): number[] => []);
    for (let round = 0; round <= rounds; round += 1) {
      runs.forEach((run, index) => {
        const { cpuMs } = this.run(run);
        if (round > 0) samples[index]!.push(cpuMs);
      });
    }
    return samples.map(median);
  }
}

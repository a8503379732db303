import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

/** The compiled bin, found from this file so the bench works from any working directory. */
const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));

export interface CliTiming {
  ms: number;
  findings: number;
}

/**
 * Times `planlint <file> --format json` on the plan as a user would run it:
 * a fresh process each time, so start-up and module loading count. The file
 * sits in a folder of its own, away from any config file that discovery
 * could pick up. Exit codes 0 and 1 are lint outcomes; anything else is a
 * crash.
 */
export function timeCli(content: string | Buffer, runs: number, fileName = 'bench-plan.md'): CliTiming {
  const folder = mkdtempSync(join(tmpdir(), 'planlint-bench-'));
  try {
    const file = join(folder, fileName);
    writeFileSync(file, content);
    const samples: number[] = [];
    let stdout = '';
    // One untimed run first, so the first sample does not pay for a cold file cache.
    for (let index = 0; index <= runs; index += 1) {
      const start = performance.now();
      const child = spawnSync(process.execPath, [BIN, file, '--format', 'json'], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const elapsed = performance.now() - start;
      if (child.error) throw child.error;
      if (child.status !== 0 && child.status !== 1) {
        throw new Error(`planlint exited with ${child.status ?? child.signal}: ${child.stderr.trim()}`);
      }
      if (index > 0) samples.push(elapsed);
      stdout = child.stdout;
    }
    const results = JSON.parse(stdout) as { messages: unknown[] }[];
    return { ms: median(samples), findings: results.reduce((sum, result) => sum + result.messages.length, 0) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

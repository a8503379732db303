import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_SIZE } from '../src/load/read.js';
import { generatePlan } from './generate-plan.js';
import type { LargeLintFigures } from './large-lint.js';
import { line, megabytes, milliseconds, plural, verdict } from './report.js';
import { median } from './stats.js';
import { thousands } from './vocabulary.js';

const CHILD = fileURLToPath(new URL('./large-lint.js', import.meta.url));
const TIME_TARGET_MS = 20_000;
const MEMORY_TARGET = 600 * 1024 * 1024;
/** The generator's words run a little longer or shorter with the seed; keep clear of the cap. */
const CAP_MARGIN = 0.98;

/**
 * A plan at the file size cap, linted whole (parse, analysis, every rule)
 * in a child process: time (CPU, and wall beside it) against 20 s and peak
 * resident memory against 600 MB.
 */
export function benchLarge(folder: string, bytesPerWord: number, runs: number): void {
  const text = generatePlan(Math.floor((DEFAULT_MAX_FILE_SIZE / bytesPerWord) * CAP_MARGIN));
  const size = Buffer.byteLength(text);
  if (size > DEFAULT_MAX_FILE_SIZE) throw new Error(`generated plan of ${size} bytes is over the cap`);
  const file = join(folder, 'large-plan.md');
  writeFileSync(file, text);
  const samples: LargeLintFigures[] = [];
  for (let run = 0; run < runs; run += 1) {
    const child = spawnSync(process.execPath, [CHILD, file], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
    if (child.error) throw child.error;
    if (child.status !== 0) throw new Error(`large lint exited with ${child.status ?? child.signal}: ${child.stderr.trim()}`);
    samples.push(JSON.parse(child.stdout) as LargeLintFigures);
  }
  const cpuMs = median(samples.map((sample) => sample.cpuMs));
  const ms = median(samples.map((sample) => sample.ms));
  const peakRss = median(samples.map((sample) => sample.peakRss));
  const findings = samples[0]?.findings ?? 0;
  console.log(
    `\na plan at the size cap (${thousands(Math.round(size / 1024))} KB of ${thousands(DEFAULT_MAX_FILE_SIZE / 1024)} KB), linted in a process of its own, medians of ${plural(runs, 'run')}`,
  );
  console.log(
    line('whole lint, CPU time', milliseconds(cpuMs), `${milliseconds(ms).trim()} wall`, `target ≤ ${TIME_TARGET_MS / 1000} s`, `${verdict(cpuMs <= TIME_TARGET_MS)}  ${plural(findings, 'finding')}`),
  );
  console.log(line('peak RSS', megabytes(peakRss), '', `target ≤ ${megabytes(MEMORY_TARGET).trim()}`, verdict(peakRss <= MEMORY_TARGET)));
}

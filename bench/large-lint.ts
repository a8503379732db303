import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/core/lint.js';
import { everyRuleOn } from './config.js';

/**
 * Lints one file with every rule, in a process of its own so the peak
 * resident memory is this lint's alone; prints the figures as JSON.
 */
export interface LargeLintFigures {
  ms: number;
  cpuMs: number;
  peakRss: number;
  findings: number;
}

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: large-lint <plan.md>');
const text = readFileSync(file, 'utf8');
const config = everyRuleOn();
const cpu = process.cpuUsage();
const start = performance.now();
const result = lintText(text, { filePath: file, config });
const ms = performance.now() - start;
const { user, system } = process.cpuUsage(cpu);
const figures: LargeLintFigures = {
  ms,
  cpuMs: (user + system) / 1000,
  peakRss: process.resourceUsage().maxRSS * 1024,
  findings: result.messages.length,
};
process.stdout.write(JSON.stringify(figures));

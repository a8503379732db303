import { thousands } from './vocabulary.js';

const LABEL_WIDTH = 36;

export function milliseconds(ms: number): string {
  return `${thousands(Math.round(ms))} ms`.padStart(9);
}

export function megabytes(bytes: number): string {
  return `${thousands(Math.round(bytes / (1024 * 1024)))} MB`.padStart(9);
}

export function plural(count: number, noun: string): string {
  return `${thousands(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** A ratio to a baseline, as `1.23× node`. */
export function ratioTo(ratio: number, baseline: string): string {
  return `${ratio.toFixed(2)}× ${baseline}`;
}

export function verdict(met: boolean): string {
  return met ? 'PASS' : 'MISS';
}

/** One aligned line: label, figure, then optional columns for a ratio, a target and notes. */
export function line(label: string, figure: string, ratio = '', target = '', note = ''): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${figure}   ${ratio.padEnd(14)} ${target.padEnd(16)} ${note}`.trimEnd();
}

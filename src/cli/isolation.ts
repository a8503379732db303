import type { LintOptions } from '../core/lint.js';
import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';

/** What the lint worker is asked to do: one file from disk, or standard input's bytes. */
export type LintJob =
  | { id: number; kind: 'file'; path: string; options: JobOptions }
  | { id: number; kind: 'bytes'; bytes: Uint8Array; filePath: string; options: JobOptions };

/** The lint options that cross to the worker: plain data only; the worker has its own rules. */
export type JobOptions = Omit<LintOptions, 'rules' | 'onPhase' | 'config'> & { cwd: string };

/** A fault of planlint's own, as it crosses back: an Error itself may hold what cannot be copied. */
export interface SentFailure {
  phase: string;
  name: string;
  message: string;
  stack?: string;
}

export type WorkerMessage =
  | { type: 'ready'; rulesMeta: Record<string, RuleMeta> }
  | { type: 'phase'; id: number; phase: string }
  | { type: 'done'; id: number; result: LintResult; failure?: SentFailure }
  /** A config fault that governs every file (`--config`, `--rule`): the run stops, as in this thread. */
  | { type: 'config-error'; id: number; message: string };

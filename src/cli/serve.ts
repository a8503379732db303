import { parentPort } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import { internalFailureOf } from '../core/fatal.js';
import { lintBuffer, lintFile, type LintOptions } from '../core/lint.js';
import type { Rule } from '../engine/types.js';
import { rulesMetaOf } from '../format/index.js';
import type { LintJob, SentFailure, WorkerMessage } from './isolation.js';

/**
 * The worker's side of isolated linting: lints each job it is sent with
 * `rules`, reporting the phase it enters, and answers with the result. The
 * main thread keeps the clock and the memory budget, and terminates this
 * thread when either runs out.
 */
export function serveLints(rules: readonly Rule[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveLints runs in a worker thread');
  const send = (message: WorkerMessage): void => port.postMessage(message);
  port.on('message', (job: LintJob) => {
    const options: LintOptions = { ...job.options, rules, onPhase: (phase) => send({ type: 'phase', id: job.id, phase }) };
    const linted =
      job.kind === 'file' ? lintFile(job.path, options) : lintBuffer(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), { ...options, filePath: job.filePath });
    linted.then(
      (result) => {
        const failure = internalFailureOf(result);
        send({ type: 'done', id: job.id, result, ...(failure ? { failure: sent(failure.phase, failure.error) } : {}) });
      },
      (error: unknown) => {
        // Anything else escapes as the worker's own error, which the main thread reports for this file.
        if (!(error instanceof ConfigError)) throw error;
        send({ type: 'config-error', id: job.id, message: error.messageFrom(job.options.cwd) });
      },
    );
  });
  send({ type: 'ready', rulesMeta: rulesMetaOf(rules) });
}

function sent(phase: string, error: unknown): SentFailure {
  if (!(error instanceof Error)) return { phase, name: 'Error', message: String(error) };
  return { phase, name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

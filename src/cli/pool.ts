import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fatalResult, internalErrorResult } from '../core/fatal.js';
import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import type { JobOptions, LintJob, SentFailure, WorkerMessage } from './isolation.js';

/** How long and how much memory one file's lint may take before it is stopped. */
export interface Budget {
  seconds: number;
  memoryMb: number;
}

/** A config fault that governs every file, met in the worker: the run stops with its message. */
export class RunConfigError extends Error {
  override readonly name = 'RunConfigError';
}

interface Running {
  worker: Worker;
  rulesMeta: Record<string, RuleMeta>;
}

type JobInput = { kind: 'file'; path: string } | { kind: 'bytes'; bytes: Uint8Array; filePath: string };

/**
 * Lints files one at a time in a worker thread, each under the budget. One
 * worker serves file after file: starting one costs about 36 ms of CPU and
 * loading the lint stack in it about 55 ms more (`npm run bench`), so a
 * worker a file would cost a 100-plan run some 9 s. The worker is
 * terminated, and the next file gets a new one, only when a file overruns
 * its time (a loop no exception ends) or its memory (V8 stops the thread
 * rather than the process, ERR_WORKER_OUT_OF_MEMORY); that file alone gets a
 * fatal result saying so and where its lint was.
 */
export class LintWorkers {
  #running: Promise<Running> | undefined;
  #nextId = 0;

  constructor(
    private readonly entry: URL,
    private readonly budget: Budget,
  ) {}

  /** Starts the worker ahead of the first file, so it loads while the files are found. */
  start(): Promise<Running> {
    this.#running ??= this.#spawn();
    return this.#running;
  }

  /** The rules' metadata as the worker has them, for the formatters. */
  async rulesMeta(): Promise<Record<string, RuleMeta>> {
    return (await this.start()).rulesMeta;
  }

  async lint(input: JobInput, options: JobOptions): Promise<LintResult> {
    const { worker } = await this.start();
    const job: LintJob = { ...input, id: this.#nextId++, options };
    const filePath = input.kind === 'file' ? input.path : input.filePath;
    const shown = relative(options.cwd, filePath) || filePath;
    return new Promise<LintResult>((resolve, reject) => {
      let phase = 'read';
      const settle = (outcome: LintResult | RunConfigError): void => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (outcome instanceof RunConfigError) reject(outcome);
        else resolve(outcome);
      };
      // The worker cannot be trusted again after any of these: the next file gets a fresh one.
      const retire = (): void => {
        this.#running = undefined;
        void worker.terminate();
      };
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === 'ready' || message.id !== job.id) return;
        if (message.type === 'phase') phase = message.phase;
        else if (message.type === 'done') settle(restored(message.result, shown, message.failure));
        else settle(new RunConfigError(message.message));
      };
      const onError = (error: Error & { code?: string }): void => {
        retire();
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          settle(fatalResult(filePath, `needed more than ${this.budget.memoryMb} MB of memory to lint (in ${phase}); --max-memory-per-file sets the budget`));
        } else {
          settle(internalErrorResult(filePath, shown, { phase, error }));
        }
      };
      const onExit = (code: number): void => {
        retire();
        settle(internalErrorResult(filePath, shown, { phase, error: new Error(`the lint thread stopped with exit code ${code}`) }));
      };
      const timer = setTimeout(() => {
        retire();
        settle(fatalResult(filePath, `took longer than ${this.budget.seconds} s to lint (in ${phase}); --max-time-per-file sets the budget`));
      }, this.budget.seconds * 1000);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Ends the worker once the run is done with it. */
  async close(): Promise<void> {
    const running = this.#running;
    this.#running = undefined;
    if (running) await (await running).worker.terminate();
  }

  #spawn(): Promise<Running> {
    const worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb } });
    return new Promise<Running>((resolve, reject) => {
      const onMessage = (message: WorkerMessage): void => {
        if (message.type !== 'ready') return;
        worker.off('message', onMessage).off('error', reject);
        // Each job listens for the worker's errors while it runs; this one keeps an error between jobs from throwing here.
        worker.on('error', () => undefined);
        resolve({ worker, rulesMeta: message.rulesMeta });
      };
      worker.on('message', onMessage).on('error', reject);
    });
  }
}

/** A result as it came back, with planlint's own fault, if any, known again for the one-line report and `--debug`. */
function restored(result: LintResult, shown: string, failure: SentFailure | undefined): LintResult {
  if (!failure) return result;
  const error = Object.assign(new Error(failure.message), { name: failure.name, stack: failure.stack });
  return internalErrorResult(result.filePath, shown, { phase: failure.phase, error });
}

/**
 * Several lanes of `LintWorkers`, each a thread that lints one file at a
 * time under the budget, so a file's clock runs only while its own lint
 * does. A file waits for the first lane free; the results keep the order
 * the caller gives them, whatever order the lanes finish in.
 */
export class LintPool {
  readonly #lanes: LintWorkers[];
  readonly #free: LintWorkers[];
  readonly #waiting: ((lane: LintWorkers) => void)[] = [];

  constructor(entry: URL, budget: Budget, size: number) {
    this.#lanes = Array.from({ length: Math.max(1, size) }, () => new LintWorkers(entry, budget));
    this.#free = [...this.#lanes];
  }

  get size(): number {
    return this.#lanes.length;
  }

  /** Starts the threads ahead of the first file, so they load while the files are found. */
  start(): Promise<unknown> {
    return Promise.all(this.#lanes.map((lane) => lane.start()));
  }

  async rulesMeta(): Promise<Record<string, RuleMeta>> {
    return this.#lanes[0]!.rulesMeta();
  }

  async lint(input: JobInput, options: JobOptions): Promise<LintResult> {
    const lane = this.#free.shift() ?? (await new Promise<LintWorkers>((resolve) => this.#waiting.push(resolve)));
    try {
      return await lane.lint(input, options);
    } finally {
      const next = this.#waiting.shift();
      if (next) next(lane);
      else this.#free.push(lane);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#lanes.map((lane) => lane.close()));
  }
}

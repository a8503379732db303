/** The clock the scheduler waits on; tests give it one they move by hand. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const NODE_TIMERS: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * One pending lint per document: a keystroke re-arms its document's timer,
 * so a burst of typing is linted once, after the author pauses (a plan of
 * 50,000 words takes a few hundred milliseconds to lint, far longer than
 * the gap between keys).
 */
export class Debouncer {
  readonly #pending = new Map<string, unknown>();

  constructor(private readonly timers: Timers = NODE_TIMERS) {}

  schedule(key: string, ms: number, run: () => void): void {
    this.cancel(key);
    this.#pending.set(
      key,
      this.timers.setTimeout(() => {
        this.#pending.delete(key);
        run();
      }, ms),
    );
  }

  cancel(key: string): void {
    const handle = this.#pending.get(key);
    if (handle === undefined) return;
    this.timers.clearTimeout(handle);
    this.#pending.delete(key);
  }

  cancelAll(): void {
    for (const key of [...this.#pending.keys()]) this.cancel(key);
  }
}
